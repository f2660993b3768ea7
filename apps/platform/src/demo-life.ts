import { createFieldCrypto } from "@jeugdregie/auth";
import { createDatabase, seedDemoHistory } from "@jeugdregie/db";
import { computeDemoFigures } from "@jeugdregie/jobs";

/** The demo's history: seeded and deterministic, long enough that places are as full as in life before the last months. */
export const DEMO_HISTORY = { seed: 2026, days: 1095 } as const;

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
    const figures = await computeDemoFigures(app, owner, now);
    log(
      `demo history: ${written.requests} requests, ${written.offers} offers, ${written.placements} placements, ` +
        `${written.negotiations} negotiations; KPI snapshots ${figures.months[0]}..${figures.months.at(-1)}, ` +
        `${figures.settlements} settlements (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await Promise.all([owner.destroy(), app.destroy()]);
  }
}
