import { sql } from "kysely";
import type { Database } from "../client.ts";

/** A column to fill: its name, its PostgreSQL type, and (optionally) the expression that reads it from the batch. */
export type BulkColumn = [name: string, type: string, expression?: string];

const ROWS_PER_STATEMENT = 10_000;

/** An array value as a PostgreSQL array literal (a text), for columns unnest cannot carry as arrays of arrays. */
export const arrayLiteral = (items: readonly string[]) => `{${items.map((i) => `"${i.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

/**
 * Writes rows in large batches: one `insert ... select from unnest(...)` per 10,000 rows, each
 * column sent as one array parameter. Array columns travel as array literals and are cast back.
 * Runs as the owner (it creates tenants); returns the number of rows written.
 */
export async function bulkInsert(db: Database, table: string, columns: BulkColumn[], rows: readonly unknown[][]): Promise<number> {
  if (rows.length === 0) return 0;
  const names = columns.map(([name]) => name);
  const unnestTypes = columns.map(([, type]) => (type.endsWith("[]") ? "text" : type));
  const selects = columns.map(([name, type, expression]) => expression ?? (type.endsWith("[]") ? `t.${name}::${type}` : `t.${name}`));
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const params = columns.map((_, i) => batch.map((row) => row[i] ?? null));
    const unnest = sql.join(params.map((values, i) => sql`${values}::${sql.raw(unnestTypes[i]!)}[]`));
    await sql`insert into ${sql.raw(table)} (${sql.raw(names.join(", "))})
      select ${sql.raw(selects.join(", "))} from unnest(${unnest}) as t(${sql.raw(names.join(", "))})`.execute(db);
  }
  return rows.length;
}

export const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
