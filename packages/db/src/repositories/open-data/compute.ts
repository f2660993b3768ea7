import { sql } from "kysely";
import {
  AppError,
  buildOpenRelease,
  OPEN_DEFINITIONS_VERSION,
  type ReleaseMeasure,
  type ReleasePhaseOutPlan,
  type ReleaseRegion,
  type ReleaseTruth,
} from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";

export interface OpenReleaseStored {
  asOf: string;
  /** False when the week was stored before: a release is frozen, a re-run changes nothing. */
  created: boolean;
  figures: number;
}

async function readRegions(tx: Tx): Promise<ReleaseRegion[]> {
  const { rows } = await sql<{
    region_code: string;
    region_name: string;
    supra_code: string | null;
    supra_name: string | null;
    has_data: boolean;
  }>`
    select * from app.open_release_areas() order by region_code`.execute(tx);
  return rows.map((r) => ({
    code: r.region_code,
    name: r.region_name,
    supraCode: r.supra_code,
    supraName: r.supra_name,
    hasData: r.has_data,
  }));
}

async function readMeasures(tx: Tx, asOf: string): Promise<ReleaseMeasure[]> {
  const { rows } = await sql<{
    measure: string;
    region_code: string;
    other_region_code: string | null;
    care_type: string | null;
    value: string;
    samples: number[] | null;
  }>`select * from app.open_release_measures(${asOf}::date) order by measure, region_code, other_region_code, care_type`.execute(tx);
  return rows.map((r) => ({
    measure: r.measure,
    regionCode: r.region_code,
    otherRegionCode: r.other_region_code,
    careType: r.care_type,
    value: Number(r.value),
    samples: r.samples,
  }));
}

/** The figures only some locations record, per region where one does; read beside the measures, as the same system actor. */
async function readRecorded(tx: Tx, asOf: string): Promise<ReleaseMeasure[]> {
  const { rows } = await sql<{ measure: string; region_code: string; value: string | null }>`
    select * from app.open_release_recorded(${asOf}::date) order by measure, region_code`.execute(tx);
  return rows.map((r) => ({
    measure: r.measure,
    regionCode: r.region_code,
    otherRegionCode: null,
    careType: null,
    value: Number(r.value ?? 0),
    samples: null,
  }));
}

/** The supra layer's phase-out plans for the release's year (Dutch calendar year of the as-of Monday). */
async function readPhaseOutPlans(tx: Tx, asOf: string): Promise<ReleasePhaseOutPlan[]> {
  const { rows } = await sql<{ supra_code: string; places: string }>`
    select * from app.open_release_phase_out(${Number(asOf.slice(0, 4))}::int) order by supra_code`.execute(tx);
  return rows.map((r) => ({ supraCode: r.supra_code, places: Number(r.places) }));
}

async function readPreviousTruth(tx: Tx, asOf: string): Promise<{ asOf: string; truth: ReleaseTruth } | undefined> {
  const { rows } = await sql<{ as_of: string; cells: ReleaseTruth["cells"]; published: ReleaseTruth["published"] }>`
    select * from app.previous_open_release_truth(${asOf}::date)`.execute(tx);
  const row = rows[0];
  return row && { asOf: row.as_of, truth: { cells: row.cells, published: row.published } };
}

/**
 * Freezes the release of one week, as the platform's system actor: one transaction-scoped lock per
 * week (two runs wait for each other), nothing computed when the week is already stored, else the
 * counts of every region read in one statement, put through disclosure control against the
 * previous release, and stored with what the next release needs.
 */
export async function computeOpenRelease(tx: Tx, asOf: string): Promise<OpenReleaseStored> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`open-release:${asOf}`}, 0))`.execute(tx);
  const stored = await tx.selectFrom("open_releases").select("as_of").where("as_of", "=", asOf).executeTakeFirst();
  if (stored) return { asOf, created: false, figures: 0 };
  const later = await tx.selectFrom("open_releases").select("as_of").where("as_of", ">", asOf).executeTakeFirst();
  // Each release is protected against the one before it: a week slipped in behind a later one would not be.
  if (later)
    throw new AppError("BAD_INPUT", {
      nl: `Er is al een publicatie van ${later.as_of}; een eerdere week kan niet meer worden toegevoegd.`,
      en: `There is already a release of ${later.as_of}; an earlier week can no longer be added.`,
    });
  const { document, truth } = buildOpenRelease({
    asOf,
    regions: await readRegions(tx),
    measures: [...(await readMeasures(tx, asOf)), ...(await readRecorded(tx, asOf))],
    phaseOutPlans: await readPhaseOutPlans(tx, asOf),
    previous: await readPreviousTruth(tx, asOf),
  });
  const { rows } = await sql<{ created: boolean }>`
    select app.store_open_release(${asOf}::date, ${OPEN_DEFINITIONS_VERSION}, ${JSON.stringify(document)}::jsonb,
      ${JSON.stringify(truth.cells)}::jsonb, ${JSON.stringify(truth.published)}::jsonb) as created`.execute(tx);
  return { asOf, created: rows[0]!.created, figures: document.figures.length };
}
