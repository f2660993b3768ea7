import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectAccessible, launchBrowser, login, screenshot, url, newPage as openPage } from "./helpers/browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** What people see when an address or an input is wrong: Dutch words, never the router's or the database's. */
describe("error pages", () => {
  it("says in Dutch that an unknown address does not exist", async () => {
    const page = await openPage(browser);
    const response = await page.goto(url("/bestaat-niet"));
    expect(response?.status()).toBe(404);
    const text = (await page.textContent("main")) ?? "";
    expect(text).toContain("Deze pagina bestaat niet");
    expect(text).not.toMatch(/No route matches|Error:/);
    await expectAccessible(page);
    await screenshot(page, "70-not-found");
  });

  it("answers a search with a NUL byte with the reason, not the database's message", async () => {
    const page = await openPage(browser);
    await login(page, "beheer.haaglanden@jeugdregie.demo");
    await page.goto(url("/inrichting/aanbieders?zoek=Kap%00stok"));
    const text = (await page.textContent("main")) ?? "";
    expect(text).toContain("tekens die niet zijn toegestaan");
    expect(text).not.toMatch(/byte sequence|UTF8|0x00/);
    await screenshot(page, "71-bad-input");
  });
});
