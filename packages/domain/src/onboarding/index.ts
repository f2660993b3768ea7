export * from "./ijw-codes.ts";
export * from "./contracts.ts";
export * from "./intensity.ts";
export * from "./settings.ts";
export * from "./progress.ts";
export * from "./invitations.ts";
