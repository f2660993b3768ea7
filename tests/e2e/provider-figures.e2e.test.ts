import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { previousMonth } from "@jeugdregie/domain";
import { join } from "node:path";
import {
  expectAccessible,
  launchBrowser,
  login,
  newPage,
  screenshot,
  screenshotDir,
  settled,
  submitAndWait,
  url,
} from "./helpers/browser.ts";

/*
 * Issue 13, part 6 in the browser: Haaglanden's region admin asks the demo provider, on their
 * contract's page, to report occupancy and declines; the provider opens "Onze cijfers", sees its
 * own figures per region (charts with tables), exactly the KPIs asked with its own value, and
 * downloads both CSVs.
 */
const ADMIN = "beheer.haaglanden@jeugdregie.demo";
const PROVIDER = "aanbieder@jeugdregie.demo";
let browser: Browser;
let contractId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  try {
    const { rows } = await db.query<{ contract_id: string; region_id: string; provider_id: string }>(
      `select c.id as contract_id, c.region_id, c.provider_id from contracts c
       join regions r on r.id = c.region_id
       join memberships m on m.provider_id = c.provider_id join users u on u.id = m.user_id
       where u.email = $1 and r.name = 'Haaglanden' order by c.starts_on limit 1`,
      [PROVIDER],
    );
    const contract = rows[0]!;
    contractId = contract.contract_id;
    // Last month's occupancy of this provider in Haaglanden, as the monthly job stores it; in place of what
    // the job computed for it if an earlier journey on this platform (the dashboards) ran it.
    const snapshot = [contract.region_id, `${previousMonth(new Date())}-01`, contract.provider_id];
    await db.query(
      `delete from kpi_snapshots where region_id = $1 and month = $2 and kpi = 'occupancy' and provider_id = $3
         and care_type is null and location_id is null and municipality_code is null and breakdown is null`,
      snapshot,
    );
    await db.query(
      `insert into kpi_snapshots (region_id, month, kpi, provider_id, value, numerator, denominator, definitions_version)
       values ($1, $2, 'occupancy', $3, 0.8125, 13, 16, 1)`,
      snapshot,
    );
  } finally {
    await db.end();
  }
});
afterAll(() => browser?.close());

describe("provider figures", () => {
  it("lets a region admin choose the KPIs the provider of a contract reports", async () => {
    const page = await newPage(browser);
    await login(page, ADMIN);
    await page.goto(url(`/inrichting/contracten/${contractId}`));
    await settled(page);
    const form = page.locator("[data-testid=contract-kpis]");
    await form.locator("label:has-text('Bezettingsgraad') input").check();
    await form.locator("label:has-text('Afwijzingen door aanbieders') input").check();
    await submitAndWait(page, "Kengetallen opslaan");
    expect(await page.textContent("main")).toContain("De aanbieder levert voortaan 2 kengetallen aan");
    expect(await form.locator("input:checked").count()).toBe(2);
    await screenshot(page, "70-contract-kpis");
  });

  it("shows the provider its own figures and exactly the KPIs asked, and downloads them as CSV", async () => {
    const page = await newPage(browser);
    await login(page, PROVIDER);
    await page.goto(url("/"));
    await settled(page);
    await page.click("nav >> text=Onze cijfers");
    await page.waitForURL(/\/aanbieder\/cijfers/);
    await settled(page);
    const main = (await page.textContent("main"))!;
    expect(main).toContain("Onze cijfers");
    expect(main).toContain("Haaglanden");
    for (const id of ["figure-occupancy", "figure-offers", "figure-declines", "figure-money"])
      expect(await page.locator(`[data-testid=${id}] table`).count(), id).toBe(1);
    const requested = (await page.textContent("[data-testid=requested-kpis]"))!;
    expect(requested).toMatch(/Haaglanden vraagt: Bezettingsgraad, Afwijzingen door aanbieders/);
    expect(requested).toContain("81,3%");
    await expectAccessible(page);
    await screenshot(page, "71-provider-figures");
    await page.locator("[data-testid=figure-occupancy]").screenshot({ path: join(screenshotDir, "72-provider-occupancy.png") });
    await page.locator("[data-testid=requested-kpis]").screenshot({ path: join(screenshotDir, "73-provider-requested-kpis.png") });

    const figures = await page.request.get(url((await page.getAttribute("[data-testid=download-figures]", "href"))!));
    expect(figures.headers()["content-type"]).toContain("text/csv");
    const figuresCsv = await figures.text();
    expect(figuresCsv).toContain("regio;maand;bezettingsgraad_procent");
    expect(figuresCsv).toContain("Haaglanden;");
    const kpis = await page.request.get(url((await page.getAttribute("[data-testid=download-kpis]", "href"))!));
    expect(await kpis.text()).toContain("Haaglanden;occupancy;Bezettingsgraad;");
  });

  it("refuses a month that has not begun with a clear page", async () => {
    const page = await newPage(browser);
    await login(page, PROVIDER);
    const response = await page.goto(url("/aanbieder/cijfers?tot=2099-01"));
    expect(response?.status()).toBe(400);
    expect(await page.textContent("main")).toContain("nog niet begonnen");
  });
});
