import { INTENSITY_BANDS, type IntensityBand } from "../care-types.ts";
import { AppError } from "../errors.ts";
import { G7_INTENSITY_TARIFFS, type IntensityTariff } from "../onboarding/intensity.ts";

/*
 * The intensity model (seeds/001 §4.3.2, "Inspanningsgerichte bekostiging met volumegarantie voor
 * jeugdzorgplus in de G7"): a residential place is paid a tariff per etmaal that follows from the
 * hours of pedagogical staffing per client per etmaal, in half-hour bands K (4.5 h, EUR 582.27) to
 * Z (12.5 h, EUR 1,203.95). The table itself is G7_INTENSITY_TARIFFS (onboarding/intensity.ts, the
 * seed's figure 4 copied in cents); a region may save its own. The strict lookups here refuse what
 * the table does not hold instead of guessing a band.
 */

export const isIntensityBand = (band: string): band is IntensityBand => (INTENSITY_BANDS as readonly string[]).includes(band);

/** The tariff per etmaal of a band, in cents; a band outside K..Z or missing from the table is refused. */
export function tariffOfBand(band: string, table: readonly IntensityTariff[] = G7_INTENSITY_TARIFFS): number {
  if (!isIntensityBand(band))
    throw new AppError(
      "BAD_INPUT",
      {
        nl: `Intensiteit "${band}" bestaat niet: kies een letter van K tot en met Z.`,
        en: `Intensity band "${band}" does not exist: choose K to Z.`,
      },
      { band },
    );
  const row = table.find((t) => t.band === band);
  if (!row)
    throw new AppError(
      "BAD_INPUT",
      { nl: `De tarieftabel heeft geen tarief voor intensiteit ${band}.`, en: `The tariff table has no tariff for band ${band}.` },
      { band },
    );
  return row.tariffCents;
}

/**
 * The band for a staffing figure: hours of pedagogical staffing per client per etmaal. Each band
 * holds its lower bound and not its upper one ("6,0 tot 6,5" is N, 6.5 is O), so the table covers
 * 4.5 up to (not including) 12.5 hours; anything outside it is refused, not put in K or Z.
 */
export function bandForStaffingHours(hours: number, table: readonly IntensityTariff[] = G7_INTENSITY_TARIFFS): IntensityBand {
  const row = Number.isFinite(hours) ? table.find((t) => hours >= t.minHours && hours < t.maxHours) : undefined;
  if (!row) {
    const low = Math.min(...table.map((t) => t.minHours));
    const high = Math.max(...table.map((t) => t.maxHours));
    const shown = Number.isFinite(hours) ? String(hours).replace(".", ",") : "?";
    throw new AppError(
      "BAD_INPUT",
      {
        nl: `${shown} uur begeleiding per jeugdige per etmaal valt buiten de tarieftabel (van ${String(low).replace(".", ",")} tot ${String(high).replace(".", ",")} uur).`,
        en: `${shown} staffing hours per client per etmaal is outside the tariff table (${low} to ${high} hours).`,
      },
      { hours },
    );
  }
  return row.band;
}
