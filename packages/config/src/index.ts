export * from "./env.ts";
export * from "./fatal.ts";
export * from "./runtime/index.ts";
export * from "./trust-proxy.ts";
export * from "./logger.ts";
