import { CARE_TYPES } from "../care-types.ts";
import { DECLINE_REASONS, type DeclineReason } from "../placement/offers.ts";

/**
 * Real need against supply (issue 13 part 4; seeds/001 4.2.1 "contracteren wat nodig is"): per care
 * type, and per expertise asked within it, what children needed in a period and what they got.
 * The database counts; these rules name what the counts mean.
 */
export interface NeedSupplyCounts {
  careType: string;
  /** Null: the care type as a whole (a child asking two expertises counts once there, once under each). */
  expertise: string | null;
  /** Children whose request ran at some moment of the period (submitted, not placed or withdrawn before it began). */
  needed: number;
  /** Of them, placed during the period. */
  placed: number;
  /** Of the placed: the place offered the care type and every expertise asked ... */
  placedGoodFit: number;
  /** ... or it did not (placed with a poor fit). A placement whose fit was not recorded is in neither. */
  placedPoorFit: number;
  /** Of them, put on the waiting list (no fitting place at matching) before the period ended, or still without a place at its end. */
  waited: number;
  /** Of them, still without a place and not withdrawn at the end of the period (as the KPI "Wachtlijst" counts). */
  waitingAtEnd: number;
  /** Offers for them that providers declined during the period, per coded reason. */
  declines: Partial<Record<DeclineReason, number>>;
  /** Places of the region's contracted locations that offer the care type (and the expertise). */
  contractedPlaces: number;
}

export const SUPPLY_VERDICTS = ["no_supply", "short", "tight", "enough"] as const;
export type SupplyVerdict = (typeof SUPPLY_VERDICTS)[number];

export const SUPPLY_VERDICT_LABELS: Record<SupplyVerdict, { label: string; definition: string }> = {
  no_supply: { label: "Geen aanbod", definition: "Kinderen hadden het nodig, maar geen gecontracteerde locatie van de regio biedt het." },
  short: {
    label: "Tekort",
    definition: "Aan het eind van de periode wachtten er nog kinderen, of kinderen zijn geplaatst op een plek die niet paste.",
  },
  tight: {
    label: "Krap",
    definition: "Iedereen kreeg een passende plek, maar kinderen moesten wachten of aanbieders wezen af wegens geen capaciteit.",
  },
  enough: { label: "Voldoende", definition: "Iedereen die het nodig had kreeg een passende plek zonder wachtlijst." },
};

export interface NeedSupplyRow extends NeedSupplyCounts {
  declines: Record<DeclineReason, number>;
  declinesTotal: number;
  /** Children who did not get what they needed: still waiting at the end, or placed with a poor fit. */
  unmet: number;
  verdict: SupplyVerdict;
}

/** Where supply is missing, in the order of the rules above: the first that holds. */
export function supplyVerdict(c: NeedSupplyCounts): SupplyVerdict {
  if (c.needed > 0 && c.contractedPlaces === 0) return "no_supply";
  if (c.waitingAtEnd + c.placedPoorFit > 0) return "short";
  if (c.waited > 0 || (c.declines.no_capacity ?? 0) > 0) return "tight";
  return "enough";
}

function assertCounts(c: NeedSupplyCounts) {
  const counts = [c.needed, c.placed, c.placedGoodFit, c.placedPoorFit, c.waited, c.waitingAtEnd, c.contractedPlaces];
  if (counts.some((n) => !Number.isInteger(n) || n < 0)) throw new RangeError("counts are whole and not negative");
  if (c.placedGoodFit + c.placedPoorFit > c.placed || c.placed > c.needed || c.waitingAtEnd > c.waited || c.waited > c.needed)
    throw new RangeError(`inconsistent counts for ${c.careType}/${c.expertise ?? "-"}`);
}

const careTypeOrder = (careType: string) => {
  const i = (CARE_TYPES as readonly string[]).indexOf(careType);
  return i === -1 ? CARE_TYPES.length : i;
};

/**
 * The rows of the need-against-supply table: every decline reason present (0 where none), what was
 * not met, the verdict; by care type (in the platform's order), the care type as a whole first,
 * then its expertises by how many children needed them.
 */
export function needSupplyRows(counts: readonly NeedSupplyCounts[]): NeedSupplyRow[] {
  return counts
    .map((c) => {
      assertCounts(c);
      const declines = Object.fromEntries(DECLINE_REASONS.map((r) => [r, c.declines[r] ?? 0])) as Record<DeclineReason, number>;
      return {
        ...c,
        declines,
        declinesTotal: DECLINE_REASONS.reduce((n, r) => n + declines[r], 0),
        unmet: c.waitingAtEnd + c.placedPoorFit,
        verdict: supplyVerdict(c),
      };
    })
    .sort(
      (a, b) =>
        careTypeOrder(a.careType) - careTypeOrder(b.careType) ||
        a.careType.localeCompare(b.careType) ||
        Number(a.expertise !== null) - Number(b.expertise !== null) ||
        b.needed - a.needed ||
        (a.expertise ?? "").localeCompare(b.expertise ?? ""),
    );
}

/** Decline reasons in a word or two, for a column header or a cell of a wide table. */
export const DECLINE_REASON_SHORT: Record<DeclineReason, string> = {
  no_capacity: "geen capaciteit",
  no_fit_for_needs: "past niet",
  group_safety_risk: "groepsveiligheid",
  age: "leeftijd",
  other: "anders",
};

/** An expertise tag as words ("jonge_kinderen" -> "jonge kinderen"). */
export const expertiseLabel = (tag: string) => tag.replaceAll("_", " ");
