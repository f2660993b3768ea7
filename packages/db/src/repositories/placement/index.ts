export * from "./requests.ts";
export * from "./request-detail.ts";
export * from "./candidates.ts";
export * from "./offers.ts";
export * from "./placements.ts";
export * from "./provider-offers.ts";
export * from "./need-records.ts";
