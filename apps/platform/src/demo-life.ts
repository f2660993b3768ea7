import { createFieldCrypto, hashPassword } from "@jeugdregie/auth";
import { createDatabase, DEMO_HISTORY, DEMO_PASSWORD, isDemoCountry, seedDemoCountry, seedDemoHistory } from "@jeugdregie/db";
import { computeDemoFigures } from "@jeugdregie/jobs";

/**
 * A demo that lives, on top of the hand-written demo: the other regions of the country, a
 * simulated history in every region, then the KPI snapshots and settlements the dashboards show.
 * Each step is written once: a second start finds the regions and the requests and adds nothing.
 */
export async function seedDemoLife(urls: { ownerUrl: string; appUrl: string; dataKey: string }, log: (line: string) => void) {
  const owner = createDatabase(urls.ownerUrl, { max: 2 });
  const app = createDatabase(urls.appUrl, { max: 2 });
  try {
    const now = new Date();
    const seconds = (from: number) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
    const countryStarted = Date.now();
    const country = await seedDemoCountry(owner, await hashPassword(DEMO_PASSWORD), now);
    if (country)
      log(
        `demo country: ${country.regions} more regions, ${country.providers} providers, ${country.locations} locations (${seconds(countryStarted)})`,
      );
    // A platform that is not the demo (its own regions, SEED_DEMO left on) never gets a simulated history.
    if (!(await isDemoCountry(owner))) return;
    const started = Date.now();
    const written = await seedDemoHistory(owner, createFieldCrypto(urls.dataKey), { ...DEMO_HISTORY, now });
    if (!written) return;
    log(
      `demo history: ${written.requests} requests, ${written.offers} offers, ${written.placements} placements, ` +
        `${written.negotiations} negotiations (${seconds(started)})`,
    );
    const figuresStarted = Date.now();
    const figures = await computeDemoFigures(app, owner, now);
    log(
      `demo figures: KPI snapshots ${figures.months[0]}..${figures.months.at(-1)}, ${figures.settlements} settlements (${seconds(figuresStarted)})`,
    );
  } finally {
    await Promise.all([owner.destroy(), app.destroy()]);
  }
}
