export * from "./cents.ts";
export * from "./days.ts";
export * from "./intensity.ts";
export * from "./pxq.ts";
export * from "./capacity.ts";
export * from "./guarantee.ts";
export * from "./settlements.ts";
export * from "./contract-figures.ts";
