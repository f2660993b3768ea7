import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publish } from "./publish.ts";
import { ROUNDING_BASE, ROUNDING_MARGIN, SMALL_COUNT_THRESHOLD } from "./rules.ts";
import { flowTables } from "../../../../tests/helpers/disclosure/arbitrary.ts";

describe("every published count, whatever the table", () => {
  it('is "<10" for 1..9 children, 0 for none, or a multiple of 5 near the truth; anything else hidden is secondary', () => {
    fc.assert(
      fc.property(flowTables, (table) => {
        const published = publish(table);
        expect(Object.keys(published).sort()).toEqual(Object.keys(table.cells).sort());
        for (const [key, p] of Object.entries(published)) {
          const truth = table.cells[key]!;
          if (p.kind === "value") {
            expect(p.value === 0 ? truth === 0 : p.value % ROUNDING_BASE === 0 && p.value >= SMALL_COUNT_THRESHOLD).toBe(true);
            expect(Math.abs(p.value - truth)).toBeLessThanOrEqual(ROUNDING_MARGIN);
          } else if (p.reason === "small") {
            expect(truth >= 1 && truth < SMALL_COUNT_THRESHOLD).toBe(true);
          } else {
            expect(p.reason).toBe("secondary");
            expect(truth).toBeGreaterThanOrEqual(SMALL_COUNT_THRESHOLD);
          }
          if (truth >= 1 && truth < SMALL_COUNT_THRESHOLD) expect(p).toEqual({ kind: "suppressed", reason: "small" });
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never leaves a hidden cell alone in a relation, where subtraction would give it back", () => {
    fc.assert(
      fc.property(flowTables, (table) => {
        const published = publish(table);
        for (const { total, parts } of table.relations) {
          const hidden = [total, ...parts].filter((key) => published[key]?.kind === "suppressed");
          expect(hidden.length === 0 || hidden.length >= 2, `${total}: ${hidden.join(", ")}`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("is the same every time for the same table", () => {
    fc.assert(
      fc.property(flowTables, (table) => {
        expect(publish(table)).toEqual(publish(table));
      }),
      { numRuns: 50 },
    );
  });
});
