import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import {
  DEMO_PASSWORD,
  expectAccessible,
  launchBrowser,
  login,
  newPage as openPage,
  screenshot,
  settled,
  submitAndWait,
  url,
} from "./helpers/browser.ts";

/*
 * Issue 10 in the browser, role by role: the referrer (a municipality picked by name, no care type
 * chosen for them, an eigen kenmerk, initials, history, deleting a draft, also without
 * JavaScript), the coordinator (the work list as start page, the request beside what was
 * entered, documents that open with safe headers, reasons said once, a summary of why not) and
 * the crisis team (the crisis deadline in hours from the region's setting).
 */
let browser: Browser;
let requestPath = "";
let documentPath = "";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

beforeAll(async () => {
  browser = await launchBrowser();
  // one free crisis place of Horizonland in Haaglanden for the crisis team's offer (it stays reserved by that offer)
  const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  await db.query(
    `insert into locations (region_id, provider_id, name, municipality_code, care_types, expertise_tags, age_min, age_max, capacity, capacity_confirmed_at)
     select r.id, p.id, 'Crisisopvang De Duinroos', 'GM0518', '{crisisplek}', '{}', 0, 18, 1, now()
     from regions r, providers p where r.code = 'haaglanden' and p.kvk = '41150002'`,
  );
  // a behandelgroep for toddlers: not fitting for the referrer's 13-year-old, so matching has a reason to summarise
  await db.query(
    `insert into locations (region_id, provider_id, name, municipality_code, care_types, expertise_tags, age_min, age_max, capacity, capacity_confirmed_at)
     select r.id, p.id, 'Behandelgroep De Peuterhoek', 'GM0518', '{behandelgroep}', '{}', 0, 5, 4, now()
     from regions r, providers p where r.code = 'haaglanden' and p.kvk = '41150002'`,
  );
  await db.end();
});
afterAll(() => browser?.close());

const newPage = () => openPage(browser);

/** No stored codes on screen: no snake_case words and no dotted keys (e-mail addresses and file names aside). */
async function expectNoCodes(page: Page) {
  const text = (await page.innerText("main")).replace(/\S+@\S+/g, "").replace(/\S+\.(?:pdf|png|jpe?g|docx?|odt)\b/gi, "");
  expect(text.match(/\b[a-z]+(?:_[a-z]+)+\b/g) ?? []).toEqual([]);
  expect(text.match(/\b[a-z]+\.[a-z][a-zA-Z]+\b/g) ?? []).toEqual([]);
}

async function uploadAll(page: Page) {
  for (const [kind, name] of [
    ["verklarende_analyse", "Verklarende analyse.pdf"],
    ["perspectiefplan", "Perspectiefplan.pdf"],
    ["veiligheidsplan", "Veiligheidsplan.pdf"],
  ] as const) {
    await page.selectOption("#kind", kind);
    await page.setInputFiles("#file", { name, mimeType: "application/pdf", buffer: PDF });
    await submitAndWait(page, "Document toevoegen");
    expect(await page.textContent("[role=status]")).toContain(`${name} toegevoegd`);
  }
  // an image as well, to see it shown in the browser: any real PNG will do, so one of this page
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 120 } });
  await page.selectOption("#kind", "dossier");
  await page.setInputFiles("#file", { name: "Overzicht hulpverlening.png", mimeType: "image/png", buffer: png });
  await submitAndWait(page, "Document toevoegen");
  expect(await page.textContent("[role=status]")).toContain("Overzicht hulpverlening.png toegevoegd");
}

