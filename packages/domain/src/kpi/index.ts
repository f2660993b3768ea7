export * from "./definitions.ts";
export * from "./statistics.ts";
export * from "./months.ts";
export * from "./derive.ts";
export * from "./dashboard.ts";
