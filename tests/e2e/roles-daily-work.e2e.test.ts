import pg from "pg";
import { createFieldCrypto } from "@jeugdregie/auth";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { clickTo, expectAccessible, launchBrowser, login, newPage as openPage, screenshot, submitAndWait, url } from "./helpers/browser.ts";

/*
 * Issue 10, walked role by role as new users would: the region admin changes, ends and takes out
 * of use what it set up (a contract, a location, a person's access) and reads the audit log; the
 * provider confirms a change, all its capacity at once and sees where it works; the platform admin
 * corrects the shared registry; the supra coordinator reads places and statuses in words.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const newPage = () => openPage(browser);

async function query<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  try {
    return (await db.query(text, values)).rows as T[];
  } finally {
    await db.end();
  }
}

/** Developer words on screen: snake_case codes or dotted identifiers (addresses and e-mail excepted). */
async function codeLikeText(page: Page): Promise<string[]> {
  const text = (await page.textContent("main"))!.replace(/\S+@\S+/g, " ").replace(/https?:\/\/\S+/g, " ");
  return text.match(/\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z][A-Za-z]+\b/g) ?? [];
}

/** Posts a form whose button sits in a part of the page (a row, an article) and waits for the result. */
async function submitIn(page: Page, scope: ReturnType<Page["locator"]>, button: string) {
  await submitAndWait(page, scope.locator(`button:has-text("${button}")`).first());
}

let admin: Page;
let providerAdmin: Page;
let contractPath = "";

describe("region admin: a contract changes and ends", () => {
  it("picks the provider on the contract form itself and is refused a product code outside the iJw list", async () => {
    admin = await newPage();
    await login(admin, "beheer.haaglanden@jeugdregie.demo");
    await admin.goto(url("/inrichting/contracten"));
    await admin.fill("#zoek", "Kapstok");
    await clickTo(admin, "button:has-text('Zoeken')", (u) => u.searchParams.get("zoek") === "Kapstok");
    expect(await admin.textContent("[data-testid=provider-search-count]")).toBe("1");
    expect(await admin.locator("#providerId option:checked").textContent()).toContain("De Kapstok");
    await admin.fill("#startsOn", "2026-01-01");
    await admin.fill("#endsOn", "2027-12-31");
    await admin.fill("#productCode0", "ZZZZZ");
    await admin.fill("#tariff0", "61,50");
    await admin.selectOption("#unit0", "04");
    await submitAndWait(admin, "Contract vastleggen");
    expect(await admin.textContent("[role=alert]")).toContain("ZZZZZ is geen iJw-productcode");
    await screenshot(admin, "70-contract-product-code-refused");

    await admin.fill("#productCode0", "45A03");
    await submitAndWait(admin, "Contract vastleggen");
    expect(await admin.textContent("[role=status]")).toContain("Contract vastgelegd als voorstel");
    await clickTo(admin, `tr:has-text("45A03") >> text=Bekijken of wijzigen`, /\/inrichting\/contracten\/[0-9a-f-]{36}$/);
    contractPath = new URL(admin.url()).pathname;
    expect(await admin.textContent("[data-testid=contract-state]")).toBe("Voorstel, wacht op de aanbieder");
  });

  it("changes the proposal at once", async () => {
    await admin.fill("#tariff0", "63,00");
    await submitAndWait(admin, "Voorstel wijzigen");
    expect(await admin.textContent("[role=status]")).toContain("Voorstel gewijzigd");
    expect(await admin.textContent("main")).toContain("63,00");
    expect(await codeLikeText(admin)).toEqual([]);
    await expectAccessible(admin);
    await screenshot(admin, "71-contract-proposal-changed");
  });

  it("a confirmed contract's change waits for the provider, who confirms it", async () => {
    providerAdmin = await newPage();
    await login(providerAdmin, "aanbiederbeheer@jeugdregie.demo");
    await providerAdmin.goto(url("/aanbieder"));
    const proposal = providerAdmin.locator("[data-testid=contract-proposal]", { hasText: "45A03" });
    await submitIn(providerAdmin, proposal, "Contract bevestigen");
    expect(await providerAdmin.textContent("[role=status]")).toContain("Contract bevestigd");

    await admin.goto(url(contractPath));
    expect(await admin.textContent("[data-testid=contract-state]")).toBe("Bevestigd door de aanbieder");
    await admin.fill("#tariff0", "65,00");
    await submitAndWait(admin, "Wijziging voorstellen");
    // The page also keeps a standing note on the waiting change; the confirmation is one of the messages.
    expect(await admin.locator("[role=status]").allTextContents()).toContainEqual(
      expect.stringContaining("de aanbieder bevestigt haar eerst"),
    );
    expect(await admin.textContent("[data-testid=contract-state]")).toBe("Bevestigd, wijziging wacht op de aanbieder");
    await screenshot(admin, "72-contract-change-waits");

    await providerAdmin.goto(url("/aanbieder"));
    const change = providerAdmin.locator("[data-testid=contract-change]", { hasText: "45A03" });
    expect(await change.textContent()).toContain("65,00");
    await expectAccessible(providerAdmin);
    await screenshot(providerAdmin, "73-provider-sees-change");
    await submitIn(providerAdmin, change, "Wijziging bevestigen");
    expect(await providerAdmin.textContent("[role=status]")).toContain("Wijziging bevestigd");

    await admin.goto(url(contractPath));
    expect(await admin.textContent("[data-testid=contract-state]")).toBe("Bevestigd door de aanbieder");
    expect(await admin.textContent("main")).toContain("65,00");
  });

  it("ends the confirmed contract on a day of its period", async () => {
    expect(await admin.getAttribute("#endDate", "min")).toBe("2026-01-01");
    await admin.fill("#endDate", "2027-06-30");
    await admin.fill("#endReason", "Nieuwe aanbesteding ambulante hulp");
    await submitAndWait(admin, "Contract beëindigen");
    expect(await admin.textContent("[role=status]")).toContain("Contract beëindigd per 30 juni 2027");
    expect(await admin.textContent("[data-testid=contract-state]")).toBe("Beëindigd per 30 juni 2027");
    expect(await admin.locator("button:has-text('Wijziging voorstellen')").count()).toBe(0);
    await expectAccessible(admin);
    await screenshot(admin, "74-contract-ended");
  });
});

