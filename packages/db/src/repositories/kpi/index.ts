export * from "./measures.ts";
export * from "./snapshots.ts";
export * from "./dashboard.ts";
export * from "./drill-down.ts";
