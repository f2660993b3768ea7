import { describe, expect, it } from "vitest";
import { z } from "zod";
import "./zod-dutch.ts";

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe("validation messages without a message of their own", () => {
  it("are plain Dutch, never zod's English", () => {
    const form = z.object({ name: z.string(), count: z.number().int().min(1).max(9), email: z.email(), kind: z.enum(["a", "b"]) });
    const all = [
      ...messages(form, {}),
      ...messages(form, { name: "x", count: Number.NaN, email: "geen", kind: "c" }),
      ...messages(form, { name: "x", count: 12, email: "a@b.nl", kind: "a" }),
      ...messages(z.string().min(3), "ab"),
      ...messages(z.array(z.string()).min(1), []),
      ...messages(z.uuid(), "niet-een-id"),
    ];
    expect(all).toContain("Vul dit veld in.");
    expect(all).toContain("Vul een geldig e-mailadres in.");
    expect(all).toContain("Kies een van de mogelijke waarden.");
    expect(all).toContain("De waarde is hoogstens 9.");
    expect(all).toContain("Vul minstens 3 tekens in.");
    for (const message of all) expect(message).not.toMatch(/Invalid|expected|received|Too (big|small)/);
  });

  it("leave a schema's own message alone", () => {
    expect(messages(z.string({ message: "Vul de naam in." }), undefined)).toEqual(["Vul de naam in."]);
  });
});
