export * from "./requested-kpis.ts";
export * from "./figures.ts";
export * from "./csv.ts";
