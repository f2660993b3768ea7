export * from "./random.ts";
export * from "./assumptions.ts";
export * from "./country.ts";
export * from "./history-model.ts";
export * from "./history.ts";
export * from "./negotiations.ts";
export * from "./location-extras.ts";
