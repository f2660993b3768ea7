import { describe, expect, it } from "vitest";
import { createFieldCrypto, newDataEncryptionKey, newPseudonym } from "./field-crypto.ts";

describe("field crypto", () => {
  const crypto = createFieldCrypto(newDataEncryptionKey());
  it("encrypts with a fresh IV each time and decrypts back", () => {
    const a = crypto.encrypt("999900006");
    const b = crypto.encrypt("999900006");
    expect(a).not.toBe(b);
    expect(a).not.toContain("999900006");
    expect(crypto.decrypt(a)).toBe("999900006");
  });
  it("detects tampering", () => {
    const token = crypto.encrypt("999900006");
    const raw = Buffer.from(token.slice(3), "base64");
    raw[raw.length - 1]! ^= 1;
    expect(() => crypto.decrypt(`v1:${raw.toString("base64")}`)).toThrow();
  });
  it("hashes deterministically per key, and differently under another key", () => {
    expect(crypto.lookupHash("999900006")).toBe(crypto.lookupHash("999900006"));
    expect(createFieldCrypto(newDataEncryptionKey()).lookupHash("999900006")).not.toBe(crypto.lookupHash("999900006"));
  });
  it("refuses a key of the wrong size and makes pseudonyms", () => {
    expect(() => createFieldCrypto(Buffer.alloc(16).toString("base64"))).toThrow("32 bytes");
    expect(newPseudonym()).toMatch(/^J-[A-Z2-9]{7}$/);
  });
});
