/**
 * A table to publish: named cells with their true values, and the additive relations between them
 * (a total is the sum of its parts). The relations are what an attacker subtracts with, so every
 * published total must be listed here: region cells, supra-area totals, the national total, and the
 * rows, columns and totals of the flow matrix. Cells are kept in key order so every choice below is
 * deterministic.
 */
export interface TableRelation {
  total: string;
  parts: string[];
}

export interface DisclosureTable {
  cells: Record<string, number>;
  relations: TableRelation[];
}

export interface RegionCount {
  regionId: string;
  supraAreaId: string;
  count: number;
}

export interface RegionFlow {
  fromRegionId: string;
  toRegionId: string;
  count: number;
}

/** Cell keys, so that callers and tests name the same cells. */
export const cellKey = {
  region: (metric: string, regionId: string) => `${metric}/region/${regionId}`,
  supraArea: (metric: string, supraAreaId: string) => `${metric}/supra/${supraAreaId}`,
  national: (metric: string) => `${metric}/national`,
  flow: (metric: string, fromRegionId: string, toRegionId: string) => `${metric}/flow/${fromRegionId}/${toRegionId}`,
  inflow: (metric: string, toRegionId: string) => `${metric}/in/${toRegionId}`,
};

function group<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => keyOf(a).localeCompare(keyOf(b)))) {
    groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  }
  return groups;
}

/** One metric per region, summed per supra area and nationally. */
export function areaTable(metric: string, regions: RegionCount[]): DisclosureTable {
  const cells: Record<string, number> = {};
  const relations: TableRelation[] = [];
  const bySupra = group(regions, (r) => r.supraAreaId);
  for (const [supraAreaId, members] of bySupra) {
    const parts = members.map((r) => cellKey.region(metric, r.regionId)).sort();
    members.forEach((r) => (cells[cellKey.region(metric, r.regionId)] = r.count));
    cells[cellKey.supraArea(metric, supraAreaId)] = members.reduce((sum, r) => sum + r.count, 0);
    relations.push({ total: cellKey.supraArea(metric, supraAreaId), parts });
  }
  cells[cellKey.national(metric)] = regions.reduce((sum, r) => sum + r.count, 0);
  relations.push({ total: cellKey.national(metric), parts: [...bySupra.keys()].map((s) => cellKey.supraArea(metric, s)) });
  return { cells, relations };
}

/**
 * The region-to-region flow matrix of children placed outside their own region, linked to the area
 * table of the same metric: a row total is the home region's out-of-region count (the area table's
 * region cell), a column total what a region receives, and both sum to the national total.
 */
export function flowTable(metric: string, regions: RegionCount[], flows: RegionFlow[]): DisclosureTable {
  const area = areaTable(metric, regions);
  const regionIds = regions.map((r) => r.regionId).sort();
  const count = new Map(flows.map((f) => [`${f.fromRegionId}/${f.toRegionId}`, f.count]));
  const cells: Record<string, number> = { ...area.cells };
  const relations: TableRelation[] = [...area.relations];
  for (const from of regionIds) {
    const parts = regionIds.filter((to) => to !== from).map((to) => cellKey.flow(metric, from, to));
    regionIds.filter((to) => to !== from).forEach((to) => (cells[cellKey.flow(metric, from, to)] = count.get(`${from}/${to}`) ?? 0));
    relations.push({ total: cellKey.region(metric, from), parts });
  }
  for (const to of regionIds) {
    const parts = regionIds.filter((from) => from !== to).map((from) => cellKey.flow(metric, from, to));
    cells[cellKey.inflow(metric, to)] = parts.reduce((sum, key) => sum + cells[key]!, 0);
    relations.push({ total: cellKey.inflow(metric, to), parts });
  }
  relations.push({ total: cellKey.national(metric), parts: regionIds.map((to) => cellKey.inflow(metric, to)) });
  checkConsistent({ cells, relations });
  return { cells, relations };
}

/** Several tables published together (their shared cells must agree). */
export function mergeTables(...tables: DisclosureTable[]): DisclosureTable {
  const cells: Record<string, number> = {};
  for (const table of tables) {
    for (const [key, v] of Object.entries(table.cells)) {
      if (key in cells && cells[key] !== v) throw new RangeError(`Cell ${key} has two values: ${cells[key]} and ${v}.`);
      cells[key] = v;
    }
  }
  const table = { cells, relations: tables.flatMap((t) => t.relations) };
  checkConsistent(table);
  return table;
}

/** Every relation holds on the true values: a flow matrix whose rows do not add up is a bug upstream. */
export function checkConsistent(table: DisclosureTable): void {
  for (const { total, parts } of table.relations) {
    const sum = parts.reduce((s, key) => s + (table.cells[key] ?? Number.NaN), 0);
    if (table.cells[total] !== sum) throw new RangeError(`Cell ${total} is ${table.cells[total]}, its parts add up to ${sum}.`);
  }
}
