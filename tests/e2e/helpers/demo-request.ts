import pg from "pg";
import { expect, inject } from "vitest";
import type { Browser } from "playwright-core";
import { login, newPage, settled, submitAndWait, url } from "./browser.ts";

/**
 * The demo holds no requests: a referrer files a crisis request and the crisis team offers it to
 * De Kapstok, which accepts it: the request, referrer, offer and dossier pages have something of the viewers' own to show.
 */
export async function fileCrisisRequestOfferedToKapstok(
  browser: Browser,
  bsn = "999900092",
): Promise<{ requestPath: string; referrerPath: string }> {
  await kapstokHasACrisisPlace();
  const referrer = await newPage(browser);
  await login(referrer, "verwijzer.haaglanden@jeugdregie.demo");
  await referrer.goto(url("/aanmeldingen/nieuw"));
  await referrer.fill("#bsn", bsn);
  await referrer.fill("#birthDate", "2009-03-03");
  await referrer.fill("#homeMunicipality", "'s-Gravenhage");
  await referrer.selectOption("#urgency", "crisis");
  await referrer.selectOption("#careType", "crisisplek");
  await Promise.all([referrer.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/), referrer.click("button:has-text('Aanmelding opslaan')")]);
  await settled(referrer);
  const referrerPath = new URL(referrer.url()).pathname;
  const requestPath = referrerPath.replace("/aanmeldingen/", "/plaatsingen/");
  await submitAndWait(referrer, "Aanmelding indienen");
  await referrer.context().close();
  const team = await newPage(browser);
  await login(team, "crisisteam.haaglanden@jeugdregie.demo");
  await team.goto(url(requestPath));
  await submitAndWait(team, "Start matching");
  const row = team.locator("tr", { hasText: "Kapstok" }).filter({ has: team.locator("button:has-text('Voorleggen')") });
  await submitAndWait(team, row.first().locator("button:has-text('Voorleggen')"));
  expect(await team.textContent("[data-testid=request-status]")).toBe("Voorgelegd aan aanbieder");
  await team.context().close();
  // the provider accepts: only then does its dossier page open
  const provider = await newPage(browser);
  await login(provider, "aanbieder@jeugdregie.demo");
  await provider.goto(url("/voorleggingen"));
  const offer = provider.locator("[data-testid=offer]", { hasText: "geboortejaar 2009" }).filter({ hasText: "Open" }).first();
  await submitAndWait(provider, offer.locator("button:has-text('Accepteren')"));
  await provider.context().close();
  return { requestPath, referrerPath };
}

/**
 * Arrange: De Kapstok's crisis location in Haaglanden has a free place. Journeys before this one on
 * the same platform (every-route, placement, roles) fill the demo's two to four crisis places, in
 * whatever order vitest runs the files.
 */
async function kapstokHasACrisisPlace() {
  const db = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await db.connect();
  try {
    const { rowCount } =
      await db.query(`update locations l set capacity = greatest(l.capacity, l.occupied + l.reserved + 1), capacity_confirmed_at = now()
      from providers p where p.id = l.provider_id and p.name like '%Kapstok%' and 'crisisplek' = any(l.care_types)
        and l.region_id = (select id from regions where code = 'haaglanden')`);
    expect(rowCount).toBeGreaterThan(0);
  } finally {
    await db.end();
  }
}
