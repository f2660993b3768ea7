import { readFileSync } from "node:fs";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { clickTo, expectAccessible, launchBrowser, login, newPage, screenshotDir, settled, url } from "./helpers/browser.ts";

/*
 * Issue 14, parts 2 and 5 in the browser: the ministry analyst lands on the national overview,
 * whose every figure is the open API's (the same release, the same marks), sorts and filters the
 * region table, reads the flow matrix and downloads the CSV, which is byte for byte the API's.
 * A supra coordinator sees the same page over their own area only; a region admin sees their
 * region beside its landsdeel and the country.
 */
interface Figure {
  areaType: string;
  area: string;
  metric: string;
  careType: string | null;
  status: string;
  value: number | null;
  mark: string | null;
}
interface Area {
  areaType: string;
  code: string;
  name: string;
  supraArea: string | null;
}
interface Flow {
  fromRegion: string;
  toRegion: string;
  status: string;
  value: number | null;
  mark: string | null;
}

const shots = process.env.JR_SHOTS_DIR ?? screenshotDir;
async function shot(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(url(`/api/open/v1${path}`));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** What a figure must read on the page, written here from the API's answer (not with the page's own code). */
function shown(f: Pick<Figure, "status" | "value" | "mark"> | undefined, share = false): string {
  if (!f) return "–";
  if (f.status === "no-data") return "geen gegevens";
  if (f.value === null) return f.mark!;
  return share ? `${(f.value * 100).toFixed(1).replace(".", ",")}%` : f.value.toLocaleString("nl-NL");
}

const regionTableCells = (page: Page, metric: string): Promise<[string, string][]> =>
  page.$$eval(
    `[data-testid=region-table] tbody tr`,
    (rows, m) => rows.map((r) => [r.getAttribute("data-area")!, r.querySelector(`[data-metric=${m}]`)!.textContent!] as [string, string]),
    metric,
  );

let browser: Browser;
let latest: { release: { asOf: string }; areas: Area[]; figures: Figure[] };
const find = (areaType: string, area: string, metric: string, careType: string | null = null) =>
  latest.figures.find((f) => f.areaType === areaType && f.area === area && f.metric === metric && f.careType === careType);

/**
 * The browser tests' demo has no child placed outside their region, so every flow of its releases
 * is 0. To see the matrix show real flows, the test adds a release one week after the latest: the
 * same document with one flow of 15 and, the other way round, one of "<10" (as the release job
 * would publish them). It is removed afterwards; the releases the platform made stay as they were.
 * The demo's landsdeel has no phase-out plan either, so the added release carries one as the job
 * would publish it (this year's plan 120 places, and the actual minus the plan).
 */
