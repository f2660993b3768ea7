import type { IntensityBand } from "../care-types.ts";

export interface IntensityTariff {
  band: IntensityBand;
  minHours: number;
  maxHours: number;
  tariffCents: number;
}

/**
 * The G7 example of intensity bands (seeds/001 §4.3.2, figure 4): pedagogical hours per client
 * per etmaal and the daily tariff. A region starts from it and adjusts.
 */
export const G7_INTENSITY_TARIFFS: IntensityTariff[] = [
  { band: "K", minHours: 4.5, maxHours: 5.0, tariffCents: 58_227 },
  { band: "L", minHours: 5.0, maxHours: 5.5, tariffCents: 62_372 },
  { band: "M", minHours: 5.5, maxHours: 6.0, tariffCents: 66_516 },
  { band: "N", minHours: 6.0, maxHours: 6.5, tariffCents: 70_661 },
  { band: "O", minHours: 6.5, maxHours: 7.0, tariffCents: 74_805 },
  { band: "P", minHours: 7.0, maxHours: 7.5, tariffCents: 78_950 },
  { band: "Q", minHours: 7.5, maxHours: 8.0, tariffCents: 83_094 },
  { band: "R", minHours: 8.0, maxHours: 8.5, tariffCents: 87_239 },
  { band: "S", minHours: 8.5, maxHours: 9.0, tariffCents: 91_383 },
  { band: "T", minHours: 9.0, maxHours: 9.5, tariffCents: 95_528 },
  { band: "U", minHours: 9.5, maxHours: 10.0, tariffCents: 99_672 },
  { band: "V", minHours: 10.0, maxHours: 10.5, tariffCents: 103_817 },
  { band: "W", minHours: 10.5, maxHours: 11.0, tariffCents: 107_731 },
  { band: "X", minHours: 11.0, maxHours: 11.5, tariffCents: 112_106 },
  { band: "Y", minHours: 11.5, maxHours: 12.0, tariffCents: 116_251 },
  { band: "Z", minHours: 12.0, maxHours: 12.5, tariffCents: 120_395 },
];

/** The band a location falls in, from its pedagogical hours per client per etmaal. */
export function bandForHours(hours: number, table: IntensityTariff[] = G7_INTENSITY_TARIFFS): IntensityBand | null {
  return table.find((t) => hours >= t.minHours && hours < t.maxHours)?.band ?? null;
}
