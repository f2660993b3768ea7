export * from "./measures.ts";
export * from "./snapshots.ts";
