import { describe, expect, it } from "vitest";
import { findForbiddenText, hasForbiddenCharacters, isCalendarDate, isOrderedPeriod } from "./text.ts";

describe("free text", () => {
  it("refuses NUL, other control characters and lone surrogates", () => {
    for (const bad of ["a\u0000b", "\u0007", "x\u001b[31m", "\u007f", "\uD800", "a\uDC00"])
      expect(hasForbiddenCharacters(bad), bad).toBe(true);
  });
  it("accepts ordinary text with accents, emoji, tabs and line breaks", () => {
    for (const good of ["Coördinator", "regel 1\nregel 2\r\n", "a\tb", "𝔍𝔢𝔲𝔤𝔡 😀", ""])
      expect(hasForbiddenCharacters(good), good).toBe(false);
  });
  it("finds the field that holds it, also deep in arrays and keys", () => {
    expect(findForbiddenText({ a: "ok", b: [{ c: "x\u0000" }] })).toEqual(["b", "0", "c"]);
    expect(findForbiddenText({ ["k\u0000"]: 1 })).toEqual(["k\u0000"]);
    expect(findForbiddenText({ a: "ok", n: 5, z: null })).toBeNull();
  });
});

describe("dates", () => {
  it("accepts real calendar days only", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    for (const bad of ["2026-13-40", "2026-02-30", "2027-02-29", "0000-00-00", "26-01-01", "2026-1-1", "1899-12-31", "9999-12-31"])
      expect(isCalendarDate(bad), bad).toBe(false);
  });
  it("orders periods, an open end being fine", () => {
    expect(isOrderedPeriod("2026-01-01", "2026-01-01")).toBe(true);
    expect(isOrderedPeriod("2026-01-02", "2026-01-01")).toBe(false);
    expect(isOrderedPeriod("2026-01-02", null)).toBe(true);
  });
});
