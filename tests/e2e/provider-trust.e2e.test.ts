import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, login, screenshot, url, newPage as openPage, submitAndWait, clickTo } from "./helpers/browser.ts";

/*
 * Issue 8, hole 1, in the browser. The breach: a brand-new region contracts an existing provider,
 * invites a "provider user" for it and reads that provider's offers and dossiers in every region.
 * Tried here by a fresh region admin and refused; then the legitimate path: the provider's own
 * admin confirms the proposal and invites its own colleague, and the platform admin invites the
 * first admin of a provider that has none.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const newPage = () => openPage(browser);
let regionAdmin: Page;
let providerAdmin: Page;

async function query<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  try {
    return (await db.query(text, values)).rows as T[];
  } finally {
    await db.end();
  }
}

async function acceptInvitation(page: Page, invitationUrl: string, name: string) {
  await page.goto(invitationUrl);
  await page.fill("#displayName", name);
  await page.fill("#password", "een-lang-geheim-wachtwoord");
  await page.fill("#passwordAgain", "een-lang-geheim-wachtwoord");
  await clickTo(page, "button:has-text('Account aanmaken')", (u) => !u.pathname.startsWith("/uitnodiging"));
}

describe("a fresh region tries the breach path", () => {
  it("is created by the platform admin and proposes a contract with an existing provider", async () => {
    const platform = await newPage();
    await login(platform, "platform@jeugdregie.demo");
    await platform.goto(url("/beheer/regios"));
    await platform.fill("#name", "Regio Proef");
    await platform.fill("#code", "regio-proef");
    await platform.fill("#adminEmail", "beheer@proef.example");
    await submitAndWait(platform, "Regio aanmaken en uitnodigen");
    const invitationUrl = (await platform.textContent("[data-testid=invitation-url]"))!;

    regionAdmin = await newPage();
    await acceptInvitation(regionAdmin, invitationUrl, "Rik Proef");
    await regionAdmin.goto(url("/inrichting/segmenten"));
    await regionAdmin.fill("#name", "Verblijf");
    await submitAndWait(regionAdmin, "Segment toevoegen");
    await regionAdmin.goto(url("/inrichting/aanbieders?zoek=Kapstok"));
    await clickTo(regionAdmin, "text=Contract vastleggen", "**/inrichting/contracten?aanbieder=*");
    await regionAdmin.fill("#startsOn", "2026-01-01");
    await regionAdmin.fill("#endsOn", "2027-12-31");
    await regionAdmin.fill("#productCode0", "43A01");
    await regionAdmin.fill("#tariff0", "872,39");
    await submitAndWait(regionAdmin, "Contract vastleggen");
    expect(await regionAdmin.textContent("[role=status]")).toContain("voorstel");
    await regionAdmin.waitForSelector("[data-testid=contract-status]");
    expect(await regionAdmin.locator("[data-testid=contract-status]").allTextContents()).toEqual(["Voorstel, wacht op de aanbieder"]);
    await screenshot(regionAdmin, "60-region-contract-proposed");
  });

  it("cannot make a login for the provider: no provider role on offer, and a forged form is refused", async () => {
    await regionAdmin.goto(url("/inrichting/gebruikers"));
    const roles = await regionAdmin.locator("#role option").allTextContents();
    expect(roles).toContain("Coördinator plaatsingen");
    expect(roles).not.toContain("Medewerker aanbieder");
    expect(roles).not.toContain("Beheerder aanbieder");
    expect(await regionAdmin.locator("#providerId").count()).toBe(0);

    // What an attacker would do: rewrite the form in the browser to ask for a provider login anyway.
    const [kapstok] = await query<{ id: string }>("select id from providers where kvk = '41150001'");
    await regionAdmin.fill("#email", "spion@proef.example");
    await regionAdmin.evaluate((providerId) => {
      const option = document.querySelector<HTMLOptionElement>("#role option:checked")!;
      option.value = "provider_user";
      const extra = Object.assign(document.createElement("input"), { type: "hidden", name: "providerId", value: providerId });
      document.querySelector("#role")!.closest("form")!.append(extra);
    }, kapstok!.id);
    await submitAndWait(regionAdmin, "Uitnodigen");
    expect(await regionAdmin.textContent("[role=alert]")).toContain("medewerkers van aanbieders nodigt de aanbieder zelf uit");
    expect(await query("select id from invitations where email = 'spion@proef.example'")).toEqual([]);
    await screenshot(regionAdmin, "61-region-cannot-invite-provider");

    expect(await regionAdmin.locator("nav >> text=Voorleggingen").count()).toBe(0);
    for (const path of ["/voorleggingen", "/aanbieder", "/aanbieder/gebruikers", "/beheer/aanbieders"]) {
      const response = await regionAdmin.goto(url(path));
      expect(response?.status(), path).toBe(403);
    }
  });
});

