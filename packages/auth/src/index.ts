export * from "./password.ts";
export * from "./session-token.ts";
export * from "./login-throttle.ts";
export * from "./abilities.ts";
export * from "./oidc.ts";
export * from "./field-crypto.ts";
export * from "./totp.ts";
