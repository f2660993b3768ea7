import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPEN_API_DOCUMENT } from "./openapi.ts";

const CHECKED_IN = new URL("../../../../docs/openapi/open-v1.json", import.meta.url);
const text = `${JSON.stringify(OPEN_API_DOCUMENT, null, 2)}\n`;

describe("the checked-in OpenAPI document of the open API", () => {
  it("is the one the API serves (UPDATE_OPENAPI=1 rewrites docs/openapi/open-v1.json)", () => {
    if (process.env.UPDATE_OPENAPI === "1") writeFileSync(CHECKED_IN, text);
    // Compared as JSON, so that a formatter may lay the file out its own way.
    expect(JSON.parse(readFileSync(CHECKED_IN, "utf8"))).toEqual(JSON.parse(text));
  });
});
