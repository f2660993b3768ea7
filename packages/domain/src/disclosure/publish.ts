import { isDominated, MONEY_PROTECTION_SHARE, type Contribution } from "./dominance.ts";
import { suppressed, value, type Published, type SuppressionReason } from "./published.ts";
import { isSmallCount, roundCount, SMALL_COUNT_THRESHOLD } from "./rules.ts";
import { differencingComplements } from "./releases.ts";
import { protect, type DisclosureProfile } from "./secondary.ts";
import { checkConsistent, type DisclosureTable } from "./table.ts";

/** What leaves the region: every cell of the table, published or hidden with its reason. */
export type PublishedTable = Record<string, Published>;

/** The previous release of the same table: its true values (kept with the release, never published) and what it showed. */
export interface PreviousRelease {
  table: DisclosureTable;
  published: PublishedTable;
}

/**
 * How far a cell hidden in the previous release must stay free to move in this one: the width of
 * "<10" (1..9), so that the small cell it protected then can still be anything from 1 to 9.
 */
export const CARRIED_PROTECTION = SMALL_COUNT_THRESHOLD - 2;

/**
 * Counts of children. The attacker reads "<10" as 1..9 and any other hidden count as at least 10
 * (zeros are shown and small counts say "<10", so a hidden count is never below ten). A small
 * count must stay free through all of 1..9.
 */
export const countProfile: DisclosureProfile = {
  hiddenBounds: (_value, reason) =>
    reason === "small" ? { lo: 1, hi: SMALL_COUNT_THRESHOLD - 1 } : { lo: SMALL_COUNT_THRESHOLD, hi: Infinity },
  ownNeed: (v, reason, carried) => {
    if (reason === "small") return { down: v - 1, up: SMALL_COUNT_THRESHOLD - 1 - v };
    return carried ? { down: CARRIED_PROTECTION, up: CARRIED_PROTECTION } : { down: 0, up: 0 };
  },
};

/** Money: a hidden amount is anything from zero up; a dominated one must stay uncertain by a fifth either way. */
export const moneyProfile: DisclosureProfile = {
  hiddenBounds: () => ({ lo: 0, hi: Infinity }),
  ownNeed: (v, reason, carried) =>
    reason === "dominance" || carried ? { down: v * MONEY_PROTECTION_SHARE, up: v * MONEY_PROTECTION_SHARE } : { down: 0, up: 0 },
};

/** Cells unchanged since the previous release, split by what the previous release showed. */
function history(table: DisclosureTable, previous: PreviousRelease | undefined) {
  const carried = new Set<string>();
  const known = new Set<string>();
  if (!previous) return { carried, known };
  for (const [key, v] of Object.entries(table.cells)) {
    const then = previous.published[key];
    if (previous.table.cells[key] !== v || !then) continue;
    (then.kind === "suppressed" ? carried : known).add(key);
  }
  return { carried, known };
}

function toPublished(table: DisclosureTable, hidden: Map<string, SuppressionReason>, show: (v: number) => number): PublishedTable {
  const published: PublishedTable = {};
  for (const key of Object.keys(table.cells).sort()) {
    const reason = hidden.get(key);
    published[key] = reason ? suppressed(reason) : value(show(table.cells[key]!));
  }
  return published;
}

/**
 * The entry point for counts of children: small counts hidden, the rest rounded to a multiple of 5,
 * and as many other cells hidden as it takes that no hidden count can be recovered from the
 * published totals, in this release or together with the previous one.
 */
export function publish(table: DisclosureTable, previous?: PreviousRelease): PublishedTable {
  checkConsistent(table);
  const primary = new Map<string, SuppressionReason>();
  for (const [key, v] of Object.entries(table.cells)) if (isSmallCount(v)) primary.set(key, "small");
  const past = history(table, previous);
  for (;;) {
    const hidden = protect({ table, profile: countProfile, primary, ...past });
    const more = previous ? differencingComplements(table, previous, hidden) : [];
    if (more.length === 0) return toPublished(table, hidden, roundCount);
    // Hidden for the sake of last week's figures; protected like any other hidden cell this week.
    for (const key of more) primary.set(key, "secondary");
  }
}

/**
 * Money cells: dominated cells hidden, and enough others that they cannot be recovered. The
 * contributions of a total are those of its parts unless given.
 */
export function publishMoneyTable(
  table: DisclosureTable,
  contributions: Record<string, Contribution[]>,
  previous?: PreviousRelease,
): PublishedTable {
  checkConsistent(table);
  const of = (key: string): Contribution[] => {
    if (contributions[key]) return contributions[key];
    const relation = table.relations.find((r) => r.total === key);
    return relation ? relation.parts.flatMap(of) : [];
  };
  const primary = new Map<string, SuppressionReason>();
  for (const key of Object.keys(table.cells)) if (isDominated(of(key))) primary.set(key, "dominance");
  const hidden = protect({ table, profile: moneyProfile, primary, ...history(table, previous) });
  return toPublished(table, hidden, (v) => v);
}
