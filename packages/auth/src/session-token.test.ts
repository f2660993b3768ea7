import { describe, expect, it } from "vitest";
import { newSessionToken, readSessionToken, serializeSessionCookie, sessionIdFromToken } from "./session-token.ts";

describe("session tokens", () => {
  it("stores only a hash of the random token", () => {
    const { token, id } = newSessionToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(id).toBe(sessionIdFromToken(token));
    expect(id).not.toContain(token);
    expect(newSessionToken().token).not.toBe(token);
  });

  it("writes a host-only, httpOnly, SameSite=Lax cookie, Secure with the __Host- prefix in production", () => {
    expect(serializeSessionCookie("abc", { secure: false, maxAgeMs: 60_000 })).toBe(
      "jr_session=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=60",
    );
    expect(serializeSessionCookie("abc", { secure: true, maxAgeMs: 60_000 })).toBe(
      "__Host-jr_session=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure",
    );
  });

  it("reads the token back from a cookie header with other cookies", () => {
    expect(readSessionToken("jr_lang=en; jr_session=tok-123; other=1", false)).toBe("tok-123");
    expect(readSessionToken("jr_session=tok-123", true)).toBeNull();
    expect(readSessionToken(null, false)).toBeNull();
  });
});