describe("the referrer", () => {
  it("starts at their requests, picks the municipality by name and must choose the care type themselves", async () => {
    const page = await newPage();
    await login(page, "verwijzer.haaglanden@jeugdregie.demo");
    expect(new URL(page.url()).pathname).toBe("/aanmeldingen");
    await Promise.all([page.waitForURL("**/aanmeldingen/nieuw"), page.click("text=Nieuwe aanmelding")]);
    await settled(page);
    expect(await page.inputValue("#careType")).toBe("");
    expect(await page.locator("#gemeenten option").count()).toBeGreaterThan(300);

    // what the server says (in Dutch) when nothing is chosen: the browser's own checks taken away
    await page.fill("#bsn", "999900043");
    await page.fill("#birthDate", "2013-04-12");
    await page.evaluate(() => document.querySelectorAll("[required]").forEach((e) => e.removeAttribute("required")));
    await submitAndWait(page, "Aanmelding opslaan");
    const refusal = (await page.textContent("[role=alert]"))!;
    expect(refusal).toContain("Kies de gewenste zorgvorm");
    expect(refusal).toContain("woongemeente");
    expect(refusal).not.toMatch(/Invalid|expected/);
    expect(await page.inputValue("#bsn")).toBe("999900043");
    await expectAccessible(page);
    await screenshot(page, "60-referrer-new-refused");

    await page.fill("#name", "Sem de Vries");
    await page.fill("#homeMunicipality", "'s-Gravenhage");
    await page.fill("#referrerReference", "Dossier 2026-114");
    await page.selectOption("#careType", "behandelgroep");
    await page.fill("#expertise", "trauma, hechting");
    await page.check("input[name=keepSchool]");
    await page.fill("#schoolName", "De Regenboog");
    await page.check("input[name=siblingsTogether]");
    await page.fill("#constraints", "Niet in Den Haag Zuid");
    await page.fill("#analysisSummary", "Hechtingsproblematiek; behoefte aan een vaste behandelgroep dicht bij school.");
    await Promise.all([page.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/), page.click("button:has-text('Aanmelding opslaan')")]);
    await settled(page);
    requestPath = new URL(page.url()).pathname.replace("/aanmeldingen/", "/plaatsingen/");
    expect(await page.textContent("h1")).toContain("S.d.V.");
    expect(await page.textContent("[data-testid=referrer-facts]")).toContain("Dossier 2026-114");
    await uploadAll(page);
    await submitAndWait(page, "Aanmelding indienen");
    expect(await page.locator("[data-testid=history-status]").allTextContents()).toEqual(["Concept", "Aangemeld"]);
    await expectAccessible(page);
    await expectNoCodes(page);
    await screenshot(page, "61-referrer-request");
  });

  it("makes and deletes a draft without JavaScript: the name becomes the municipality's code on the server", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
    const page = await context.newPage();
    await page.goto(url("/inloggen"));
    await page.fill("#email", "verwijzer.haaglanden@jeugdregie.demo");
    await page.fill("#password", DEMO_PASSWORD);
    await Promise.all([page.waitForURL("**/aanmeldingen"), page.click("button[type=submit]")]);
    await page.goto(url("/aanmeldingen/nieuw"));
    await page.fill("#bsn", "999900055");
    await page.fill("#name", "Lotte Jansen");
    await page.fill("#birthDate", "2011-09-30");
    await page.fill("#homeMunicipality", "rijswijk (zh.)");
    await page.fill("#referrerReference", "Concept voor overleg");
    await page.selectOption("#careType", "gezinshuis");
    await Promise.all([page.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/), page.click("button:has-text('Aanmelding opslaan')")]);
    expect(await page.textContent("[data-testid=referrer-facts]")).toContain("Concept voor overleg");

    await page.click("summary:has-text('Concept verwijderen')");
    await screenshot(page, "62-referrer-delete-draft");
    await Promise.all([page.waitForURL("**/aanmeldingen?verwijderd"), page.click("button:has-text('Ja, verwijder dit concept')")]);
    expect(await page.textContent("[role=status]")).toContain("Het concept is verwijderd");
    expect(await page.textContent("main")).not.toContain("Concept voor overleg");
    await context.close();
  });

  it("recognises their requests in the list by their own reference and the child's initials", async () => {
    const page = await newPage();
    await login(page, "verwijzer.haaglanden@jeugdregie.demo");
    const row = page.locator("tr", { has: page.locator("text=Dossier 2026-114") });
    expect(await row.locator("[data-testid=request-child]").textContent()).toMatch(/^S\.d\.V\. · J-/);
    await expectAccessible(page);
    await expectNoCodes(page);
    await screenshot(page, "63-referrer-list");
  });
});

