export * from "./metrics.ts";
export * from "./document.ts";
export * from "./release.ts";
export * from "./weeks.ts";
