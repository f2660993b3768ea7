export * from "./figures.ts";
export * from "./kpi-requests.ts";
export * from "./settlements.ts";