describe("the coordinator", () => {
  it("starts at the work list and finds the new request waiting for action", async () => {
    const page = await newPage();
    await login(page, "coordinator.haaglanden@jeugdregie.demo");
    expect(new URL(page.url()).pathname).toBe("/plaatsingen");
    expect(await page.locator(`[data-testid=needs-action] a[href='${requestPath}']`).count()).toBe(1);
    expect(Number(await page.textContent("[data-testid=needs-action-count]"))).toBeGreaterThan(0);
    await expectAccessible(page);
    await expectNoCodes(page);
    await screenshot(page, "64-coordinator-work-list");
  });

  it("sees everything the referrer entered beside the matches, reasons said once, and why the others do not fit", async () => {
    const page = await newPage();
    await login(page, "coordinator.haaglanden@jeugdregie.demo");
    await page.goto(url(requestPath));
    const need = (await page.textContent("[data-testid=request-facts-need]"))!;
    for (const entered of [
      "trauma, hechting",
      "behouden: De Regenboog",
      "samen plaatsen",
      "Niet in Den Haag Zuid",
      "Hechtingsproblematiek",
    ])
      expect(need).toContain(entered);
    expect(await page.textContent("[data-testid=request-facts-child]")).toContain("Dossier 2026-114");
    await submitAndWait(page, "Start matching");
    for (const reasons of await page.locator("[data-testid=proposal-reasons]").allTextContents()) {
      const parts = reasons.split(" · ");
      expect(new Set(parts).size, reasons).toBe(parts.length);
    }
    expect(await page.textContent("[data-testid=excluded-summary]")).toMatch(/^\d+ locaties? /);
    await expectAccessible(page);
    await expectNoCodes(page);
    await screenshot(page, "65-coordinator-request");
  });

  it("opens a document in the browser behind safe headers, and the opening shows in the dossier's log", async () => {
    const page = await newPage();
    await login(page, "coordinator.haaglanden@jeugdregie.demo");
    await page.goto(url(requestPath));
    documentPath = (await page.locator("a:has-text('Openen')").first().getAttribute("href"))!;
    expect(documentPath).toMatch(/^\/documenten\/[0-9a-f-]{36}$/);
    const opened = await page.request.get(url(documentPath));
    expect(opened.status()).toBe(200);
    expect(opened.headers()).toMatchObject({
      "content-type": "application/pdf",
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox",
    });
    expect(opened.headers()["content-disposition"]).toMatch(/^inline; filename="Verklarende_analyse\.pdf"/);
    expect(Buffer.from(await opened.body()).equals(PDF)).toBe(true);
    const downloaded = await page.request.get(url(`${documentPath}?downloaden`));
    expect(downloaded.headers()["content-disposition"]).toMatch(/^attachment;/);

    // the image opens in a new tab, shown by the browser itself
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
    const [preview] = await Promise.all([
      page.context().waitForEvent("page"),
      page.click("a[aria-label='Overzicht hulpverlening.png openen (nieuw tabblad)']"),
    ]);
    await preview.waitForLoadState();
    expect(await preview.evaluate(() => document.contentType)).toBe("image/png");
    expect(await preview.locator("img").count()).toBe(1);
    await screenshot(preview, "66-coordinator-document-preview");
    await preview.close();

    await page.reload();
    expect(await page.locator("[data-testid=access-log-event]", { hasText: "document ingezien" }).count()).toBeGreaterThan(1);
    await expectAccessible(page);
    await screenshot(page, "66-coordinator-documents");
  });

  it("is the only one of these: the referrer and the region admin get 'not found' for the same document", async () => {
    for (const email of ["verwijzer.haaglanden@jeugdregie.demo", "beheer.haaglanden@jeugdregie.demo"]) {
      const page = await newPage();
      await login(page, email);
      expect((await page.request.get(url(documentPath))).status()).toBe(404);
    }
  });
});

describe("the crisis team", () => {
  it("gets the region's crisis deadline in hours, set on the placement-point settings page", async () => {
    const admin = await newPage();
    await login(admin, "beheer.haaglanden@jeugdregie.demo");
    await admin.goto(url("/inrichting/centraal-punt"));
    expect(await admin.inputValue("#crisisOfferResponseHours")).toBe("4");
    await admin.fill("#crisisOfferResponseHours", "3");
    await submitAndWait(admin, "Instellingen opslaan");
    // Saving a wizard step moves on to the next one; the setting is read back on its own page.
    await admin.goto(url("/inrichting/centraal-punt"));
    expect(await admin.inputValue("#crisisOfferResponseHours")).toBe("3");
    await expectAccessible(admin);
    await screenshot(admin, "67-settings-crisis-deadline");

    const page = await newPage();
    await login(page, "crisisteam.haaglanden@jeugdregie.demo");
    expect(new URL(page.url()).pathname).toBe("/plaatsingen");
    expect(await page.textContent("h1")).toBe("Werklijst crisisteam");
    await expectAccessible(page);
    await screenshot(page, "68-crisis-team-work-list");
    await page.goto(url("/aanmeldingen/nieuw"));
    await page.fill("#bsn", "999900067");
    await page.fill("#birthDate", "2010-07-07");
    await page.fill("#homeMunicipality", "'s-Gravenhage");
    await page.selectOption("#urgency", "crisis");
    await page.selectOption("#careType", "crisisplek");
    await Promise.all([page.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/), page.click("button:has-text('Aanmelding opslaan')")]);
    await settled(page);
    const crisisPath = new URL(page.url()).pathname.replace("/aanmeldingen/", "/plaatsingen/");
    await submitAndWait(page, "Aanmelding indienen");
    await page.goto(url(crisisPath));
    await submitAndWait(page, "Start matching");
    const row = page.locator("tr", { has: page.locator("text=Crisisopvang De Duinroos") });
    await submitAndWait(page, row.locator("button:has-text('Voorleggen')"));
    expect(await page.textContent("[data-testid=request-status]")).toBe("Voorgelegd aan aanbieder");
    expect(await page.textContent("[data-testid=offer-response-hours]")).toBe("3");
    await expectAccessible(page);
    await expectNoCodes(page);
    await screenshot(page, "69-crisis-offer-deadline");
  });
});
