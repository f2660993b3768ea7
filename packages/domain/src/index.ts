export * from "./roles.ts";
export * from "./care-types.ts";
export * from "./identifiers.ts";
export * from "./errors.ts";
export * from "./tenant-scope.ts";
export * from "./worker-status.ts";
export * from "./csv.ts";
