export * from "./types.ts";
export * from "./columns.ts";
export * from "./validate.ts";
