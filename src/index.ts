export * from "./normalize/index.js";
export * from "./match/index.js";
export * from "./family/index.js";
export * from "./resolve/index.js";
export * from "./exposure/index.js";
