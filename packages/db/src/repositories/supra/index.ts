export * from "./out-of-region.ts";
