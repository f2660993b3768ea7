import { describe, expect, it } from "vitest";
import { isValidAgb, isValidBsn, isValidGemeentecode, isValidKvk } from "./identifiers.ts";

describe("isValidBsn (11-proef)", () => {
  it.each(["999900006", "999999990", "111222333", "123456782"])("accepts %s", (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });
  it.each(["999900007", "123456789", "000000000", "12345678a", "1234567", "1234567890", ""])("rejects %s", (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });
  it("pads an 8-digit number with a leading zero", () => {
    // 0 9 9 9 0 0 0 0 x: 9*8+9*7+9*6 = 189 -> check digit 189 mod 11 = 2
    expect(isValidBsn("99900002")).toBe(true);
    expect(isValidBsn("99900003")).toBe(false);
  });
});

describe("KvK, AGB and gemeentecode formats", () => {
  it("requires exactly 8 digits for KvK and AGB", () => {
    expect(isValidKvk("12345678")).toBe(true);
    expect(isValidKvk("1234567")).toBe(false);
    expect(isValidKvk("123456789")).toBe(false);
    expect(isValidAgb("73730001")).toBe(true);
    expect(isValidAgb("7373000A")).toBe(false);
  });
  it("requires GM plus four digits", () => {
    expect(isValidGemeentecode("GM0518")).toBe(true);
    expect(isValidGemeentecode("0518")).toBe(false);
  });
});
