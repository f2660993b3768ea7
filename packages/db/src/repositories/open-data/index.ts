export * from "./compute.ts";
export * from "./read.ts";
