import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, login, screenshot, url, newPage as openPage, submitAndWait, settled } from "./helpers/browser.ts";

/*
 * Issue 4's second journey: nothing fits -> waiting with interim help -> a provider frees capacity
 * -> the worker re-matches and notifies the coordinator -> re-match -> offer -> placed.
 */
let browser: Browser;
let requestPath = "";
beforeAll(async () => {
  browser = await launchBrowser();
  // Arrange: every crisis place in Haaglanden is taken out of service, so nothing fits at first.
  const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  await db.query(`update locations set capacity = 0, capacity_confirmed_at = now()
                  where 'crisisplek' = any(care_types) and region_id = (select id from regions where code = 'haaglanden')`);
  await db.end();
});
afterAll(() => browser?.close());

const newPage = () => openPage(browser);

describe("nothing fits, so the placement waits until capacity appears", () => {
  it("a crisis request goes to the crisis team, skips the document gate, but finds no free crisis place", async () => {
    const referrer = await newPage();
    await login(referrer, "verwijzer.haaglanden@jeugdregie.demo");
    await referrer.goto(url("/aanmeldingen/nieuw"));
    await referrer.fill("#bsn", "999999990");
    await referrer.fill("#birthDate", "2012-01-01");
    await referrer.fill("#homeMunicipality", "Rijswijk (ZH.)");
    await referrer.selectOption("#urgency", "crisis");
    await referrer.selectOption("#careType", "crisisplek");
    await Promise.all([referrer.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/), referrer.click("button:has-text('Aanmelding opslaan')")]);
    await settled(referrer);
    requestPath = new URL(referrer.url()).pathname.replace("/aanmeldingen/", "/plaatsingen/");
    await submitAndWait(referrer, "Aanmelding indienen");

    const coordinator = await newPage();
    await login(coordinator, "crisisteam.haaglanden@jeugdregie.demo");
    await coordinator.goto(url(requestPath));
    await submitAndWait(coordinator, "Start matching");
    expect(await coordinator.textContent("main")).toContain("Er is nu geen passende vrije plek");
    await coordinator.fill("#interimHelp", "Crisisinterventie thuis door het crisisteam");
    await submitAndWait(coordinator, "Op wachtlijst met overbrugging");
    expect(await coordinator.textContent("[data-testid=request-status]")).toBe("Wacht op passende plek (overbrugging)");
    await screenshot(coordinator, "40-waiting");
  });

  it("a provider frees capacity, the worker re-matches and the coordinator is notified", async () => {
    const provider = await newPage();
    await login(provider, "aanbieder@jeugdregie.demo");
    await Promise.all([provider.waitForURL("**/capaciteit"), provider.click("nav >> text=Capaciteit")]);
    await settled(provider);
    const row = provider
      .locator("tr", { has: provider.locator("td:has-text('Crisisopvang')") })
      .filter({ has: provider.locator("td:has-text('Haaglanden')") })
      .first();
    // Room for this child beside the crisis placements earlier journeys on the same platform made here.
    await row.locator("input[type=number]").fill("6");
    await submitAndWait(provider, "Capaciteit van alle locaties bevestigen");
    expect(await provider.textContent("[role=status]")).toContain("Capaciteit bevestigd");
    await screenshot(provider, "41-provider-capacity");

    const coordinator = await newPage();
    await login(coordinator, "crisisteam.haaglanden@jeugdregie.demo");
    let notified = false;
    for (let attempt = 0; attempt < 30 && !notified; attempt++) {
      await coordinator.goto(url("/plaatsingen"));
      notified = (await coordinator.locator("[data-testid=notification]").count()) > 0;
      if (!notified) await coordinator.waitForTimeout(500);
    }
    expect(notified).toBe(true);
    expect(await coordinator.textContent("[data-testid=notification]")).toMatch(/Er is een passende plek voor J-\w+: Crisisopvang/);
    await screenshot(coordinator, "42-notified");
  });

  it("the coordinator re-matches, offers, and the child is placed", async () => {
    const coordinator = await newPage();
    await login(coordinator, "crisisteam.haaglanden@jeugdregie.demo");
    await coordinator.goto(url(requestPath));
    await submitAndWait(coordinator, "Opnieuw matchen");
    const row = coordinator
      .locator("tr", { has: coordinator.locator("td:has-text('Stichting De Kapstok Jeugdzorg')") })
      .filter({ has: coordinator.locator("button:has-text('Voorleggen')") })
      .first();
    await submitAndWait(coordinator, row.locator("button:has-text('Voorleggen')"));

    const provider = await newPage();
    await login(provider, "aanbieder@jeugdregie.demo");
    await provider.goto(url("/voorleggingen"));
    const offer = provider.locator("[data-testid=offer]", { has: provider.locator("[data-testid=offer-state]:has-text('Open')") }).first();
    await submitAndWait(provider, offer.locator("button:has-text('Accepteren')"));

    await coordinator.reload();
    await coordinator.fill("#startsOn", "2026-11-26");
    await submitAndWait(coordinator, "Plaatsing vastleggen");
    expect(await coordinator.textContent("[data-testid=request-status]")).toBe("Geplaatst");
    await screenshot(coordinator, "43-placed-after-waiting");
  });
});
