import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, login, screenshot, url, newPage as openPage, submitAndWait, settled } from "./helpers/browser.ts";

/*
 * The placement journey of issue 4 in the browser: referrer submits with documents -> coordinator
 * matches -> offer to provider A -> A declines with a reason -> offer to provider B -> B accepts
 * -> placement -> ended as a re-placement.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const newPage = () => openPage(browser);
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
let requestPath = "";

async function offerTo(page: Page, provider: string) {
  const row = page
    .locator("tr", { has: page.locator(`td:has-text("${provider}")`) })
    .filter({ has: page.locator("button:has-text('Voorleggen')") })
    .first();
  await submitAndWait(page, row.locator("button:has-text('Voorleggen')"));
}

describe("from intake to re-placement", () => {
  it("a referrer submits a request with its documents", async () => {
    const page = await newPage();
    await login(page, "verwijzer.haaglanden@jeugdregie.demo");
    await Promise.all([page.waitForURL("**/aanmeldingen"), page.click("nav >> text=Mijn aanmeldingen")]);
    await settled(page);
    await Promise.all([page.waitForURL("**/aanmeldingen/nieuw"), page.click("text=Nieuwe aanmelding")]);
    await settled(page);
    await page.fill("#bsn", "123456789");
    await page.fill("#birthDate", "2014-06-01");
    await page.fill("#homeMunicipality", "'s-Gravenhage");
    await page.selectOption("#careType", "behandelgroep");
    await submitAndWait(page, "Aanmelding opslaan");
    expect(await page.textContent("[role=alert]")).toContain("11-proef");
    await page.fill("#bsn", "999900006");
    await page.fill("#name", "Sem de Vries");
    await page.fill("#analysisSummary", "Hechtingsproblematiek; behoefte aan een vaste behandelgroep dicht bij school.");
    await Promise.all([page.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/), page.click("button:has-text('Aanmelding opslaan')")]);
    await settled(page);
    requestPath = new URL(page.url()).pathname.replace("/aanmeldingen/", "/plaatsingen/");
    for (const kind of ["verklarende_analyse", "perspectiefplan", "veiligheidsplan"]) {
      await page.selectOption("#kind", kind);
      await page.setInputFiles("#file", { name: `${kind}.pdf`, mimeType: "application/pdf", buffer: PDF });
      await submitAndWait(page, "Document toevoegen");
      expect(await page.textContent("[role=status]")).toContain(`${kind}.pdf toegevoegd`);
    }
    await page.setInputFiles("#file", { name: "virus.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ") });
    await submitAndWait(page, "Document toevoegen");
    expect(await page.textContent("[role=alert]")).toContain("bestandstype");
    await submitAndWait(page, "Aanmelding indienen");
    expect(await page.textContent("[data-testid=request-status]")).toBe("Aangemeld");
    await expectAccessible(page);
    await screenshot(page, "30-referrer-submitted");
  });

  it("the coordinator matches and offers the place to provider A", async () => {
    const page = await newPage();
    await login(page, "coordinator.haaglanden@jeugdregie.demo");
    await Promise.all([page.waitForURL("**/plaatsingen"), page.click("nav >> text=Centraal punt")]);
    await settled(page);
    await page.waitForSelector("h2:has-text('Wacht op actie')");
    await screenshot(page, "31-coordinator-queue");
    await page.goto(url(requestPath));
    await submitAndWait(page, "Start matching");
    expect(await page.textContent("[data-testid=request-status]")).toBe("Zoeken naar passende plek");
    expect(await page.locator("[data-testid=proposal-location]").count()).toBeGreaterThan(1);
    await screenshot(page, "32-proposals");
    await offerTo(page, "Horizonland Jeugd & Opvoedhulp");
    expect(await page.textContent("[data-testid=request-status]")).toBe("Voorgelegd aan aanbieder");
  });

  it("provider A sees an anonymised offer and declines it with a reason", async () => {
    const page = await newPage();
    await login(page, "aanbieder.horizonland@jeugdregie.demo");
    await Promise.all([page.waitForURL("**/voorleggingen"), page.click("nav >> text=Voorleggingen")]);
    await settled(page);
    await page.waitForSelector("[data-testid=offer]");
    const content = (await page.textContent("main"))!;
    expect(content).toContain("geboortejaar 2014");
    for (const secret of ["999900006", "Sem", "de Vries"]) expect(content).not.toContain(secret);
    const offer = page.locator("[data-testid=offer]").first();
    await offer.locator("select[name=reason]").selectOption("group_safety_risk");
    await offer.locator("input[name=text]").fill("Groep is nu te onrustig");
    await submitAndWait(page, offer.locator("button:has-text('Afwijzen')"));
    expect(await page.textContent("[role=status]")).toContain("Afgewezen");
    await screenshot(page, "33-provider-declined");
  });

  it("the coordinator sees the reason and offers to provider B, who accepts and opens the dossier", async () => {
    const coordinator = await newPage();
    await login(coordinator, "coordinator.haaglanden@jeugdregie.demo");
    await coordinator.goto(url(requestPath));
    expect(await coordinator.textContent("[data-testid=request-status]")).toBe("Zoeken naar passende plek");
    expect(await coordinator.textContent("main")).toContain("Veiligheidsrisico voor de groep: Groep is nu te onrustig");
    await offerTo(coordinator, "Stichting De Kapstok Jeugdzorg");

    const provider = await newPage();
    await login(provider, "aanbieder@jeugdregie.demo");
    await provider.goto(url("/voorleggingen"));
    const offer = provider.locator("[data-testid=offer]", { has: provider.locator("text=Open") }).first();
    await submitAndWait(provider, offer.locator("button:has-text('Accepteren')"));
    await Promise.all([provider.waitForURL(/\/voorleggingen\/[0-9a-f-]{36}$/), provider.click("text=Dossier openen")]);
    await settled(provider);
    expect(await provider.textContent("[data-testid=dossier-name]")).toBe("Sem de Vries");
    await screenshot(provider, "34-provider-dossier");

    await coordinator.reload();
    expect(await coordinator.textContent("[data-testid=request-status]")).toBe("Geaccepteerd door aanbieder");
    expect(await coordinator.textContent("main")).toContain("Anouk Aanbieder");
  });

  it("the coordinator places the child and later records a re-placement", async () => {
    const page = await newPage();
    await login(page, "coordinator.haaglanden@jeugdregie.demo");
    await page.goto(url(requestPath));
    await page.fill("#startsOn", "2026-12-01");
    await submitAndWait(page, "Plaatsing vastleggen");
    expect(await page.textContent("[data-testid=request-status]")).toBe("Geplaatst");

    const provider = await newPage();
    await login(provider, "aanbieder@jeugdregie.demo");
    await provider.goto(url("/voorleggingen"));
    const placed = provider.locator("[data-testid=offer]", { has: provider.locator("button:has-text('Signaal geven')") }).first();
    await placed.locator("input[name=note]").fill("Escalaties op de groep nemen toe");
    await submitAndWait(provider, placed.locator("button:has-text('Signaal geven')"));
    expect(await provider.textContent("[role=status]")).toContain("plaatsing onder druk");
    await page.goto(url("/plaatsingen"));
    expect(await page.textContent("[data-testid=at-risk-count]")).toBe("1");
    await screenshot(page, "36-board-at-risk");

    await page.goto(url(requestPath));
    await page.fill("#endedOn", "2027-03-01");
    await page.selectOption("#destination", "another_placement");
    await page.fill("#note", "Doorplaatsing naar driemilieus");
    await submitAndWait(page, "Beëindigen");
    expect(await page.textContent("[data-testid=request-status]")).toBe("Beëindigd");
    await screenshot(page, "35-ended-replacement");
    await page.goto(url("/plaatsingen"));
    expect(await page.textContent("[data-testid=replacement-count]")).toBe("1");
  });
});