describe("the legitimate path", () => {
  it("the provider's own admin sees the proposal and confirms it (a decline needs a reason)", async () => {
    providerAdmin = await newPage();
    await login(providerAdmin, "aanbiederbeheer@jeugdregie.demo");
    await clickTo(providerAdmin, "nav >> text=Mijn regio's", "**/aanbieder");
    expect(await providerAdmin.locator("[data-testid=provider-region]", { hasText: "Regio Proef" }).count()).toBe(0);
    const proposal = providerAdmin.locator("[data-testid=contract-proposal]", {
      has: providerAdmin.locator("h3", { hasText: "Regio Proef" }),
    });
    expect(await proposal.textContent()).toContain("43A01");
    await expectAccessible(providerAdmin);
    await screenshot(providerAdmin, "62-provider-admin-proposal");

    await Promise.all([
      providerAdmin.waitForResponse((r) => r.request().method() === "POST"),
      proposal.locator("button:has-text('Afwijzen')").click(),
    ]);
    await providerAdmin.waitForSelector('main[data-navigation="idle"]');
    expect(await providerAdmin.textContent("[role=alert]")).toContain("Geef een reden");
    await Promise.all([
      providerAdmin.waitForResponse((r) => r.request().method() === "POST"),
      proposal.locator("button:has-text('Contract bevestigen')").click(),
    ]);
    await providerAdmin.waitForSelector('main[data-navigation="idle"]');
    expect(await providerAdmin.textContent("[role=status]")).toContain("Contract bevestigd");
    expect(await providerAdmin.locator("[data-testid=provider-region]", { hasText: "Regio Proef" }).count()).toBe(1);

    await regionAdmin.goto(url("/inrichting/contracten"));
    expect(await regionAdmin.locator("[data-testid=contract-status]").allTextContents()).toEqual(["Bevestigd door de aanbieder"]);
    await screenshot(regionAdmin, "63-region-contract-confirmed");
  });

  it("the provider's admin invites its own colleague, who sees the confirmed region", async () => {
    await clickTo(providerAdmin, "nav >> text=Onze gebruikers", "**/aanbieder/gebruikers");
    await providerAdmin.waitForSelector("#role");
    expect(await providerAdmin.locator("#role option").allTextContents()).toEqual(["Medewerker aanbieder", "Beheerder aanbieder"]);
    expect(await providerAdmin.textContent("table")).toContain("aanbieder@jeugdregie.demo");
    await providerAdmin.fill("#email", "planning@kapstok-proef.example");
    await providerAdmin.selectOption("#role", "provider_user");
    await submitAndWait(providerAdmin, "Uitnodigen");
    const invitationUrl = (await providerAdmin.textContent("[data-testid=invitation-url]"))!;
    await expectAccessible(providerAdmin);
    await screenshot(providerAdmin, "64-provider-admin-invites-colleague");

    const colleague = await newPage();
    await acceptInvitation(colleague, invitationUrl, "Pleun Planning");
    expect(await colleague.textContent("[data-testid=whoami]")).toContain("Medewerker aanbieder");
    expect(await colleague.locator("nav >> text=Onze gebruikers").count()).toBe(0);
    await clickTo(colleague, "nav >> text=Mijn regio's", "**/aanbieder");
    expect(await colleague.locator("[data-testid=provider-region]").allTextContents()).toContain("Regio Proef");
    expect(await colleague.locator("[data-testid=contract-proposal]").count()).toBe(0);
    await screenshot(colleague, "65-provider-colleague-regions");
  });

  it("the platform admin invites the first admin of a provider that has none", async () => {
    const platform = await newPage();
    await login(platform, "platform@jeugdregie.demo");
    await clickTo(platform, "nav >> text=Beheerders aanbieders", "**/beheer/aanbieders");
    await platform.fill("#zoek", "41150003");
    await clickTo(platform, "button:has-text('Zoeken')", (u) => u.searchParams.get("zoek") === "41150003");
    expect(await platform.locator("[data-testid=provider-admin-count]").allTextContents()).toEqual(["0"]);
    await platform.fill("tbody input[type=email]", "directie@aanbieder3.example");
    await submitAndWait(platform, "Uitnodigen");
    const invitationUrl = (await platform.textContent("[data-testid=invitation-url]"))!;
    await expectAccessible(platform);
    await screenshot(platform, "66-platform-invites-provider-admin");

    const admin = await newPage();
    await acceptInvitation(admin, invitationUrl, "Dirk Directie");
    expect(await admin.textContent("[data-testid=whoami]")).toContain("Beheerder aanbieder");
    expect(await admin.locator("nav >> text=Onze gebruikers").count()).toBe(1);
  });
});
