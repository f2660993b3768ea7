export * from "./bulk.ts";
export * from "./write-country.ts";
export * from "./write-history.ts";
export * from "./load.ts";
export * from "./demo-history.ts";
export * from "./write-planning.ts";
