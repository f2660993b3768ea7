import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { url } from "./helpers/browser.ts";

/*
 * The open API through the running web server (the route in apps/web/app/routes.ts): public,
 * without a session, its OpenAPI document served as checked in, CSV through csvDownload, and a
 * clear 404 for a release that does not exist.
 */
it("serves the open API to anyone, JSON and CSV, with 4xx for what does not exist", async () => {
  const document = await fetch(url("/api/open/v1/openapi.json"));
  expect(document.status).toBe(200);
  expect(await document.json()).toEqual(JSON.parse(readFileSync(new URL("../../docs/openapi/open-v1.json", import.meta.url), "utf8")));

  const releases = await fetch(url("/api/open/v1/releases"));
  expect(releases.status).toBe(200);
  expect(releases.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(Object.keys((await releases.json()) as object)).toEqual(["releases"]);

  const csv = await fetch(url("/api/open/v1/releases"), { headers: { accept: "text/csv" } });
  expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect((await csv.text()).replace(/^\ufeff/, "").split("\n")[0]).toBe("peildatum;definitieversie");

  const missing = await fetch(url("/api/open/v1/releases/2020-01-06/figures"));
  expect(missing.status).toBe(404);
  expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/geen publicatie met peildatum 2020-01-06/);
  expect((await fetch(url("/api/open/v1/releases"), { method: "POST" })).status).toBe(405);
});