describe("region admin: a location and a person", () => {
  it("corrects a location and takes it out of use", async () => {
    await admin.goto(url("/inrichting/locaties"));
    const option = await admin.locator("#providerId option", { hasText: "Kapstok" }).getAttribute("value");
    await admin.selectOption("#providerId", option!);
    await admin.fill("#name", "Proefgroep Rolwissel");
    await admin.check("input[name=careTypes][value=behandelgroep]");
    await admin.fill("#capacity", "3");
    await submitAndWait(admin, "Locatie toevoegen");
    await clickTo(admin, "a[aria-label='Proefgroep Rolwissel wijzigen']", /\/inrichting\/locaties\/[0-9a-f-]{36}$/);
    await admin.fill("#name", "Proefgroep De Wissel");
    await admin.fill("#ageMin", "12");
    await submitAndWait(admin, "Gegevens opslaan");
    expect(await admin.textContent("[role=status]")).toContain("Locatie gewijzigd");
    await submitAndWait(admin, "Buiten gebruik zetten");
    expect(await admin.textContent("[data-testid=location-state]")).toBe("Buiten gebruik");
    expect(await admin.textContent("main")).toContain("geen nieuwe voorleggingen");
    await expectAccessible(admin);
    await screenshot(admin, "75-location-out-of-use");
  });

  it("changes a person's role and takes their access to the region away", async () => {
    await admin.goto(url("/inrichting/gebruikers"));
    await admin.fill("#email", "rolwissel@haaglanden.example");
    await admin.selectOption("#role", "referrer");
    await submitAndWait(admin, "Uitnodigen");
    const invitationUrl = (await admin.textContent("[data-testid=invitation-url]"))!;
    const person = await newPage();
    await person.goto(invitationUrl);
    await person.fill("#displayName", "Rosa Rolwissel");
    await person.fill("#password", "een-lang-geheim-wachtwoord");
    await person.fill("#passwordAgain", "een-lang-geheim-wachtwoord");
    await clickTo(person, "button:has-text('Account aanmaken')", (u) => !u.pathname.startsWith("/uitnodiging"));

    await admin.goto(url("/inrichting/gebruikers"));
    const rosa = admin.locator("tr", { hasText: "Rosa Rolwissel" });
    await rosa.locator("select").selectOption("crisis_team");
    await submitIn(admin, rosa, "Wijzigen");
    expect(await admin.textContent("[role=status]")).toContain("Rol gewijzigd in Crisisteam");
    expect(await admin.locator("tr", { hasText: "Rosa Rolwissel" }).textContent()).toContain("Crisisteam");
    await screenshot(admin, "76-person-role-changed");
    await submitIn(admin, admin.locator("tr", { hasText: "Rosa Rolwissel" }), "Toegang intrekken");
    expect(await admin.textContent("[role=status]")).toContain("Toegang tot de regio ingetrokken");
    expect(await admin.locator("tr", { hasText: "Rosa Rolwissel" }).count()).toBe(0);
    expect(await admin.locator("tr", { hasText: "Hanneke de Regio" }).textContent()).toContain("Jij");
    await expectAccessible(admin);
    await screenshot(admin, "77-person-access-removed");

    await person.goto(url("/overzicht"));
    expect(new URL(person.url()).pathname).toBe("/inloggen");
  });

  it("reads the audit log in words, a page at a time", async () => {
    await clickTo(admin, "text=Wijzigingen (audit)", "**/inrichting/audit");
    const what = await admin.locator("[data-testid=audit-what]").allTextContents();
    expect(what).toEqual(expect.arrayContaining(["Contract gewijzigd", "Locatie gewijzigd", "Toegang van een gebruiker verwijderd"]));
    const main = (await admin.textContent("main"))!;
    expect(main).toContain("Rosa Rolwissel");
    expect(main).toContain("Reden van beëindiging");
    expect(main).not.toMatch(/"before"|\{"|region_|provider_role/);
    expect(await codeLikeText(admin)).toEqual([]);
    expect(await admin.locator("table tbody tr").count()).toBeLessThanOrEqual(50);
    const width = await admin.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(1280);
    await expectAccessible(admin);
    await screenshot(admin, "78-audit-readable");
    if ((await admin.locator("[data-testid=audit-older]").count()) > 0) {
      await clickTo(admin, "[data-testid=audit-older]", (u) => u.searchParams.has("na"));
      expect(await admin.locator("table tbody tr").count()).toBeGreaterThan(0);
    }
    await admin.selectOption("#soort", { label: "Contract" });
    await clickTo(admin, "button:has-text('Toon')", (u) => u.searchParams.get("soort") === "contract");
    const contractEntries = await admin.locator("[data-testid=audit-what]").allTextContents();
    expect(contractEntries.length).toBeGreaterThan(3);
    expect(contractEntries.every((w) => w === "Contract aangemaakt" || w === "Contract gewijzigd")).toBe(true);
  });

  it("sees that the shared registry is corrected by the platform admin", async () => {
    await admin.goto(url("/inrichting/aanbieders"));
    expect(await admin.textContent("main")).toContain("corrigeert de platformbeheerder");
  });
});

describe("platform admin: the registry", () => {
  it("corrects a provider's name and AGB code", async () => {
    const platform = await newPage();
    await login(platform, "platform@jeugdregie.demo");
    await platform.goto(url("/beheer/aanbieders?zoek=Veluwse"));
    const row = platform.locator("tr", { hasText: "Veluwse Bron" });
    await row.locator("summary").click();
    await row.locator("input[name=name]").fill("Veluwse Bron Jeugdhulp B.V.");
    await row.locator("input[name=agb]").fill("98010033");
    await submitIn(platform, row, "Correctie opslaan");
    expect(await platform.textContent("[role=status]")).toContain("Register gecorrigeerd: Veluwse Bron Jeugdhulp B.V., AGB 98010033");
    await expectAccessible(platform);
    await screenshot(platform, "79-registry-corrected");
  });
});

describe("provider", () => {
  let provider: Page;
  it("confirms the capacity of all locations in one action, without developer names on screen", async () => {
    provider = await newPage();
    await login(provider, "aanbieder@jeugdregie.demo");
    await clickTo(provider, "nav >> text=Capaciteit", "**/capaciteit");
    expect(await provider.textContent("main")).not.toContain("provider.");
    expect(await codeLikeText(provider)).toEqual([]);
    const rows = await provider.locator("tbody tr").count();
    expect(rows).toBeGreaterThan(3);
    expect(await provider.locator("button").filter({ hasText: "Bevestig" }).count()).toBe(1);
    await submitAndWait(provider, "Capaciteit van alle locaties bevestigen");
    expect(await provider.textContent("[role=status]")).toBe(`Capaciteit bevestigd voor ${rows} locaties.`);
    expect(await provider.locator(".utrecht-data-badge:has-text('verouderd')").count()).toBe(0);
    await expectAccessible(provider);
    await screenshot(provider, "80-provider-capacity-all");
  });

  it("sees the municipalities of each region", async () => {
    await clickTo(provider, "nav a[href='/regios']", "**/regios");
    const haaglanden = provider.locator("tr", { hasText: "Haaglanden" });
    expect(Number(await haaglanden.locator("[data-testid=region-municipality-count]").textContent())).toBeGreaterThan(5);
    expect(await haaglanden.textContent()).toContain("Delft");
    await expectAccessible(provider);
    await screenshot(provider, "81-provider-regions");
  });

  it("no longer reads 'reageren vóór' once an offer is answered", async () => {
    const [region] = await query<{ id: string }>("select id from regions where code = 'haaglanden'");
    // Sealed with the platform's own key: the coordinator's page opens the BSN.
    const crypto = createFieldCrypto(inject("e2eDataKey"));
    const [child] = await query<{ id: string }>(
      `insert into children (region_id, pseudonym, bsn_hash, bsn_encrypted, birth_date, gender, home_municipality_code)
       values ($1, 'J-ROLWSL1', $2, $3, '2012-03-01', '2', (select code from municipalities where region_id = $1 limit 1))
       returning id`,
      [region!.id, crypto.lookupHash("999900079"), crypto.encrypt("999900079")],
    );
    const [coordinatorUser] = await query<{ id: string }>("select id from users where email = 'coordinator.haaglanden@jeugdregie.demo'");
    const [request] = await query<{ id: string }>(
      `insert into placement_requests (region_id, child_id, referrer_user_id, referrer_kind, care_type, status, submitted_at)
       values ($1, $2, $3, '01', 'behandelgroep', 'matching', now()) returning id`,
      [region!.id, child!.id, coordinatorUser!.id],
    );
    const coordinator = await newPage();
    await login(coordinator, "coordinator.haaglanden@jeugdregie.demo");
    await coordinator.goto(url(`/plaatsingen/${request!.id}`));
    const kapstok = coordinator
      .locator("tr", { has: coordinator.locator("td:has-text('Stichting De Kapstok Jeugdzorg')") })
      .filter({ has: coordinator.locator("button:has-text('Voorleggen')") })
      .first();
    await submitAndWait(coordinator, kapstok.locator("button:has-text('Voorleggen')"));

    await provider.goto(url("/voorleggingen"));
    const offer = provider
      .locator("[data-testid=offer]", { has: provider.locator("[data-testid=offer-state]", { hasText: "Open" }) })
      .first();
    expect(await offer.textContent()).toContain("reageren vóór");
    const offers = await provider.locator("[data-testid=offer]").count();
    await offer.locator("select[name=reason]").selectOption("no_capacity");
    await submitIn(provider, offer, "Afwijzen");
    expect(await provider.textContent("[role=status]")).toContain("Afgewezen");
    expect(await provider.locator("[data-testid=offer]").count()).toBe(offers);
    for (const article of await provider.locator("[data-testid=offer]").all()) {
      const state = await article.locator("[data-testid=offer-state]").textContent();
      if (state !== "Open") expect(await article.textContent()).not.toContain("reageren vóór");
    }
    await screenshot(provider, "82-provider-offer-answered");
  });
});

describe("supra coordinator", () => {
  it("reads criteria, statuses and places in words, occupancy in its own column", async () => {
    const supra = await newPage();
    await login(supra, "bovenregionaal@jeugdregie.demo");
    await supra.goto(url("/bovenregionaal"));
    const headers = await supra.locator("table").last().locator("th").allTextContents();
    expect(headers).toEqual(["Locatie", "Regio", "Aanbieder", "Zorgvormen", "Plekken", "Bezetting", "Vrij"]);
    const places = await supra.locator("[data-testid=pool-places]").allTextContents();
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => /^\d+$/.test(p))).toBe(true);
    // Out-of-region offers (another journey may have made some): each status in words, or a sentence that there are none.
    const statuses = await supra.locator("[data-testid=oor-status]").allTextContents();
    if (statuses.length === 0) expect(await supra.textContent("[data-testid=oor-empty]")).toContain("geen plaatsingen");
    for (const status of statuses) expect(status).toMatch(/^(Geplaatst|Voorgelegd|Geaccepteerd|Afgewezen|Verlopen|Ingetrokken)/);
    expect(await codeLikeText(supra)).toEqual([]);
    expect(await supra.textContent("main")).not.toMatch(/\b(safety|specific_expertise|accepted|declined|pending)\b/);
    await expectAccessible(supra);
    await screenshot(supra, "83-supra-places-and-statuses");
  });
});
