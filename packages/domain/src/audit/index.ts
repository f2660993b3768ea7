export * from "./labels.ts";
export * from "./changes.ts";
