import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimise, range, type LinearProgram } from "../../../../tests/helpers/disclosure/linear-program.ts";

describe("the attacker's linear program", () => {
  it("solves a textbook program: max 3x + 2y, x + y <= 4, x + 3y <= 6, x <= 3", () => {
    // Slacks s1, s2 as variables 2 and 3 turn the inequalities into equalities.
    const lp: LinearProgram = {
      lower: [0, 0, 0, 0],
      upper: [3, Infinity, Infinity, Infinity],
      equalities: [
        {
          terms: [
            [0, 1],
            [1, 1],
            [2, 1],
          ],
          rhs: 4,
        },
        {
          terms: [
            [0, 1],
            [1, 3],
            [3, 1],
          ],
          rhs: 6,
        },
      ],
    };
    const result = minimise(lp, [-3, -2, 0, 0]);
    expect(result.status).toBe("optimal");
    if (result.status !== "optimal") return;
    expect(result.value).toBeCloseTo(-11);
    expect(result.x[0]).toBeCloseTo(3);
    expect(result.x[1]).toBeCloseTo(1);
  });

  it("finds the range a hidden cell keeps in a published row: a + b = 20, a in 1..9, b >= 10", () => {
    const lp: LinearProgram = {
      lower: [1, 10],
      upper: [9, Infinity],
      equalities: [
        {
          terms: [
            [0, 1],
            [1, 1],
          ],
          rhs: 20,
        },
      ],
    };
    expect(range(lp, 0)).toEqual({ lo: 1, hi: 9 });
    expect(range(lp, 1)).toEqual({ lo: 11, hi: 19 });
  });

  it("pins a cell that is alone in its row", () => {
    const lp: LinearProgram = {
      lower: [1, 30],
      upper: [9, 30],
      equalities: [
        {
          terms: [
            [0, 1],
            [1, 1],
          ],
          rhs: 33,
        },
      ],
    };
    expect(range(lp, 0)).toEqual({ lo: 3, hi: 3 });
  });

  it("says unbounded and infeasible", () => {
    const open: LinearProgram = {
      lower: [0, 0],
      upper: [Infinity, Infinity],
      equalities: [
        {
          terms: [
            [0, 1],
            [1, -1],
          ],
          rhs: 0,
        },
      ],
    };
    expect(minimise(open, [-1, 0]).status).toBe("unbounded");
    expect(range(open, 0)).toEqual({ lo: 0, hi: Infinity });
    const contradiction: LinearProgram = {
      lower: [0, 0],
      upper: [5, 5],
      equalities: [
        {
          terms: [
            [0, 1],
            [1, 1],
          ],
          rhs: 11,
        },
      ],
    };
    expect(minimise(contradiction, [1, 0]).status).toBe("infeasible");
    expect(minimise({ lower: [2], upper: [1], equalities: [] }, [1]).status).toBe("infeasible");
  });

  it("copes with redundant and degenerate equalities (a total given twice)", () => {
    // t = a + b, t = a + b again, a + b + c = t + c; a, b in 1..9, t in 10..12.
    const lp: LinearProgram = {
      lower: [1, 1, 10, 0],
      upper: [9, 9, 12, 0],
      equalities: [
        {
          terms: [
            [0, 1],
            [1, 1],
            [2, -1],
          ],
          rhs: 0,
        },
        {
          terms: [
            [0, 1],
            [1, 1],
            [2, -1],
          ],
          rhs: 0,
        },
        {
          terms: [
            [0, 1],
            [1, 1],
            [3, 1],
            [2, -1],
            [3, -1],
          ],
          rhs: 0,
        },
      ],
    };
    expect(range(lp, 0)).toEqual({ lo: 1, hi: 9 });
    expect(range(lp, 2)).toEqual({ lo: 10, hi: 12 });
  });

  it("agrees with the best vertex on small random programs", () => {
    // Three variables in 0..6 and one equality: every vertex has two variables at a bound and the
    // third solving the equality, so enumerating them gives the exact optimum to compare with.
    const small = (min: number, max: number) => fc.tuple(fc.integer({ min, max }), fc.integer({ min, max }), fc.integer({ min, max }));
    const arb = fc.record({ coefficients: small(-2, 2), point: small(0, 6), objective: small(-3, 3) });
    fc.assert(
      fc.property(arb, ({ coefficients, point, objective }) => {
        const rhs = coefficients.reduce((sum, c, j) => sum + c * point[j]!, 0);
        const lp: LinearProgram = {
          lower: [0, 0, 0],
          upper: [6, 6, 6],
          equalities: [{ terms: coefficients.map((c, j): [number, number] => [j, c]), rhs }],
        };
        const vertices: number[][] = [];
        for (const free of [0, 1, 2]) {
          for (const a of [0, 6])
            for (const b of [0, 6]) {
              const x = [0, 0, 0];
              const fixed = [0, 1, 2].filter((j) => j !== free);
              x[fixed[0]!] = a;
              x[fixed[1]!] = b;
              const rest = rhs - coefficients[fixed[0]!]! * a - coefficients[fixed[1]!]! * b;
              const c = coefficients[free]!;
              // A variable the equality does not mention is free between its bounds: both ends are vertices.
              const values = c === 0 ? (rest === 0 ? [0, 6] : []) : rest / c >= 0 && rest / c <= 6 ? [rest / c] : [];
              for (const v of values) vertices.push(x.map((xi, j) => (j === free ? v : xi)));
            }
        }
        const best = Math.min(...vertices.map((x) => x.reduce((sum, v, j) => sum + objective[j]! * v, 0)));
        const result = minimise(lp, objective);
        expect(result.status).toBe("optimal");
        if (result.status !== "optimal") return;
        expect(result.value).toBeCloseTo(best, 6);
        expect(coefficients.reduce((sum, c, j) => sum + c * result.x[j]!, 0)).toBeCloseTo(rhs, 6);
        for (const x of result.x) expect(x >= -1e-9 && x <= 6 + 1e-9).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
