import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "normalize/index": "src/normalize/index.ts",
      "match/index": "src/match/index.ts",
      "family/index": "src/family/index.ts",
      "resolve/index": "src/resolve/index.ts",
      "exposure/index": "src/exposure/index.ts",
      // the matcher pool's worker thread, started from the chunk beside it (see src/match/worker-script.ts)
      "match-worker": "src/match/pool-worker.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: true,
    treeshake: true,
    // import.meta.url in the CommonJS build, where the pool finds its worker
    shims: true,
  },
  {
    // the CLI is one file; the pool's worker beside it (resolve compares records on every core)
    entry: { "cli/main": "src/cli/main.ts", "cli/match-worker": "src/match/pool-worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
