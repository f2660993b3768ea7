import { BLOCKERS, careTypeName, dutchDate, type Blocker, type Exclusion } from "./matching.ts";

/**
 * Why the places that were looked at are not proposed, in one sentence a coordinator can read
 * ("12 locaties bieden geen JeugdzorgPlus (gesloten); 2 zijn vol") instead of one line per
 * location. Each location counts once, under its main reason (the first of its blockers).
 */
export function summariseExclusions(excluded: Pick<Exclusion, "blockers" | "expectedFreeOn">[], careType: string): string {
  const counts = new Map<Blocker, number>();
  for (const e of excluded) {
    const main = e.blockers[0];
    if (main) counts.set(main, (counts.get(main) ?? 0) + 1);
  }
  const expected = excluded
    .filter((e) => e.blockers[0] === "full" && e.expectedFreeOn)
    .map((e) => e.expectedFreeOn!)
    .sort()[0];
  const parts = BLOCKERS.filter((b) => counts.has(b)).map((blocker, i) => {
    const n = counts.get(blocker)!;
    const one = n === 1;
    const noun = i === 0 ? (one ? " locatie" : " locaties") : "";
    switch (blocker) {
      case "care_type":
        return `${n}${noun} ${one ? "biedt" : "bieden"} geen ${careTypeName(careType)}`;
      case "age":
        return `${n}${noun} ${one ? "neemt" : "nemen"} deze leeftijd niet op`;
      case "full":
        return `${n}${noun} ${one ? "is" : "zijn"} vol${expected ? ` (eerste plek verwacht vrij per ${dutchDate(expected)})` : ""}`;
      case "reserved":
        return `bij ${n}${noun} is de laatste plek gereserveerd voor een openstaande voorlegging`;
      case "contract":
        return `${n}${noun} ${one ? "heeft" : "hebben"} nog geen door de aanbieder bevestigd contract`;
    }
  });
  return parts.join("; ");
}
