export * from "./connection.ts";
export * from "./definitions.ts";
export * from "./heartbeat.ts";
