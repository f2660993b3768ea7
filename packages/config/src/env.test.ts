import { describe, expect, it } from "vitest";
import { cookieSecure, EnvError, parseEnv } from "./env.ts";

describe("parseEnv", () => {
  it("gives working defaults for a fresh machine", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", HOST: "127.0.0.1", PORT: 3000, DATA_DIR: ".data", SEED_DEMO: "true" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
  });

  it("names every invalid variable in one message", () => {
    expect(() => parseEnv({ PORT: "abc", DATABASE_URL: "not a url" })).toThrow(EnvError);
    try {
      parseEnv({ PORT: "abc", DATABASE_URL: "not a url" });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT:/);
      expect((error as Error).message).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
    }
  });

  it("trusts no proxy by default and refuses a TRUST_PROXY it cannot read", () => {
    expect(parseEnv({}).TRUST_PROXY).toBeUndefined();
    expect(parseEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).TRUST_PROXY).toBe("loopback, 10.0.0.0/8");
    expect(() => parseEnv({ TRUST_PROXY: "proxy.example.nl" })).toThrow(/TRUST_PROXY: "proxy.example.nl" is not an IP address/);
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("refuses the development app-role password in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/APP_DB_PASSWORD/);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/DATA_ENCRYPTION_KEY/);
    expect(() => parseEnv({ DATA_ENCRYPTION_KEY: "too-short" })).toThrow(/32 random bytes/);
  });
});

describe("cookieSecure", () => {
  it("follows the app URL's scheme, then the environment", () => {
    expect(cookieSecure(parseEnv({ APP_URL: "https://jeugdregie.nl" }))).toBe(true);
    expect(cookieSecure(parseEnv({ APP_URL: "http://localhost:3000" }))).toBe(false);
    expect(cookieSecure(parseEnv({}))).toBe(false);
    const key = Buffer.alloc(32, 1).toString("base64");
    expect(cookieSecure(parseEnv({ NODE_ENV: "production", APP_DB_PASSWORD: "a-real-long-password", DATA_ENCRYPTION_KEY: key }))).toBe(
      true,
    );
    expect(cookieSecure(parseEnv({ COOKIE_SECURE: "false", APP_URL: "https://x.nl" }))).toBe(false);
  });
});
