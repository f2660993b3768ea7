import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { seedDemoHistory } from "@jeugdregie/db";
import { handleOpenApiRequest } from "@jeugdregie/api";
import { processOpenRelease } from "@jeugdregie/jobs";
import { testCrypto } from "./helpers/api.ts";
import { csvDownload } from "../../apps/web/app/lib/csv-download.server.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";

/*
 * The open API over two frozen weekly releases of the demo with a simulated year: every live
 * answer validated against the checked-in OpenAPI document (ajv, JSON Schema 2020-12 as OpenAPI
 * 3.1 uses it), the same bytes for the same release, 4xx for what does not exist, and no key that
 * could hold a child's identity.
 */
const DOCUMENT = JSON.parse(readFileSync(new URL("../../docs/openapi/open-v1.json", import.meta.url), "utf8")) as {
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>;
};
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
ajv.addSchema(DOCUMENT, "open-v1");

let db: TestDatabase;
const WEEK_1 = "2026-11-16";
const WEEK_2 = "2026-11-23";
const NOW = new Date("2026-11-26T10:00:00Z");

const call = (path: string, init: RequestInit = {}) =>
  handleOpenApiRequest({ db: db.app }, new Request(`http://localhost/api/open/v1${path}`, init), csvDownload);

/** The live answer checked against the operation's response schema in the document. */
async function validated(template: string, path: string, status = 200): Promise<{ body: unknown; text: string }> {
  const response = await call(path);
  const text = await response.text();
  expect(response.status, `${path}: ${text.slice(0, 300)}`).toBe(status);
  const escaped = template.replace(/~/g, "~0").replace(/\//g, "~1");
  const validate = ajv.getSchema(`open-v1#/paths/${escaped}/get/responses/${status}/content/application~1json/schema`);
  expect(validate, `${template} ${status} is described`).toBeDefined();
  const body = JSON.parse(text) as unknown;
  expect(validate!(body) ? [] : validate!.errors, `${path} matches the OpenAPI document`).toEqual([]);
  return { body, text };
}

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  await seedDemoHistory(db.owner, testCrypto, { seed: 2026, now: NOW, days: 365 });
  await processOpenRelease(db.app, { asOf: WEEK_1 }, NOW);
  await processOpenRelease(db.app, { asOf: WEEK_2 }, NOW);
});
afterAll(async () => db?.drop());

