export { publishedMark, type Published, type SuppressionReason } from "./published.ts";
export * from "./rules.ts";
export * from "./rates.ts";
export * from "./dominance.ts";
export * from "./locations.ts";
export * from "./table.ts";
export { protect, type CellRange, type DisclosureProfile, type ProtectInput } from "./secondary.ts";
export * from "./publish.ts";
export * from "./releases.ts";
