import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { Browser } from "playwright-core";
import { expectAccessible, launchBrowser, login, screenshot, url, newPage as openPage, submitAndWait, settled } from "./helpers/browser.ts";

/*
 * Issue 5, first half of its browser journey: no fitting JeugdzorgPlus place in Twente, pooled
 * places elsewhere in the supra region, an out-of-region justification approved by a second
 * coordinator, the offer sent, and the supra coordinator seeing it with the justification.
 */
let browser: Browser;
let requestPath = "";
beforeAll(async () => {
  browser = await launchBrowser();
  const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  await db.query(
    `update locations set capacity = 0 where 'jeugdzorgplus' = any(care_types) and region_id = (select id from regions where code = 'twente')`,
  );
  // Centraal Gelderland holds places in 2027 to give in the negotiation: places are conserved.
  await db.query(
    `insert into supra_allocations (supra_region_id, care_type, year, region_id, places)
     select s.id, 'jeugdzorgplus', 2027, r.id, 2 from supra_regions s, regions r where s.code = 'landsdeel-oost' and r.code = 'centraal-gelderland'`,
  );
  await db.end();
});
afterAll(() => browser?.close());

const newPage = () => openPage(browser);

describe("geen kind de regio uit", () => {
  it("a Twente coordinator finds only pooled places outside the region and writes a justification", async () => {
    const page = await newPage();
    await login(page, "coordinator.twente@jeugdregie.demo");
    await page.goto(url("/aanmeldingen/nieuw"));
    await page.fill("#bsn", "999900006");
    await page.fill("#birthDate", "2010-05-01");
    await page.fill("#homeMunicipality", "Enschede");
    await page.selectOption("#urgency", "crisis");
    await page.selectOption("#careType", "jeugdzorgplus");
    await Promise.all([page.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/), page.click("button:has-text('Aanmelding opslaan')")]);
    await settled(page);
    requestPath = new URL(page.url()).pathname.replace("/aanmeldingen/", "/plaatsingen/");
    await submitAndWait(page, "Aanmelding indienen");
    await page.goto(url(requestPath));
    await submitAndWait(page, "Start matching");
    const badges = await page.locator("tbody .utrecht-data-badge", { hasText: "buiten de regio" }).count();
    expect(badges).toBeGreaterThan(0);
    expect(badges).toBe(await page.locator("[data-testid=proposal-location]").count());
    await page.locator("input[name=criteria][value=safety]").check();
    await page.fill("#evidence-safety", "Uitbuiters in het netwerk in Enschede; eerder weggelopen naar hen.");
    await page.locator("input[name=criteria][value=no_capacity_in_region]").check();
    await page.fill("#evidence-no_capacity_in_region", "Alle JeugdzorgPlus-plekken in Twente zijn bezet of gesloten.");
    await submitAndWait(page, "Afweging vastleggen");
    expect(await page.textContent("[data-testid=justification-status]")).toBe("Wacht op besluit");
    // no offer outside the region before its justification is approved: the button is not there
    expect(await page.locator("button:has-text('Voorleggen')").count()).toBe(0);
    expect(await page.locator("[data-testid=needs-justification]").count()).toBe(badges);
    await screenshot(page, "50-justification-pending");
  });

  it("a second coordinator approves it, after which the offer can go out", async () => {
    const colleague = await newPage();
    await login(colleague, "coordinator2.twente@jeugdregie.demo");
    await colleague.goto(url(requestPath));
    await submitAndWait(colleague, "Goedkeuren");
    expect(await colleague.textContent("[data-testid=justification-status]")).toBe("Goedgekeurd");

    const page = await newPage();
    await login(page, "coordinator.twente@jeugdregie.demo");
    await page.goto(url(requestPath));
    await submitAndWait(page, "Voorleggen");
    expect(await page.textContent("[data-testid=request-status]")).toBe("Voorgelegd aan aanbieder");
  });

  it("the supra coordinator sees the out-of-region offer with its justification, and no identity", async () => {
    const page = await newPage();
    await login(page, "bovenregionaal@jeugdregie.demo");
    await Promise.all([page.waitForURL("**/bovenregionaal"), page.click("nav >> text=Bovenregionaal")]);
    await settled(page);
    await page.waitForSelector("[data-testid=oor-count]");
    expect(await page.textContent("[data-testid=oor-justification]")).toContain("goedgekeurd");
    const content = (await page.textContent("main"))!;
    expect(content).toContain("Uitbuiters in het netwerk");
    expect(content).not.toContain("999900006");
    // Criteria and statuses in words (issue 10), not as stored codes.
    expect(content).toContain("Veiligheid:");
    expect(content).not.toMatch(/\bsafety\b|no_capacity_in_region/);
    expect(await page.textContent("[data-testid=oor-status]")).toBe("Voorgelegd, wacht op de aanbieder");
    await expectAccessible(page);
    await screenshot(page, "51-supra-overview");

    await Promise.all([page.waitForURL("**/bovenregionaal/toewijzing"), page.click("nav >> text=Toewijzing")]);
    await settled(page);
    await page.waitForSelector("input[aria-label='Toegewezen aan Twente']");
    await page.fill("input[aria-label='Toegewezen aan Twente']", "9999");
    const form = page.locator("form", { has: page.locator("input[aria-label='Toegewezen aan Twente']") });
    await submitAndWait(page, form.locator("button:has-text('Toewijzing opslaan')"));
    expect(await page.textContent("[role=alert]")).toContain("meer dan de gedeelde capaciteit");
    await page.fill("input[aria-label='Toegewezen aan Twente']", "2");
    await submitAndWait(page, form.locator("button:has-text('Toewijzing opslaan')"));
    expect(await page.textContent("[role=status]")).toContain("Toewijzingen opgeslagen");
    await screenshot(page, "52-allocations");
  });

  it("Twente opens a negotiation with Centraal Gelderland for two places, gets one as a counter, accepts, and the allocation changes", async () => {
    const twente = await newPage();
    await login(twente, "coordinator.twente@jeugdregie.demo");
    await Promise.all([twente.waitForURL("**/onderhandelingen"), twente.click("nav >> text=Capaciteitsafspraken")]);
    await settled(twente);
    await twente.waitForSelector("#careType");
    await twente.selectOption("#careType", { label: "JeugdzorgPlus (gesloten)" });
    await twente.selectOption("#counterparty", { label: "Centraal Gelderland (Arnhem)" });
    await twente.fill("#places", "2");
    await twente.fill("#periodStart", "2027-01-01");
    await twente.fill("#periodEnd", "2027-12-31");
    await twente.fill("#note", "Wachtlijst JeugdzorgPlus loopt op");
    await submitAndWait(twente, "Onderhandeling openen");
    expect(await twente.textContent("[data-testid=negotiation-status]")).toBe("open");

    const arnhem = await newPage();
    await login(arnhem, "coordinator.gelderland@jeugdregie.demo");
    expect(await arnhem.textContent("[data-testid=open-negotiations]")).toBe("1");
    await arnhem.goto(url("/onderhandelingen"));
    const item = arnhem.locator("[data-testid=negotiation]").first();
    await item.locator("input[name=places]").fill("1");
    await submitAndWait(arnhem, item.locator("button:has-text('Tegenvoorstel doen')"));
    expect(await arnhem.textContent("[data-testid=negotiation-status]")).toBe("tegenvoorstel");

    await twente.reload();
    await submitAndWait(twente, "Akkoord");
    expect(await twente.textContent("[data-testid=negotiation-status]")).toBe("akkoord");
    expect(await twente.textContent("[data-testid=negotiation-places]")).toBe("1");
    await screenshot(twente, "53-negotiation-agreed");

    const supra = await newPage();
    await login(supra, "bovenregionaal@jeugdregie.demo");
    await supra.goto(url("/bovenregionaal/toewijzing?jaar=2027"));
    expect(await supra.inputValue("input[aria-label='Toegewezen aan Twente']")).toBe("1");
  });

  it("the supra coordinator records a phase-out plan and sees where reality runs ahead of it", async () => {
    const page = await newPage();
    await login(page, "bovenregionaal@jeugdregie.demo");
    await Promise.all([page.waitForURL("**/bovenregionaal/afbouw"), page.click("nav >> text=Afbouw")]);
    await settled(page);
    const form = page.locator("form", { has: page.locator("input[name=year-2026]") }).first();
    await form.locator("input[name=year-2026]").fill("0");
    await form.locator("input[name=year-2030]").fill("0");
    await submitAndWait(page, form.locator("button:has-text('Plan opslaan')"));
    expect(await page.locator("[role=status]", { hasText: "Afbouwplan opgeslagen" }).count()).toBe(1);
    expect(await page.textContent("main")).toMatch(/plekken terwijl het plan 0 noemt/);
    await screenshot(page, "54-phase-out");
  });
});
