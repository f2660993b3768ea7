import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, login, newPage as openPage, screenshot, settled, url } from "./helpers/browser.ts";
import { fileCrisisRequestOfferedToKapstok } from "./helpers/demo-request.ts";

/*
 * Issue 10, "Everyone": a page of another role says whose work it is, who you are signed in as and
 * what to do, inside the app's own header and menu; a missing record the same; the browser's icon
 * request finds one; the pages issue 10 added pass axe; the region switch shows whole names.
 */
let browser: Browser;
let paths: { requestPath: string; referrerPath: string };
beforeAll(async () => {
  browser = await launchBrowser();
  paths = await fileCrisisRequestOfferedToKapstok(browser, "999900080");
});
afterAll(() => browser?.close());

const newPage = () => openPage(browser);
const signedIn = async (email: string) => {
  const page = await newPage();
  await login(page, `${email}@jeugdregie.demo`);
  return page;
};

describe("a page that is not yours", () => {
  it("says whose work it is, who you are and offers your own start page or another account", async () => {
    const page = await signedIn("coordinator.haaglanden");
    const response = await page.goto(url("/inrichting/audit"));
    expect(response?.status()).toBe(403);
    expect(await page.locator("nav[aria-label=Hoofdmenu]").count()).toBe(1);
    expect(await page.textContent("h1")).toBe("Geen toegang");
    const text = (await page.textContent("main"))!;
    expect(text).toContain("Dit is werk voor regiobeheerders.");
    expect(text).toMatch(/Je bent ingelogd als Coördinator plaatsingen bij [^.]*Haaglanden/);
    expect(await page.getAttribute("a:has-text('Naar je startpagina')", "href")).toBe("/");
    await expectAccessible(page);
    await screenshot(page, "90-access-denied");
    // the sign-in page has no app layout to settle on: the address and the form are enough
    await Promise.all([
      page.waitForURL((u) => u.pathname === "/inloggen"),
      page.click("button:has-text('Inloggen met een ander account')"),
    ]);
    await page.waitForSelector("#email");
  });

  it("tells a provider that the placement point's request page is not its work", async () => {
    const page = await signedIn("aanbieder");
    const response = await page.goto(url(paths.requestPath));
    expect(response?.status()).toBe(403);
    expect(await page.textContent("main")).toContain("Dit is werk voor het centraal punt");
    expect(await page.textContent("main")).toContain("Je bent ingelogd als Medewerker aanbieder");
  });

  it("says a record that is not there does not exist, still inside the app", async () => {
    const page = await signedIn("coordinator.haaglanden");
    const response = await page.goto(url("/plaatsingen/00000000-0000-4000-8000-000000000000"));
    expect(response?.status()).toBe(404);
    expect(await page.locator("nav[aria-label=Hoofdmenu]").count()).toBe(1);
    expect(await page.textContent("h1")).toBe("Pagina niet gevonden");
    expect(await page.textContent("main")).not.toContain("Inloggen met een ander account");
    await expectAccessible(page);
    await screenshot(page, "91-not-found-in-app");
  });

  it("serves the icon a browser asks for by itself", async () => {
    const page = await newPage();
    const response = await page.goto(url("/favicon.ico"));
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-type"]).toMatch(/icon/);
  });
});

/** Issue 10's new pages, each as the role that uses it: no serious or critical axe violations. */
const NEW_PAGES: { who: string; path: () => string; name: string }[] = [
  { who: "coordinator.haaglanden", path: () => "/plaatsingen", name: "work-list" },
  { who: "crisisteam.haaglanden", path: () => paths.requestPath, name: "request" },
  { who: "verwijzer.haaglanden", path: () => paths.referrerPath, name: "referrer-detail" },
  { who: "beheer.haaglanden", path: () => "/inrichting/audit", name: "audit" },
  { who: "aanbieder", path: () => "/capaciteit", name: "capacity" },
  { who: "aanbieder", path: () => "/voorleggingen", name: "offers" },
  { who: "platform", path: () => "/beheer/accounts", name: "accounts" },
  { who: "beheer.haaglanden", path: () => "/account/tweestapsverificatie", name: "mfa" },
];

describe("issue 10's pages pass axe", () => {
  for (const { who, path, name } of NEW_PAGES) {
    it(`${name} as ${who}`, async () => {
      const page = await signedIn(who);
      const response = await page.goto(url(path()));
      expect(response?.status()).toBe(200);
      await settled(page);
      await expectAccessible(page);
      await screenshot(page, `92-axe-${name}`);
      await page.context().close();
    });
  }
});

describe("the region switch", () => {
  it("shows each region's whole name", async () => {
    const page: Page = await signedIn("coordinator.gelderland");
    const select = page.locator("#regionId");
    const fits = await select.evaluate((el: HTMLSelectElement) => {
      const probe = document.createElement("span");
      probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(el).font}`;
      document.body.append(probe);
      const widest = Math.max(
        ...[...el.options].map((o) => {
          probe.textContent = o.text;
          return probe.offsetWidth;
        }),
      );
      probe.remove();
      return { widest, room: el.clientWidth };
    });
    expect(fits.room).toBeGreaterThan(fits.widest);
    await screenshot(page, "93-region-switch");
  });
});