describe("the open API, live against its OpenAPI document", () => {
  it("serves every operation as the document describes it", async () => {
    const list = await validated("/releases", "/releases");
    expect(list.body).toEqual({
      releases: [
        { asOf: WEEK_2, definitionsVersion: 1 },
        { asOf: WEEK_1, definitionsVersion: 1 },
      ],
    });
    await validated("/releases", `/releases?from=${WEEK_2}&to=${WEEK_2}`);
    const release = (await validated("/releases/{release}", "/releases/latest")).body as {
      release: { asOf: string; provenance: { previousRelease: string | null } };
    };
    // The job protected week 2 against week 1 (docs/disclosure-control.md, "Consecutive releases").
    expect(release.release).toMatchObject({ asOf: WEEK_2, provenance: { previousRelease: WEEK_1 } });
    const figures = (await validated("/releases/{release}/figures", `/releases/${WEEK_2}/figures`)).body as { figures: unknown[] };
    expect(figures.figures.length).toBeGreaterThan(100);
    const national = (
      await validated("/releases/{release}/figures", `/releases/${WEEK_1}/figures?areaType=national&metric=places&careType=jeugdzorgplus`)
    ).body as { figures: { value: number }[]; definitions: { metric: string; definition: string }[] };
    expect(national.figures).toHaveLength(1);
    expect(national.definitions.map((d) => d.metric)).toEqual(["places"]);
    await validated("/releases/{release}/figures", `/releases/${WEEK_2}/figures?areaType=region&area=haaglanden`);
    const flows = (await validated("/releases/{release}/flows", `/releases/${WEEK_2}/flows?fromRegion=haaglanden`)).body as {
      flows: unknown[];
    };
    expect(flows.flows.length).toBe(10);
    const series = (await validated("/series", "/series?metric=waiting_list&areaType=national")).body as { series: { asOf: string }[] };
    expect(series.series.map((s) => s.asOf)).toEqual([WEEK_1, WEEK_2]);
    await validated("/definitions", "/definitions");
  });

  it("answers the same release with the same bytes, also as CSV", async () => {
    const paths = [
      `/releases/${WEEK_1}/figures`,
      `/releases/${WEEK_1}/flows`,
      `/releases/${WEEK_1}/figures?format=csv`,
      "/series?metric=placed&areaType=supra",
    ];
    for (const path of paths) {
      const [a, b] = await Promise.all([call(path), call(path)]);
      const [ta, tb] = [await a.text(), await b.text()];
      expect(ta).toBe(tb);
      expect(a.headers.get("etag")).toBe(b.headers.get("etag"));
    }
    const csv = await call(`/releases/${WEEK_2}/figures?areaType=national`, { headers: { accept: "text/csv" } });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    // csvDownload's byte-order mark first, so that spreadsheets read the accents right.
    const lines = (await csv.text())
      .replace(/^\ufeff/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe(
      "peildatum;definitieversie;gebiedstype;gebied;gebiedsnaam;maat;omschrijving;eenheid;zorgvorm;status;waarde;teken",
    );
    expect(lines[1]).toMatch(new RegExp(`^${WEEK_2};1;national;nl;Nederland;`));
  });

  it("refuses what does not exist with a 4xx and a Dutch and English message", async () => {
    const cases: [string, string, number, RegExp][] = [
      ["/releases/{release}", "/releases/2020-01-06", 404, /geen publicatie met peildatum 2020-01-06/],
      ["/releases/{release}", "/releases/gisteren", 400, /geen datum/],
      ["/releases/{release}/figures", `/releases/${WEEK_2}/figures?metric=wachttijd`, 400, /Onbekende maat "wachttijd"/],
      ["/releases/{release}/figures", `/releases/${WEEK_2}/figures?areaType=provincie`, 400, /Onbekend gebiedstype/],
      ["/releases/{release}/figures", `/releases/${WEEK_2}/figures?area=atlantis`, 404, /Gebied "atlantis"/],
      ["/releases/{release}/figures", `/releases/${WEEK_2}/figures?bsn=123`, 400, /Onbekende parameter: bsn/],
      ["/releases/{release}/flows", `/releases/${WEEK_2}/flows?toRegion=atlantis`, 404, /Regio "atlantis"/],
      ["/releases", `/releases?from=${WEEK_2}&to=${WEEK_1}`, 400, /eindigt \(2026-11-16\) vóór ze begint/],
      ["/series", `/series?metric=placed&areaType=region&from=2026-12-01&to=2026-11-01`, 400, /vóór ze begint/],
      ["/series", "/series?metric=placed", 400, /gebiedstype/],
      ["/releases", "/releases?format=xml", 400, /kies json of csv/],
    ];
    for (const [template, path, status, message] of cases) {
      const { body } = await validated(template, path, status);
      const error = (body as { error: { message: string; messageEn: string } }).error;
      expect(error.message).toMatch(message);
      expect(error.messageEn.length).toBeGreaterThan(10);
    }
    expect((await call("/nergens")).status).toBe(404);
    expect((await call("/releases", { method: "POST" })).status).toBe(405);
  });

  it("has no key in its document or its answers that could hold a child's identity", async () => {
    const identity = /bsn|birth|geboort|pseudonym|initial|child|kind_?id|naam|surname|first_?name|last_?name|dossier/i;
    const keys = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object")
        for (const [key, v] of Object.entries(value)) {
          keys.add(key);
          walk(v);
        }
    };
    const schemas = (DOCUMENT as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    walk(schemas);
    for (const path of [
      `/releases/${WEEK_2}/figures`,
      `/releases/${WEEK_2}/flows`,
      "/releases/latest",
      "/series?metric=placed&areaType=region",
    ])
      walk(await (await call(path)).json());
    expect([...keys].filter((key) => identity.test(key))).toEqual([]);
    // "name" is an area's public name, and only there: every object of the document is closed.
    const closedObjects = JSON.stringify(schemas).match(/"type":"object"/g)!.length;
    expect(JSON.stringify(schemas).match(/"additionalProperties":false/g)!.length).toBe(closedObjects);
  });
});
