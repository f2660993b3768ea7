import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { CODE_LISTS } from "@jeugdregie/domain";
import { launchBrowser, login, newPage, url } from "./helpers/browser.ts";
import { fileCrisisRequestOfferedToKapstok } from "./helpers/demo-request.ts";
import { codeLikeWords, pageRoutes, patternRegex, readableText, type PageRoute } from "./helpers/route-walk.ts";

/*
 * Issue 10, "no raw codes anywhere": every page of the route config, opened as every role of the
 * demo (and signed out), must read as words. A snake_case or dotted identifier, a camelCase key,
 * a stored enum value or an ISO date on screen fails the walk. Pages a role may not open are
 * walked too: their refusal must read as words as well.
 */
const VIEWERS = [
  { role: "platform admin", email: "platform@jeugdregie.demo" },
  { role: "region admin", email: "beheer.haaglanden@jeugdregie.demo" },
  { role: "coordinator", email: "coordinator.haaglanden@jeugdregie.demo" },
  { role: "crisis team", email: "crisisteam.haaglanden@jeugdregie.demo" },
  { role: "referrer", email: "verwijzer.haaglanden@jeugdregie.demo" },
  { role: "provider user", email: "aanbieder@jeugdregie.demo" },
  { role: "provider admin", email: "aanbiederbeheer@jeugdregie.demo" },
  { role: "supra coordinator", email: "bovenregionaal@jeugdregie.demo" },
  { role: "ministry analyst", email: "ministerie@jeugdregie.demo" },
  { role: "signed out", email: null },
] as const;

/** Parameters no page links to: what a person arrives with from elsewhere. */
const FIXED_PARAMS: Record<string, { value: string; reason: string }> = {
  "/inloggen/link/:token": {
    value: "verlopen-link",
    reason: "a single-use secret from a mail; an unknown one shows the refusal a stale mail shows",
  },
  "/wachtwoord-vergeten/:token": { value: "verlopen-link", reason: "a single-use secret from a mail, as above" },
  "/uitnodiging/:token": { value: "verlopen-link", reason: "a single-use secret from an invitation mail, as above" },
};

/** Pages with parameters that the demo data may not link to at all, with the reason. */
const MAY_BE_UNREACHABLE: Record<string, string> = {
  "/inrichting/import/:id": "the demo holds no import job until someone imports a file (onboarding.e2e walks that page)",
};

/** Stored codes in English (statuses, reasons, roles): on screen they mean a label was skipped. Care types and audit entities are Dutch words. */
const ENGLISH_CODE_LISTS = Object.keys(CODE_LISTS).filter(
  (name) => !["careType", "documentType", "auditEntity", "auditAction"].includes(name),
);
const enumValues = new Set(
  ENGLISH_CODE_LISTS.flatMap((name) => CODE_LISTS[name as keyof typeof CODE_LISTS].values as readonly string[]).filter((v) =>
    /^[a-z_]+$/.test(v),
  ),
);

const { pages, resources } = pageRoutes();
const staticPages = pages.filter((p) => p.params.length === 0);
const paramPages = pages.filter((p) => p.params.length > 0);

let browser: Browser;
const sessions = new Map<string, Page>();
/** Links seen on each viewer's pages: where its own requests, offers and contracts are. */
const linksSeen = new Map<string, string[]>();
const findings: string[] = [];
let checked = 0;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  console.info(`every route as every role: ${checked} route×role pages checked (${pages.length} pages × ${VIEWERS.length} viewers)`);
  await browser?.close();
});

async function check(page: Page, viewer: string, path: string) {
  // a page that sends a signed-in viewer on (the sign-in pages) may do so after it loaded
  const response = await page.goto(url(path), { waitUntil: "load" }).catch(async (error: unknown) => {
    if (!/interrupted by another navigation/.test(String(error))) throw error;
    await page.waitForLoadState("load");
    return null;
  });
  const status = response?.status() ?? 200;
  checked++;
  if (status >= 500) findings.push(`${viewer} ${path}: status ${status}`);
  const words = codeLikeWords(await readableText(page), enumValues);
  if (words.length) findings.push(`${viewer} ${path} (${new URL(page.url()).pathname}): ${words.join(", ")}`);
  const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  linksSeen.get(viewer)!.push(...hrefs);
}

/** The first path a viewer's own pages link to for a pattern; else any viewer's (to see the refusal). */
function fill(route: PageRoute, viewer: string): string | undefined {
  const fixed = FIXED_PARAMS[route.pattern];
  if (fixed) return fixed.value && route.pattern.replace(/:\w+/, fixed.value);
  const match = patternRegex(route.pattern);
  const own = linksSeen.get(viewer)!.find((href) => match.test(href));
  return own ?? [...linksSeen.values()].flat().find((href) => match.test(href));
}

/** Runs `work` for every item, a few at a time (each viewer has its own browser context). */
async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>, width = 3) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

describe("every route as every role", () => {
  it("reads the pages from the route config", async () => {
    expect(staticPages.map((p) => p.pattern)).toContain("/plaatsingen");
    expect(paramPages.map((p) => p.pattern)).toContain("/plaatsingen/:id");
    // resource routes answer with data, a file or a redirect: no page to read
    expect(resources).toContain("/api/trpc/*");
    await fileCrisisRequestOfferedToKapstok(browser);
  });

  it("walks every page without parameters as every viewer", { timeout: 600_000 }, async () => {
    // signing in hashes a password: one at a time, so a busy machine does not time out
    for (const viewer of VIEWERS) {
      const page = await newPage(browser);
      sessions.set(viewer.role, page);
      linksSeen.set(viewer.role, []);
      if (viewer.email) await login(page, viewer.email);
    }
    await inParallel(VIEWERS, async (viewer) => {
      const page = sessions.get(viewer.role)!;
      // "/uitloggen" only answers a form post (a visit redirects), so the walk stays signed in
      for (const route of staticPages) await check(page, viewer.role, route.pattern);
    });
  });

  it("fills every page with parameters from the viewers' own links", { timeout: 600_000 }, async () => {
    const missing = new Set<string>();
    await inParallel(VIEWERS, async (viewer) => {
      for (const route of paramPages) {
        const path = fill(route, viewer.role);
        if (path) await check(sessions.get(viewer.role)!, viewer.role, path);
        else if (!(route.pattern in MAY_BE_UNREACHABLE)) missing.add(route.pattern);
      }
    });
    expect([...missing], "pages with parameters that no demo page links to").toEqual([]);
  });

  it("found no code-like text", () => {
    expect(checked).toBeGreaterThan(staticPages.length * VIEWERS.length);
    expect(findings.sort()).toEqual([]);
  });
});
