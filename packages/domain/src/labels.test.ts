import { describe, expect, it } from "vitest";
import { AUDIT_FIELD_LABELS } from "./audit/labels.ts";
import { CODE_LISTS, codeLabel, codeOptions } from "./labels.ts";

/** A label that is itself a code: snake_case, dotted, camelCase or empty. */
const looksLikeCode = (text: string) => text.trim() === "" || /[a-z]_[a-z]|\b[a-z]+\.[a-z]+[A-Z]|\b[a-z]+[A-Z][a-z]/.test(text);

describe("one label table for every code on screen", () => {
  for (const [name, list] of Object.entries(CODE_LISTS)) {
    it(`gives every ${name} value Dutch words`, () => {
      expect(list.values.length).toBeGreaterThan(0);
      for (const value of list.values) {
        const label = (list.labels as Record<string, string>)[value];
        expect(label, `${name}.${value} has no label`).toBeTypeOf("string");
        expect(looksLikeCode(label!), `${name}.${value} reads "${label}"`).toBe(false);
        if (/[a-z]_[a-z]/.test(value)) expect(label).not.toBe(value);
      }
    });
  }

  it("labels every field audit details carry in words", () => {
    for (const [field, label] of Object.entries(AUDIT_FIELD_LABELS)) expect(looksLikeCode(label), field).toBe(false);
  });

  it("never shows a code it does not know", () => {
    expect(codeLabel("careType", "jeugdzorgplus")).toBe("JeugdzorgPlus (gesloten)");
    expect(codeLabel("role", "placement_coordinator")).toBe("Coördinator plaatsingen");
    expect(codeLabel("criterion", "specific_expertise")).toBe("Specifieke expertise");
    expect(codeLabel("careType", "some_new_code")).toBe("onbekend");
    expect(codeLabel("requestStatus", null, "geen")).toBe("geen");
  });

  it("offers a form's options in the list's order", () => {
    expect(codeOptions("referrerKind").map((o) => o.value)).toEqual(["01", "04", "02", "03", "05", "08"]);
    expect(codeOptions("gender")[0]).toEqual({ value: "1", label: "Jongen" });
  });
});
