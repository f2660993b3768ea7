import { sql, type RawBuilder } from "kysely";

/**
 * `column = any($1::uuid[])`: one parameter for a list of ids, where `in ($1, ..., $n)` makes a
 * statement text per list length. Each text is a prepared statement of its own that is planned
 * again for its first five calls (prepared-client.ts), so a page of 1..100 ids kept PostgreSQL
 * planning; one text gets one generic plan.
 */
export function anyOfIds(column: string, ids: readonly string[]): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} = any(${[...ids]}::uuid[])`;
}
