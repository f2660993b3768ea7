import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, newTotpSecret, otpauthUri, totpCode, totpStep, verifyTotp } from "./totp.ts";

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from("12345678901234567890", "ascii"));
const at = (seconds: number) => new Date(seconds * 1000);

describe("TOTP (RFC 6238, HMAC-SHA1)", () => {
  it("matches the RFC 6238 test vectors (8 digits)", () => {
    const vectors: [number, string][] = [
      [59, "94287082"],
      [1111111109, "07081804"],
      [1111111111, "14050471"],
      [1234567890, "89005924"],
      [2000000000, "69279037"],
      [20000000000, "65353130"],
    ];
    for (const [seconds, code] of vectors) expect(totpCode(RFC_SECRET, at(seconds), 8)).toBe(code);
  });

  it("matches the RFC 4226 HOTP test values (6 digits)", () => {
    const key = Buffer.from("12345678901234567890", "ascii");
    expect([0, 1, 2, 9].map((c) => hotp(key, c))).toEqual(["755224", "287082", "359152", "520489"]);
  });

  it("round-trips base32 as authenticator apps write it", () => {
    expect(RFC_SECRET).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(base32Decode("gezd gnbv-gy3t qojq gezd gnbv gy3t qojq=").toString("ascii")).toBe("12345678901234567890");
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    expect(() => base32Decode("not base 32!")).toThrow("not base32");
  });

  it("accepts the code of this step and one step either side, nothing further", () => {
    const now = at(1111111111);
    const step = totpStep(now);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now), now, null)).toBe(step);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, at(1111111111 - 30)), now, null)).toBe(step - 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, at(1111111111 + 30)), now, null)).toBe(step + 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, at(1111111111 - 90)), now, null)).toBeNull();
    expect(verifyTotp(RFC_SECRET, "12345", now, null)).toBeNull();
    expect(verifyTotp(RFC_SECRET, "abcdef", now, null)).toBeNull();
  });

  it("refuses a code of a step already used (no replay)", () => {
    const now = at(1111111111);
    const code = totpCode(RFC_SECRET, now);
    const step = verifyTotp(RFC_SECRET, code, now, null)!;
    expect(verifyTotp(RFC_SECRET, code, now, step)).toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, at(1111111111 + 30)), now, step)).toBe(step + 1);
  });

  it("writes the otpauth URI authenticator apps read", () => {
    expect(otpauthUri("ABC234", "a@b.nl")).toBe(
      "otpauth://totp/Jeugdregie%3Aa%40b.nl?secret=ABC234&issuer=Jeugdregie&algorithm=SHA1&digits=6&period=30",
    );
  });
});
