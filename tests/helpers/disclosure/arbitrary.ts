import fc from "fast-check";
import { flowTable, type DisclosureTable, type RegionFlow } from "@jeugdregie/domain";

/**
 * Random out-of-region flow matrices with their area levels, for property tests: 2 to 5 regions in
 * one or two supra areas, flows mostly zero or small (as real out-of-region flows are), some large.
 * Test helper.
 */
const flowCount = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 19 }) },
  { weight: 3, arbitrary: fc.integer({ min: 20, max: 80 }) },
);

interface FlowInput {
  supra: string[];
  flows: number[];
}

const flowInputs: fc.Arbitrary<FlowInput> = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc.record({
    supra: fc.array(fc.constantFrom("noord", "zuid"), { minLength: n, maxLength: n }),
    flows: fc.array(flowCount, { minLength: n * (n - 1), maxLength: n * (n - 1) }),
  }),
);

function build({ supra, flows }: FlowInput): DisclosureTable {
  const ids = supra.map((_, i) => `R${i}`);
  const pairs = ids.flatMap((from) => ids.filter((to) => to !== from).map((to) => ({ fromRegionId: from, toRegionId: to })));
  const all: RegionFlow[] = pairs.map((pair, i) => ({ ...pair, count: flows[i]! }));
  const regions = ids.map((regionId, i) => ({
    regionId,
    supraAreaId: supra[i]!,
    count: all.filter((f) => f.fromRegionId === regionId).reduce((sum, f) => sum + f.count, 0),
  }));
  return flowTable("out", regions, all);
}

export const flowTables: fc.Arbitrary<DisclosureTable> = flowInputs.map(build);

/** Two consecutive weeks: the second changes some flows of the first and keeps the rest. */
export const twoWeeks: fc.Arbitrary<[DisclosureTable, DisclosureTable]> = flowInputs.chain((first) =>
  fc
    .array(fc.option(flowCount, { freq: 2 }), { minLength: first.flows.length, maxLength: first.flows.length })
    .map((changes): [DisclosureTable, DisclosureTable] => [
      build(first),
      build({ ...first, flows: first.flows.map((count, i) => changes[i] ?? count) }),
    ]),
);
