export * from "./quarters.ts";
export * from "./supply.ts";
export * from "./projection.ts";
export * from "./report.ts";
