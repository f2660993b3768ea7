import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { parseCsv, quarterOf } from "@jeugdregie/domain";
import { clickTo, expectAccessible, launchBrowser, login, newPage, screenshot, settled, url } from "./helpers/browser.ts";
import { pdfText } from "./helpers/pdf-text.ts";

/*
 * Issue 13 parts 3 and 4 in the browser: a region admin of the demo opens the quarterly report
 * "Samen Sturen" of the running quarter, downloads it as a PDF made by the server and every table as
 * CSV; another region's report, a malformed and a future quarter are refused with a message; a
 * coordinator reads need against supply.
 */
const ADMIN = "beheer.haaglanden@jeugdregie.demo";
const COORDINATOR = "coordinator.haaglanden@jeugdregie.demo";
const QUARTER = quarterOf(new Date());

let browser: Browser;
let admin: Page;
const regions: Record<string, string> = {};

beforeAll(async () => {
  browser = await launchBrowser();
  const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  try {
    const { rows } = await db.query<{ code: string; id: string }>("select code, id from regions where code in ('haaglanden', 'twente')");
    for (const r of rows) regions[r.code] = r.id;
  } finally {
    await db.end();
  }
  admin = await newPage(browser);
  await login(admin, ADMIN);
});
afterAll(() => browser?.close());

const base = (region = "haaglanden", quarter = QUARTER) => `/rapportage/${regions[region]}/${quarter}`;

describe("the quarterly report Samen Sturen", () => {
  it("opens as a printable page of the region admin's region and quarter", async () => {
    await admin.goto(url("/rapportage"));
    await settled(admin);
    await clickTo(admin, `a[href="${base()}"]`, url(base()));
    const main = (await admin.textContent("main"))!;
    expect(main).toContain("Samen Sturen");
    expect(main).toContain(`Kwartaalrapportage K${QUARTER.slice(6)} ${QUARTER.slice(0, 4)} · Haaglanden`);
    for (const heading of ["Kengetallen per maand", "Behoefte tegenover aanbod", "Prognose plekken volgend jaar", "Garantieafrekeningen"])
      expect(await admin.locator("h2", { hasText: heading }).count(), heading).toBe(1);
    expect(await admin.locator("text=Bezettingsgraad").count()).toBeGreaterThan(0);
    await expectAccessible(admin);
    await screenshot(admin, "70-quarterly-report");
    // On paper: no menu, no download links.
    await admin.emulateMedia({ media: "print" });
    expect(await admin.locator("nav.jr-nav").isVisible()).toBe(false);
    expect(await admin.locator("a:has-text('PDF downloaden')").isVisible()).toBe(false);
    await screenshot(admin, "71-quarterly-report-print");
    await admin.emulateMedia({ media: "screen" });
  });

  it("is a PDF made by the server with the report's text", async () => {
    const response = await admin.request.get(url(`${base()}/downloaden`));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const bytes = new Uint8Array(await response.body());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(1);
    const all = text.join(" ");
    for (const words of [
      "Samen Sturen",
      "Haaglanden",
      "Kengetallen per maand",
      "Bezettingsgraad",
      "Behoefte tegenover aanbod",
      "Prognose plekken volgend jaar",
    ])
      expect(all).toContain(words);
    expect(text.at(-1)).toContain(`pagina ${pages} van ${pages}`);
  });

  it("gives every table as CSV", async () => {
    const csv = async (table: string) => {
      const response = await admin.request.get(url(`${base()}/tabellen/${table}`));
      expect(response.status(), table).toBe(200);
      expect(response.headers()["content-type"]).toContain("text/csv");
      return parseCsv(await response.text(), ";").map((r) => r.fields);
    };
    const kpis = await csv("kengetallen");
    expect(kpis[0]!.slice(0, 2)).toEqual(["kengetal", "eenheid"]);
    expect(kpis[0]).toHaveLength(5);
    expect(kpis.map((r) => r[0])).toContain("Bezettingsgraad");
    expect((await csv("behoefte"))[0]!.slice(0, 4)).toEqual(["zorgvorm", "expertise", "nodig", "geplaatst"]);
    expect((await csv("prognose"))[0]!.slice(0, 2)).toEqual(["zorgvorm", "gemiddelde vraag per dag"]);
    expect((await csv("afrekeningen"))[0]!.slice(0, 2)).toEqual(["aanbieder", "periode van"]);
  });

  it("refuses another region's report, a malformed and a future quarter with a message, never a 500", async () => {
    const foreign = await admin.request.get(url(`${base("twente")}/downloaden`));
    expect(foreign.status()).toBe(403);
    expect(await foreign.text()).toContain("andere regio");
    const malformed = await admin.request.get(url(`${base("haaglanden", "2026-Q4")}/downloaden`));
    expect(malformed.status()).toBe(400);
    expect(await malformed.text()).toContain("geen kwartaal");
    expect((await admin.request.get(url(`${base()}/tabellen/alles`))).status()).toBe(400);
    const future = await admin.goto(url(base("haaglanden", "2099-K1")));
    expect(future!.status()).toBe(400);
    expect(await admin.textContent("main")).toContain("nog niet begonnen");
    const other = await admin.goto(url(base("twente")));
    expect(other!.status()).toBe(403);
  });
});

describe("need against supply", () => {
  it("shows a coordinator the need of the region per care type with the projection of places", async () => {
    const coordinator = await newPage(browser);
    await login(coordinator, COORDINATOR);
    await coordinator.goto(url("/behoefte"));
    await settled(coordinator);
    const main = (await coordinator.textContent("main"))!;
    expect(main).toContain("Behoefte en aanbod");
    expect(main).toContain("Prognose plekken volgend jaar");
    await expectAccessible(coordinator);
    await screenshot(coordinator, "72-need-and-supply");
    // Money is for region admins: the coordinator's report says so.
    await coordinator.goto(url(base()));
    await settled(coordinator);
    expect(await coordinator.textContent("main")).toContain("Alleen zichtbaar voor regiobeheerders.");
  });
});
