export { rollUpExposure, ExposureView } from "./roll-up.js";
export type { NodeFigures, Breach, LimitUse, TracedLine, Figure, RollUpInput, RejectedExposure } from "./roll-up.js";
export { exposureRowSchema, limitSchema, rollUpOptionsSchema, MissingRateError } from "./schema.js";
export type { ExposureRowInput, LimitInput, RollUpOptions } from "./schema.js";
export { minorDigits, toMinor } from "./money.js";
export { renderReport } from "./report-html.js";
export { exposureRows, EXPOSURE_COLUMNS } from "./export-rows.js";
