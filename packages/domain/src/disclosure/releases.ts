import type { SuppressionReason } from "./published.ts";
import type { PublishedTable } from "./publish.ts";
import type { DisclosureTable } from "./table.ts";

/**
 * Differencing between two releases. A reader who knows which cells did not change subtracts last
 * week's relation from this week's: the change of a total is the sum of the changes of its parts, and
 * the change of an unchanged cell is zero. If only one cell of a relation changed while hidden (in
 * either week), its change comes out — and with "<10" on both sides, a change of +7 says the cell went
 * from 1 or 2 to 8 or 9. So in every relation where one hidden cell changed, another cell that
 * changed is hidden this week too (the smallest non-zero one, ties by name).
 */
export function differencingComplements(
  table: DisclosureTable,
  previous: { table: DisclosureTable; published: PublishedTable },
  hidden: Map<string, SuppressionReason>,
): string[] {
  const changed = (key: string) => previous.table.cells[key] !== table.cells[key];
  const changeUnknown = (key: string) => changed(key) && (hidden.has(key) || previous.published[key]?.kind === "suppressed");
  const valueOf = (key: string) => table.cells[key]!;
  const complements = new Set<string>();
  for (const { total, parts } of table.relations) {
    const keys = [total, ...parts];
    if (keys.filter(changeUnknown).length !== 1) continue;
    const candidate = keys
      .filter((key) => changed(key) && !hidden.has(key) && valueOf(key) > 0)
      .sort((a, b) => valueOf(a) - valueOf(b) || a.localeCompare(b))[0];
    if (candidate) complements.add(candidate);
  }
  return [...complements].sort();
}
