export * from "./out-of-region.ts";
export * from "./allocations.ts";
export * from "./negotiations.ts";
export * from "./negotiation-list.ts";
export * from "./phase-out.ts";
