export * from "./connection.ts";
export * from "./definitions.ts";
export * from "./heartbeat.ts";
export * from "./queue.ts";
export * from "./email.ts";
export { processImport } from "./imports/process.ts";
export { processOfferExpiry, processRematchWaiting } from "./placement.ts";
export { processCrisisCapCheck, processStaleCapacityReminders } from "./daily-checks.ts";
