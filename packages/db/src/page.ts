import { sql, type Expression, type SelectQueryBuilder } from "kysely";
import { AppError } from "@jeugdregie/domain";

/** The largest page any list procedure answers (issue 12), and the page it answers without a limit. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

/** What a caller asks: where to continue (an opaque cursor from the previous page) and how many rows. */
export interface PageRequest {
  cursor?: string | null;
  limit?: number;
}

export interface Page<T> {
  items: T[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/** The PostgreSQL type a sort key is compared as when a cursor comes back. */
export type SortKeyType = "text" | "uuid" | "timestamptz" | "date" | "int8" | "bool";

/**
 * One column of a list's order. Keys must never be null (coalesce them) and the last key must be
 * unique (the row's id), so that the order is total and a page never repeats or skips a row.
 */
export interface SortKey {
  expr: Expression<unknown>;
  type: SortKeyType;
}

const CURSOR_COLUMN = "page_cursor";

export const invalidCursor = () =>
  new AppError("BAD_INPUT", {
    nl: "Deze pagina bestaat niet (meer): begin opnieuw bij de eerste pagina.",
    en: "This page does not exist (any more): start again from the first page.",
  });

function decodeCursor(cursor: string, keys: number): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  const scalar = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  if (!Array.isArray(values) || values.length !== keys || !values.every(scalar)) throw invalidCursor();
  return values;
}

/** The rows a page shows: as asked, at least one, at most MAX_PAGE_SIZE. */
const pageLimit = (page: PageRequest) => Math.min(MAX_PAGE_SIZE, Math.max(1, page.limit ?? DEFAULT_PAGE_SIZE));

/**
 * The rows a page reads, for a source that must apply the cursor itself (a SECURITY DEFINER
 * function, which PostgreSQL never inlines): the cursor's values (null on the first page) and how
 * many rows to fetch (the page and one more, to know whether another page follows). Pass the
 * values as text cast to the keys' types; keysetPage still applies the cursor and the limit.
 */
export function pageWindow(page: PageRequest, keys: number): { after: string[] | null; fetch: number } {
  return { after: page.cursor ? decodeCursor(page.cursor, keys).map(String) : null, fetch: pageLimit(page) + 1 };
}

/**
 * One keyset page of `query`: rows after the cursor in the order of `keys` (all ascending or all
 * descending, so that PostgreSQL compares the row value `(k1, ..., id)` against an index on the
 * same columns), at most `limit` of them, and the cursor of the next page. The cursor is the last
 * row's keys as PostgreSQL prints them (full timestamp precision), base64url-encoded; a cursor
 * that does not decode, or does not cast to the keys' types, is refused as bad input.
 */
export async function keysetPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  keys: SortKey[],
  direction: "asc" | "desc",
  page: PageRequest,
): Promise<Page<O>> {
  const limit = pageLimit(page);
  const row = sql.join(keys.map((k) => k.expr));
  let paged = query
    .select(sql<string>`json_build_array(${row})::text`.as(CURSOR_COLUMN) as never)
    // A literal: with the page size a parameter, PostgreSQL's generic plan for the prepared statement
    // assumes a large share of the table and is rejected, so every call was planned again (under RLS
    // the larger part of a page's cost). At most MAX_PAGE_SIZE + 1 distinct texts.
    .limit(sql.lit(limit + 1)) as unknown as SelectQueryBuilder<DB, TB, O & { page_cursor: string }>;
  if (page.cursor) {
    const values = decodeCursor(page.cursor, keys.length);
    const after = sql.join(values.map((v, i) => sql`cast(${String(v)} as ${sql.raw(keys[i]!.type)})`));
    paged = paged.where(sql<boolean>`(${row}) ${sql.raw(direction === "asc" ? ">" : "<")} (${after})` as never);
  }
  for (const key of keys) paged = paged.orderBy(sql`${key.expr} ${sql.raw(direction)}` as never);
  let rows: (O & { page_cursor: string })[];
  try {
    rows = await paged.execute();
  } catch (error) {
    // A forged cursor whose values do not cast (22P02 invalid text, 22007/22008 bad datetime).
    const code = (error as { code?: string }).code;
    if (page.cursor && (code === "22P02" || code === "22007" || code === "22008")) throw invalidCursor();
    throw error;
  }
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  const items = shown.map(({ page_cursor: _cursor, ...rest }) => rest as unknown as O);
  return { items, nextCursor: more && last ? Buffer.from(last.page_cursor, "utf8").toString("base64url") : null };
}