let added: string | null = null;
async function withOwner<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}
async function addReleaseWithFlows() {
  const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  try {
    const { rows } = await db.query<{
      as_of: string;
      definitions_version: number;
      document: { asOf: string; flows: Flow[]; figures: Figure[] };
    }>("select as_of::text, definitions_version, document from open_releases order by as_of desc limit 1");
    const { as_of, definitions_version, document } = rows[0]!;
    const next = new Date(Date.parse(`${as_of}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const [a, b] = [...new Set(document.flows.map((f) => f.fromRegion))];
    document.asOf = next;
    document.flows = document.flows.map((f) =>
      f.fromRegion === a && f.toRegion === b
        ? { ...f, status: "published", value: 15, mark: null }
        : f.fromRegion === b && f.toRegion === a
          ? { ...f, status: "suppressed", value: null, mark: "<10" }
          : f,
    );
    const closedNow = (f: Figure) =>
      document.figures.find(
        (x) => x.areaType === f.areaType && x.area === f.area && x.metric === "places" && x.careType === "jeugdzorgplus",
      );
    const landsdeel = (f: Figure) => f.areaType !== "region" && closedNow(f)?.status === "published" && closedNow(f)!.value! > 0;
    document.figures = document.figures.map((f) =>
      f.metric === "closed_places_planned" && landsdeel(f)
        ? { ...f, status: "published", value: 120, mark: null }
        : f.metric === "closed_places_over_plan" && landsdeel(f)
          ? { ...f, status: "published", value: closedNow(f)!.value! - 120, mark: null }
          : f,
    );
    await db.query("insert into open_releases (as_of, definitions_version, document) values ($1, $2, $3)", [
      next,
      definitions_version,
      document,
    ]);
    added = next;
  } finally {
    await db.end();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  await addReleaseWithFlows();
  latest = await api("/releases/latest/figures");
  expect(latest.release.asOf).toBe(added);
});
afterAll(async () => {
  await browser?.close();
  await withOwner(async (db) => {
    if (added) await db.query("delete from open_releases where as_of = $1", [added]);
    await db.query(
      "delete from kpi_snapshots where kpi = 'waiting_list' and value = 3 and region_id = (select id from regions where code = 'haaglanden')",
    );
  });
});

describe("the national overview", () => {
  it("is the ministry analyst's start page, with every figure as the open API publishes it", async () => {
    const page = await newPage(browser);
    await login(page, "ministerie@jeugdregie.demo");
    expect(new URL(page.url()).pathname).toBe("/landelijk");
    await shot(page, "ministry-overview");
    expect(await page.textContent("h1")).toBe("Landelijk overzicht");
    const [y, m, d] = latest.release.asOf.split("-").map(Number);
    const asOf = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", day: "numeric", month: "short", year: "numeric" }).format(
      new Date(Date.UTC(y!, m! - 1, d!, 12)),
    );
    expect(await page.textContent("[data-testid=release-as-of]")).toBe(asOf);

    // National capacity per care type: JeugdzorgPlus and driemilieus as published.
    for (const careType of ["jeugdzorgplus", "driemilieus"])
      for (const metric of ["places", "occupied", "free", "occupancy"])
        expect(await page.textContent(`[data-testid=capacity-${careType}-${metric}]`)).toBe(
          shown(find("national", "nl", metric, careType), metric === "occupancy"),
        );
    // The trend table under the charts has a row per release (the demo starts with eight weeks).
    const releases = await api<{ releases: unknown[] }>("/releases");
    expect(await page.locator("[data-testid=trend-table] tbody tr").count()).toBe(releases.releases.length);
    expect(releases.releases.length).toBeGreaterThanOrEqual(2);
    expect(await page.locator("svg[role=img]").count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator("[data-testid=definitions]").first().textContent()).toContain("Peildatum");

    // Every region of the release is a row; its places of JeugdzorgPlus read as the API has them.
    const regions = latest.areas.filter((a) => a.areaType === "region");
    const cells = await regionTableCells(page, "places");
    expect(cells.map(([code]) => code).sort()).toEqual(regions.map((r) => r.code).sort());
    for (const [code, text] of cells) expect(text, code).toBe(shown(find("region", code, "places", "jeugdzorgplus")));
    expect(cells.some(([, text]) => text === "geen gegevens") || regions.length === cells.length).toBe(true);
    await expectAccessible(page);
  });

  it("sets closed places against the phase-out path to 0 in 2030 per landsdeel, in a chart with the table under it", async () => {
    const page = await newPage(browser);
    await login(page, "ministerie@jeugdregie.demo");
    const section = page.locator("section[aria-labelledby=afbouw]");
    expect(await section.locator("h2").textContent()).toBe("Afbouw gesloten plaatsen naar 0 in 2030");
    expect(await section.locator("svg[role=img] title").textContent()).toContain("afbouwplan");
    expect(await section.locator("figcaption").textContent()).toContain("Doel: 0 gesloten plaatsen in 2030");
    const areas = latest.areas.filter((a) => a.areaType !== "region");
    expect(areas.length).toBeGreaterThanOrEqual(2);
    expect(latest.figures.some((f) => f.metric === "closed_places_planned" && f.status === "published")).toBe(true);
    for (const a of areas) {
      expect(await page.textContent(`[data-testid=phase-out-${a.code}-actual]`), a.code).toBe(
        shown(find(a.areaType, a.code, "places", "jeugdzorgplus")),
      );
      for (const [name, metric] of [
        ["planned", "closed_places_planned"],
        ["over", "closed_places_over_plan"],
      ] as const)
        expect(await page.textContent(`[data-testid=phase-out-${a.code}-${name}]`), `${a.code} ${metric}`).toBe(
          shown(find(a.areaType, a.code, metric)),
        );
    }
    // Hybrid places and 24-hour support: as published, "niet geregistreerd" where no location records them, never a made-up 0.
    for (const a of latest.areas)
      for (const metric of ["hybrid_places", "round_the_clock_places"]) {
        const published = find(a.areaType, a.code, metric);
        expect(await page.textContent(`[data-testid=recorded-${a.code}-${metric}]`), `${a.code} ${metric}`).toBe(shown(published));
        if (published?.status === "not-recorded") expect(shown(published)).toBe("niet geregistreerd");
      }
    await section.locator("details").first().click();
    expect(await section.locator("[data-testid=definitions]").textContent()).toContain("2030");
    await section.screenshot({ path: join(shots, "ministry-phase-out.png") });
    await shot(page, "ministry-overview-phase-out");
  });

  it("sorts and filters the region table, and shows the flow matrix as published", async () => {
    const page = await newPage(browser);
    await login(page, "ministerie@jeugdregie.demo");
    await clickTo(
      page,
      "[data-testid=region-table] thead a:has-text('Wachtlijst')",
      (u) => u.searchParams.get("sorteer") === "waiting_list",
    );
    const ascending = await regionTableCells(page, "waiting_list");
    const published = ascending.map(([code]) => find("region", code, "waiting_list")).filter((f) => f?.status === "published");
    expect(published.map((f) => f!.value)).toEqual(published.map((f) => f!.value).sort((a, b) => a! - b!));
    // published values first, then hidden ones, then regions without data
    const rank = (code: string) =>
      ({ published: 0, suppressed: 1, "no-data": 2 })[find("region", code, "waiting_list")!.status as "published"]!;
    expect(ascending.map(([code]) => rank(code))).toEqual(ascending.map(([code]) => rank(code)).sort());

    // filter: one landsdeel, another care type
    const supra = latest.areas.find((a) => a.areaType === "supra" && latest.areas.some((r) => r.supraArea === a.code))!;
    await page.selectOption("#landsdeel", supra.code);
    await page.selectOption("#zorgvorm", "driemilieus");
    await clickTo(page, "button:has-text('Toon')", (u) => u.searchParams.get("landsdeel") === supra.code);
    const filtered = await regionTableCells(page, "occupied");
    expect(filtered.map(([code]) => code).sort()).toEqual(
      latest.areas
        .filter((a) => a.areaType === "region" && a.supraArea === supra.code)
        .map((a) => a.code)
        .sort(),
    );
    for (const [code, text] of filtered) expect(text).toBe(shown(find("region", code, "occupied", "driemilieus")));

    // The flow matrix: every cell reads as the API's flow from the row's region to the column's.
    await page.goto(url("/landelijk#stromen"));
    await settled(page);
    const { flows } = await api<{ flows: Flow[] }>(`/releases/${latest.release.asOf}/flows`);
    const matrix = await page.$$eval("[data-testid=flow-matrix] td[data-from]", (tds) =>
      tds.map((td) => [td.getAttribute("data-from")!, td.getAttribute("data-to")!, td.textContent!]),
    );
    expect(matrix.length).toBeGreaterThan(0);
    for (const [from, to, text] of matrix)
      if (from !== to) expect(text, `${from} -> ${to}`).toBe(shown(flows.find((f) => f.fromRegion === from && f.toRegion === to)));
    // every flow the API has other than 0 is in the matrix
    const nonZero = flows.filter((f) => !(f.status === "published" && f.value === 0));
    expect(nonZero.map((f) => f.mark ?? f.value).sort()).toEqual([15, "<10"]);
    for (const f of nonZero) expect(matrix.some(([from, to]) => from === f.fromRegion && to === f.toRegion)).toBe(true);
    await page.locator("#stromen").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, "ministry-flow-matrix.png") });
  });

  it("downloads the CSV of the release: the same bytes the open API serves", async () => {
    const page = await newPage(browser);
    await login(page, "ministerie@jeugdregie.demo");
    const href = (await page.getAttribute("[data-testid=csv-figures]", "href"))!;
    expect(href).toBe(`/api/open/v1/releases/${latest.release.asOf}/figures?format=csv`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=csv-figures]")]);
    const downloaded = readFileSync((await download.path())!);
    const fromApi = Buffer.from(await (await fetch(url(href))).arrayBuffer());
    expect(downloaded.equals(fromApi)).toBe(true);
    expect(
      downloaded
        .toString("utf8")
        .replace(/^\ufeff/, "")
        .split("\n")[0],
    ).toMatch(/^peildatum;/);
    expect(download.suggestedFilename()).toBe(`cijfers-${latest.release.asOf}.csv`);
  });
});

describe("the same figures for a supra coordinator and a region", () => {
  it("shows a supra coordinator only the regions of their own area, read-only", async () => {
    const page = await newPage(browser);
    await login(page, "bovenregionaal@jeugdregie.demo");
    await clickTo(page, "nav a:has-text('Landelijk beeld')", (u) => u.pathname === "/landelijk");
    // Landsdeel Oost: Twente and the G7 Gelderland regions, which make up the release's landsdeel-oost.
    const members = latest.areas.filter((a) => a.areaType === "region" && a.supraArea === "landsdeel-oost").map((a) => a.code);
    expect(members.length).toBeGreaterThan(1);
    const rows = await regionTableCells(page, "places");
    expect(rows.map(([code]) => code).sort()).toEqual(members.sort());
    expect(
      await page.locator("[data-testid=supra-table] tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-area"))),
    ).toEqual(["landsdeel-oost"]);
    const matrixRows = await page.$$eval("[data-testid=flow-matrix] td[data-from]", (tds) => [
      ...new Set(tds.map((td) => td.getAttribute("data-from"))),
    ]);
    expect(matrixRows.length).toBeGreaterThan(0);
    for (const from of matrixRows) expect(members).toContain(from);
    expect(await page.locator("#landsdeel").count()).toBe(0);
    expect(await page.locator("main form[method=post]").count()).toBe(0);
    await shot(page, "supra-overview");
  });

  it("shows a region admin their region beside its landsdeel and the country, from the same release", async () => {
    const page = await newPage(browser);
    await login(page, "beheer.haaglanden@jeugdregie.demo");
    await clickTo(page, "nav a:has-text('Landelijk beeld')", (u) => u.pathname === "/landelijk");
    expect(await page.textContent("[data-testid=own-figures] tr[data-kpi=waiting_list] td")).toBe("nog geen maandcijfer");
    await withOwner((db) =>
      db.query(
        `insert into kpi_snapshots (region_id, month, kpi, value, numerator, definitions_version)
         select id, date_trunc('month', now() at time zone 'Europe/Amsterdam')::date, 'waiting_list', 3, 3, 1 from regions where code = 'haaglanden'`,
      ),
    );
    await page.reload();
    await settled(page);
    const haaglanden = latest.areas.find((a) => a.code === "haaglanden")!;
    const compared = await page.$$eval("[data-testid=comparison-table] tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-area")));
    expect(compared).toEqual(["haaglanden", haaglanden.supraArea, "nl"]);
    for (const [area, areaType] of [
      ["haaglanden", "region"],
      ["nl", "national"],
    ] as const)
      for (const metric of ["places", "occupied", "waiting_list", "out_of_region"]) {
        const text = await page.textContent(`[data-testid=comparison-table] tr[data-area=${area}] [data-metric=${metric}]`);
        expect(text, `${area} ${metric}`).toBe(
          shown(find(areaType, area, metric, ["places", "occupied"].includes(metric) ? "jeugdzorgplus" : null)),
        );
      }
    // where its children went: its row of the flow matrix, or that none went elsewhere
    expect(await page.locator("[data-testid=flow-matrix], [data-testid=no-outgoing-flows]").count()).toBe(1);
    // the other regions as published, their own marked
    expect(await page.textContent("[data-testid=region-table] tr.jr-row-highlight th")).toContain("(uw regio)");
    expect(await page.locator("[data-testid=region-table] tbody tr").count()).toBe(
      latest.areas.filter((a) => a.areaType === "region").length,
    );
    // its own unrounded monthly figure (a KPI snapshot of 3 children waiting), apart from the published ones
    expect(await page.textContent("[data-testid=own-figures] tr[data-kpi=waiting_list] td")).toBe("3");
    expect(await page.textContent("[data-testid=own-figures] h2")).toContain("niet afgerond");
    expect(await page.locator("[data-testid=own-figures] tbody tr").count()).toBe(6);
    await shot(page, "region-admin-overview");
  });

  it("refuses the roles it is not for with words, and the referrer's menu has no link to it", async () => {
    const page = await newPage(browser);
    await login(page, "verwijzer.haaglanden@jeugdregie.demo");
    expect(await page.locator("nav a:has-text('Landelijk')").count()).toBe(0);
    const response = await page.goto(url("/landelijk"));
    expect(response?.status()).toBe(403);
    expect(await page.textContent("main")).toContain("open API");
  });
});
