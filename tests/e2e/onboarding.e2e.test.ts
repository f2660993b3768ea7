import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import {
  clickTo,
  expectAccessible,
  launchBrowser,
  login,
  screenshot,
  url,
  newPage as openPage,
  submitAndWait,
  settled,
} from "./helpers/browser.ts";

/*
 * The journey: a platform admin's invitation to a region with municipalities,
 * settings, two providers with contracts (proposals) and locations, and a coordinator invited; then
 * a CSV import with bad lines, and a provider user's one login over all its regions once the
 * provider's admin confirmed the new region's contract.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const newPage = () => openPage(browser);
let admin: Page;

async function progressText(page: Page) {
  return page.textContent("[data-testid=onboarding-progress]");
}

describe("onboarding a new region", () => {
  it("starts with the platform admin creating the tenant and inviting its admin", async () => {
    const page = await newPage();
    await login(page, "platform@jeugdregie.demo");
    await Promise.all([page.waitForURL("**/beheer/regios"), page.click("nav >> text=Regio's beheren")]);
    await settled(page);
    await page.fill("#name", "Utrecht West");
    await page.fill("#code", "utrecht-west");
    await page.fill("#adminEmail", "beheer@utrechtwest.example");
    await submitAndWait(page, "Regio aanmaken en uitnodigen");
    const invitationUrl = (await page.textContent("[data-testid=invitation-url]"))!;
    expect(invitationUrl).toMatch(/\/uitnodiging\/[\w-]+$/);
    await screenshot(page, "10-platform-admin-invitation");

    admin = await newPage();
    await admin.goto(invitationUrl);
    expect(await admin.textContent("main")).toContain("beheer@utrechtwest.example");
    await expectAccessible(admin);
    await admin.fill("#displayName", "Wendy West");
    await admin.fill("#password", "een-lang-geheim-wachtwoord");
    await admin.fill("#passwordAgain", "een-lang-geheim-wachtwoord");
    await Promise.all([admin.waitForURL("**/inrichting/gemeenten"), admin.click("button:has-text('Account aanmaken')")]);
    await settled(admin);
    expect(await progressText(admin)).toBe("0 van 7 stappen klaar");
    await screenshot(admin, "11-wizard-start");

    const reused = await newPage();
    const response = await reused.goto(invitationUrl);
    expect(response?.status()).toBe(410);
    expect(await reused.textContent("[role=alert]")).toContain("al gebruikt");
  });

  it("chooses the municipalities of the region", async () => {
    await admin.click("summary:has-text('Utrecht-West')");
    const group = admin.locator("details", { has: admin.locator("summary:has-text('Utrecht-West')") });
    for (const box of await group.locator("input[type=checkbox]").all()) await box.check();
    // Saving a step moves on to the next one, which says what was saved.
    await submitAndWait(admin, "Gemeenten opslaan");
    expect(new URL(admin.url()).pathname).toBe("/inrichting/centraal-punt");
    expect(await admin.textContent("[role=status]")).toContain("Stap 1 (Gemeenten) is opgeslagen");
    expect(await progressText(admin)).toBe("1 van 7 stappen klaar");
    await screenshot(admin, "12-municipalities-saved-next-step");
    await admin.goto(url("/inrichting/gemeenten"));
    expect(Number(await admin.textContent("[data-testid=municipality-count]"))).toBeGreaterThan(3);
    expect(await admin.locator("input[type=checkbox][disabled]").count()).toBeGreaterThan(50);
    await screenshot(admin, "12-municipalities");
  });

  it("sets up the placement point and a segment", async () => {
    await Promise.all([
      admin.waitForURL("**/centraal-punt"),
      admin.click("nav[aria-label='Stappen van de inrichting'] >> text=Centraal punt"),
    ]);
    await settled(admin);
    await admin.fill("#crisisCapDays", "42");
    await admin.check("input[name=careTypes][value=behandelgroep]");
    await submitAndWait(admin, "Instellingen opslaan");
    expect(await admin.textContent("[role=alert]")).toContain("28 dagen");
    await admin.fill("#crisisCapDays", "28");
    await admin.check("input[name=careTypes][value=gezinshuis]");
    await admin.check("input[name=careTypes][value=crisisplek]");
    await submitAndWait(admin, "Instellingen opslaan");
    expect(new URL(admin.url()).pathname).toBe("/inrichting/segmenten");
    expect(await admin.textContent("[role=status]")).toContain("Stap 2 (Centraal punt) is opgeslagen");
    await screenshot(admin, "13-placement-point-saved");

    await Promise.all([admin.waitForURL("**/segmenten"), admin.click("nav[aria-label='Stappen van de inrichting'] >> text=Segmenten")]);
    await settled(admin);
    await admin.fill("#name", "Specialistisch verblijf");
    await submitAndWait(admin, "Segment toevoegen");
    expect(await progressText(admin)).toBe("3 van 7 stappen klaar");
  });

  async function fillContract(page: Page, startsOn: string, endsOn: string) {
    await page.fill("#startsOn", startsOn);
    await page.fill("#endsOn", endsOn);
    await page.fill("#revisionClause", "Jaarlijkse indexatie volgens OVA");
    await page.fill("#productCode0", "43A01");
    await page.fill("#tariff0", "872,39");
    await page.selectOption("#band0", "R");
    await submitAndWait(page, "Contract vastleggen");
  }

  it("contracts an existing provider and a newly registered one", async () => {
    await Promise.all([
      admin.waitForURL("**/inrichting/aanbieders"),
      admin.click("nav[aria-label='Stappen van de inrichting'] >> text=Aanbieders"),
    ]);
    await settled(admin);
    await admin.fill("#zoek", "Kapstok");
    await Promise.all([admin.waitForURL((u) => u.searchParams.get("zoek") === "Kapstok"), admin.click("button:has-text('Zoeken')")]);
    await settled(admin);
    await Promise.all([admin.waitForURL("**/inrichting/contracten?aanbieder=*"), admin.click("text=Contract vastleggen")]);
    await settled(admin);
    await fillContract(admin, "2026-01-01", "2027-12-31");
    expect(await admin.textContent("[role=status]")).toContain("Contract vastgelegd");
    await fillContract(admin, "2027-06-01", "2028-12-31");
    expect(await admin.textContent("[role=alert]")).toContain("al gecontracteerd van 1 januari 2026 tot en met 31 december 2027");

    await Promise.all([
      admin.waitForURL("**/inrichting/aanbieders"),
      admin.click("nav[aria-label='Stappen van de inrichting'] >> text=Aanbieders"),
    ]);
    await settled(admin);
    await admin.fill("#name", "Jeugdhulp Vecht en Venen");
    await admin.fill("#kvk", "5551234");
    await submitAndWait(admin, "Registreren");
    expect(await admin.textContent("[role=alert]")).toContain("precies 8 cijfers");
    await admin.fill("#kvk", "41150001");
    await submitAndWait(admin, "Registreren");
    expect(await admin.textContent("[role=alert]")).toContain("staat al in het register");
    await admin.fill("#kvk", "55512345");
    await admin.fill("#agb", "98055512");
    await submitAndWait(admin, "Registreren");
    await Promise.all([
      admin.waitForURL("**/inrichting/contracten?aanbieder=*"),
      admin.click("text=Contract vastleggen voor deze aanbieder"),
    ]);
    await settled(admin);
    await fillContract(admin, "2026-01-01", "2026-12-31");
    expect(await admin.locator("table >> text=Jeugdhulp Vecht en Venen").count()).toBe(1);
    expect(await progressText(admin)).toBe("5 van 7 stappen klaar");
    await screenshot(admin, "14-contracts");
  });

  it("adds a location for each provider and invites a coordinator", async () => {
    await Promise.all([
      admin.waitForURL("**/inrichting/locaties"),
      admin.click("nav[aria-label='Stappen van de inrichting'] >> text=Locaties"),
    ]);
    await settled(admin);
    for (const [provider, name, careType, capacity] of [
      ["Kapstok", "Behandelgroep De Vecht", "behandelgroep", "8"],
      ["Vecht en Venen", "Gezinshuis Het Veen", "gezinshuis", "4"],
    ]) {
      const option = await admin.locator("#providerId option", { hasText: provider! }).getAttribute("value");
      await admin.selectOption("#providerId", option!);
      await admin.fill("#name", name!);
      await admin.check(`input[name=careTypes][value=${careType}]`);
      await admin.fill("#capacity", capacity!);
      await submitAndWait(admin, "Locatie toevoegen");
      expect(await admin.textContent("[role=status]")).toContain(name!);
    }
    await screenshot(admin, "15-locations");

    await Promise.all([
      admin.waitForURL("**/inrichting/gebruikers"),
      admin.click("nav[aria-label='Stappen van de inrichting'] >> text=Gebruikers"),
    ]);
    await settled(admin);
    await admin.fill("#email", "coordinator@utrechtwest.example");
    await admin.selectOption("#role", "placement_coordinator");
    await submitAndWait(admin, "Uitnodigen");
    expect(await admin.textContent("[data-testid=invitation-url]")).toMatch(/\/uitnodiging\//);
    expect(await progressText(admin)).toBe("7 van 7 stappen klaar");
    await expectAccessible(admin);
    await screenshot(admin, "16-users-done");

    await Promise.all([admin.waitForURL("**/inrichting/audit"), admin.click("text=Wijzigingen (audit)")]);
    await settled(admin);
    await admin.waitForSelector("h2:has-text('Wijzigingen (audit)')");
    const audit = await admin.textContent("main");
    for (const entity of [
      "Gemeenten van de regio gewijzigd",
      "Instellingen centraal punt gewijzigd",
      "Contract aangemaakt",
      "Locatie aangemaakt",
      "Uitnodiging aangemaakt",
    ]) {
      expect(audit).toContain(entity);
    }
    expect(audit).not.toMatch(/region_|"before"|\{"/);
    await expectAccessible(admin);
    await screenshot(admin, "17-audit");
  });
});

describe("CSV import in the browser", () => {
  const header = "aanbieder_kvk;naam;gemeentecode;zorgvormen;expertise;leeftijd_min;leeftijd_max;intensiteit;capaciteit";
  const file = (bad: boolean, municipality: string) =>
    [
      header,
      ...Array.from(
        { length: 1000 },
        (_, i) => `55512345;Locatie ${i + 2};${bad && (i + 2) % 100 === 0 ? "GM0518" : municipality};gezinshuis;;0;12;M;3`,
      ),
    ].join("\n");

  async function upload(content: string) {
    await admin.goto(url("/inrichting/import"));
    await admin.selectOption("#kind", "locations");
    await admin.setInputFiles("#file", { name: "locaties.csv", mimeType: "text/csv", buffer: Buffer.from(content) });
    await Promise.all([admin.waitForURL(/\/inrichting\/import\/[0-9a-f-]{36}$/), admin.click("button:has-text('Importeren')")]);
    await settled(admin);
    await admin.waitForFunction(
      () => !/wachtrij|controleren/.test(document.querySelector("[data-testid=import-status]")?.textContent ?? ""),
      undefined,
      { timeout: 60_000 },
    );
  }

  it("reports the 10 bad lines of 1,000 and saves nothing; the fixed file imports", async () => {
    await admin.goto(url("/inrichting/locaties"));
    const municipality = (await admin.locator("#municipalityCode option").first().getAttribute("value"))!;
    const before = await admin.locator("caption").first().textContent();
    await upload(file(true, municipality));
    expect(await admin.textContent("[data-testid=import-status]")).toBe("Afgekeurd, niets opgeslagen");
    expect(await admin.locator("[data-testid=import-error-line]").allTextContents()).toEqual([
      "100",
      "200",
      "300",
      "400",
      "500",
      "600",
      "700",
      "800",
      "900",
      "1000",
    ]);
    await screenshot(admin, "18-import-rejected");
    await admin.goto(url("/inrichting/locaties"));
    expect(await admin.locator("caption").first().textContent()).toBe(before);

    await upload(file(false, municipality));
    expect(await admin.textContent("[data-testid=import-status]")).toBe("Opgeslagen");
    await screenshot(admin, "19-import-committed");
    await admin.goto(url("/inrichting/locaties"));
    // the table shows one page (50 rows); its caption counts them all
    expect(await admin.locator("caption").first().textContent()).toBe(
      `${Number(before!.split(" ")[0]) + 1000} locaties (50 op deze pagina)`,
    );
    expect(await admin.locator("table").first().locator("tbody tr").count()).toBe(50);
    await clickTo(admin, "[data-testid=next-page]", (u) => u.searchParams.has("na"));
    expect(await admin.locator("table").first().locator("tbody tr").count()).toBe(50);
  });

  it("offers templates and exports as CSV downloads", async () => {
    const template = await admin.request.get(url("/inrichting/import/sjabloon/contracts"));
    expect(template.headers()["content-type"]).toContain("text/csv");
    expect((await template.text()).split("\n")[0]).toContain("aanbieder_kvk;segment;rol;financiering");
    const exported = await admin.request.get(url("/inrichting/import/export/locations"));
    expect((await exported.text()).trim().split("\n").length).toBeGreaterThan(1000);
  });
});

describe("one login for a provider", () => {
  it("shows every region whose contract the provider confirmed, including the new one once its admin confirms", async () => {
    const providerAdmin = await newPage();
    await login(providerAdmin, "aanbiederbeheer@jeugdregie.demo");
    await Promise.all([providerAdmin.waitForURL("**/aanbieder"), providerAdmin.click("nav >> text=Mijn regio's")]);
    expect(await providerAdmin.locator("[data-testid=provider-region]", { hasText: "Utrecht West" }).count()).toBe(0);
    const proposal = providerAdmin.locator("[data-testid=contract-proposal]", {
      has: providerAdmin.locator("h3", { hasText: "Utrecht West" }),
    });
    await Promise.all([
      providerAdmin.waitForResponse((r) => r.request().method() === "POST"),
      proposal.locator("button:has-text('Contract bevestigen')").click(),
    ]);
    await providerAdmin.waitForSelector('main[data-navigation="idle"]');
    expect(await providerAdmin.textContent("[role=status]")).toContain("Contract bevestigd");

    const page = await newPage();
    await login(page, "aanbieder@jeugdregie.demo");
    await Promise.all([page.waitForURL("**/aanbieder"), page.click("nav >> text=Mijn regio's")]);
    await settled(page);
    const regions = await page.locator("[data-testid=provider-region]").allTextContents();
    expect(regions.length).toBeGreaterThanOrEqual(3);
    expect(regions).toContain("Utrecht West");
    expect(regions).toContain("Haaglanden");
    expect(Number(await page.textContent("[data-testid=provider-region-count]"))).toBe(regions.length);
    await expectAccessible(page);
    await screenshot(page, "20-provider-overview");
    await page.selectOption("#regio", { label: "Utrecht West" });
    await Promise.all([page.waitForURL((u) => u.searchParams.has("regio")), page.click("button:has-text('Toon')")]);
    await settled(page);
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=provider-region]").length === 1);
    expect(await page.locator("[data-testid=provider-region]").allTextContents()).toEqual(["Utrecht West"]);
  });
});
