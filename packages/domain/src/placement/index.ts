export * from "./states.ts";
export * from "./matching.ts";
export * from "./offers.ts";
export * from "./child-identity.ts";
