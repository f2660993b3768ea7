export * from "./guarantee-inputs.ts";
export * from "./settlements.ts";
