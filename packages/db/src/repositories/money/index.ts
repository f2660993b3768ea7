export * from "./guarantee-inputs.ts";
export * from "./settlements.ts";
export * from "./contract-money.ts";
