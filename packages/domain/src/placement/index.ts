export * from "./states.ts";
export * from "./request-actions.ts";
export * from "./matching.ts";
export * from "./offers.ts";
export * from "./child-identity.ts";
export * from "./exclusion-summary.ts";
export * from "./initials.ts";
export * from "./documents.ts";
