import { createFieldCrypto } from "@jeugdregie/auth";
import { createDatabase, DEMO_HISTORY, seedDemoHistory } from "@jeugdregie/db";
import { computeDemoFigures } from "@jeugdregie/jobs";

/**
 * A demo that lives: a simulated recent history in every region (written once: a second start
 * finds requests and adds nothing), then the KPI snapshots and settlements the dashboards show.
 */
export async function seedDemoLife(urls: { ownerUrl: string; appUrl: string; dataKey: string }, log: (line: string) => void) {
  const owner = createDatabase(urls.ownerUrl, { max: 2 });
  const app = createDatabase(urls.appUrl, { max: 2 });
  try {
    const now = new Date();
    const started = Date.now();
    const written = await seedDemoHistory(owner, createFieldCrypto(urls.dataKey), { ...DEMO_HISTORY, now });
    if (!written) return;
    const seconds = (from: number) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
    log(
      `demo history: ${written.requests} requests, ${written.offers} offers, ${written.placements} placements, ` +
        `${written.negotiations} negotiations (${seconds(started)})`,
    );
    const figuresStarted = Date.now();
    const figures = await computeDemoFigures(app, owner, now);
    log(`demo figures: KPI snapshots ${figures.months[0]}..${figures.months.at(-1)}, ${figures.settlements} settlements (${seconds(figuresStarted)})`);
  } finally {
    await Promise.all([owner.destroy(), app.destroy()]);
  }
}
