import { describe, expect, it } from "vitest";
import { isTestBsn, isValidBsn } from "../identifiers.ts";
import { differingChildFields } from "./child-identity.ts";

const stored = { name: "Sem de Vries", birthDate: "2010-05-01", gender: "1", homeMunicipalityCode: "GM0518" };

describe("differingChildFields", () => {
  it("finds nothing when the same child is typed in again (name case and spaces aside, or left empty)", () => {
    expect(differingChildFields(stored, { ...stored, name: "  sem  de vries " })).toEqual([]);
    expect(differingChildFields(stored, { ...stored, name: "" })).toEqual([]);
  });

  it("names every field that differs", () => {
    expect(
      differingChildFields(stored, { name: "Daan Jansen", birthDate: "2011-05-01", gender: "2", homeMunicipalityCode: "GM0363" }),
    ).toEqual(["name", "birthDate", "gender", "homeMunicipalityCode"]);
    expect(differingChildFields({ ...stored, name: null }, stored)).toEqual(["name"]);
  });
});

describe("isTestBsn", () => {
  it("recognises the government's test range, which passes the 11-proef", () => {
    expect(isValidBsn("999990019")).toBe(true);
    expect(isTestBsn("999990019")).toBe(true);
    expect(isTestBsn("999999990")).toBe(true);
    expect(isTestBsn("999900006")).toBe(false);
    expect(isTestBsn("111222333")).toBe(false);
  });
});
