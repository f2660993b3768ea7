import ts from "typescript";
import { sql } from "kysely";
import type { Database } from "@jeugdregie/db";

/** A column as both sides can say it: what a select returns (coarsely) and whether it may be null. */
export interface ColumnShape {
  kinds: string[];
  /** Null where schema.ts says `unknown` (a JSON value, which says nothing about null). */
  nullable: boolean | null;
  /** The values a text column may hold: its string-literal union in schema.ts, its `check (x in (...))` in the database. */
  values?: string[];
}
export type SchemaShape = Map<string, Map<string, ColumnShape>>;

const repoRoot = new URL("../../..", import.meta.url).pathname;

/**
 * What packages/db/src/schema.ts says, read with the TypeScript compiler: every table of `DB`, every
 * column, and the type a select gives (Kysely's ColumnType/Generated unwrapped), in coarse kinds.
 */
export function describeKyselySchema(): SchemaShape {
  const configPath = `${repoRoot}packages/db/tsconfig.json`;
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const schemaFile = `${repoRoot}packages/db/src/schema.ts`;
  const program = ts.createProgram([schemaFile], { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(schemaFile)!;
  const dbDeclaration = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === "DB");
  if (!dbDeclaration) throw new Error("schema.ts has no interface DB");
  const typeOf = (symbol: ts.Symbol) => checker.getTypeOfSymbolAtLocation(symbol, dbDeclaration);

  const kindOf = (type: ts.Type): string => {
    if (type.isUnion()) return [...new Set(type.types.map(kindOf))].sort().join("|");
    if (type.flags & ts.TypeFlags.StringLike) return "string";
    if (type.flags & ts.TypeFlags.NumberLike) return "number";
    if (type.flags & ts.TypeFlags.BooleanLike) return "boolean";
    if (checker.isArrayType(type)) return `${kindOf(checker.getTypeArguments(type as ts.TypeReference)[0]!)}[]`;
    const name = type.getSymbol()?.getName();
    if (name === "Date" || name === "Buffer") return name;
    return "json";
  };

  const shape: SchemaShape = new Map();
  for (const table of checker.getPropertiesOfType(checker.getTypeAtLocation(dbDeclaration))) {
    const columns = new Map<string, ColumnShape>();
    for (const column of checker.getPropertiesOfType(typeOf(table))) {
      const declared = typeOf(column);
      const selectSymbol = declared.getProperty("__select__");
      const selected = selectSymbol ? typeOf(selectSymbol) : declared;
      const members = selected.isUnion() ? selected.types : [selected];
      const unknown = members.some((m) => m.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any));
      const nullable = unknown ? null : members.some((m) => m.flags & ts.TypeFlags.Null);
      const values = members.filter((m): m is ts.StringLiteralType => m.isStringLiteral()).map((m) => m.value);
      const kinds = [...new Set(members.filter((m) => !(m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined))).map(kindOf))].sort();
      columns.set(column.getName(), { kinds, nullable, ...(values.length > 0 && { values: values.sort() }) });
    }
    shape.set(table.getName(), columns);
  }
  return shape;
}

/** What a PostgreSQL type reads as through node-postgres with the project's parsers (packages/db/src/client.ts). */
function kindOfPg(dataType: string, udtName: string): string {
  if (dataType === "ARRAY") return `${kindOfPg(udtName.replace(/^_/, ""), udtName.replace(/^_/, ""))}[]`;
  if (["integer", "smallint", "real", "double precision", "int4", "int2", "float4", "float8"].includes(dataType)) return "number";
  if (["boolean", "bool"].includes(dataType)) return "boolean";
  if (["timestamp with time zone", "timestamp without time zone", "timestamptz", "timestamp"].includes(dataType)) return "Date";
  if (["json", "jsonb"].includes(dataType)) return "json";
  if (["bytea"].includes(dataType)) return "Buffer";
  // text, uuid, varchar, char, citext, inet, date (kept as YYYY-MM-DD), bigint and numeric (kept as text)
  return "string";
}

/** What the migrated database says: the tables of schema public with their columns, from information_schema. */
export async function describeDatabase(db: Database): Promise<SchemaShape> {
  const { rows } = await sql<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }>`
    select c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      and c.table_name not in ('kysely_migration', 'kysely_migration_lock')
    order by c.table_name, c.ordinal_position`.execute(db);
  // `check (status in ('a', 'b'))` reads back as `CHECK ((status = ANY (ARRAY['a'::text, 'b'::text])))`.
  const checks = await sql<{ table_name: string; definition: string }>`
    select cl.relname as table_name, pg_get_constraintdef(co.oid) as definition
    from pg_constraint co join pg_class cl on cl.oid = co.conrelid join pg_namespace n on n.oid = cl.relnamespace
    where co.contype = 'c' and n.nspname = 'public'`.execute(db);
  const allowed = new Map<string, string[]>();
  for (const check of checks.rows) {
    const match = /^CHECK \(\(\(?(\w+)\)? = ANY \(\(?ARRAY\[(.*)\]\)/.exec(check.definition);
    if (match) allowed.set(`${check.table_name}.${match[1]}`, [...match[2]!.matchAll(/'([^']*)'/g)].map((m) => m[1]!).sort());
  }
  const shape: SchemaShape = new Map();
  for (const row of rows) {
    const columns = shape.get(row.table_name) ?? new Map<string, ColumnShape>();
    const values = allowed.get(`${row.table_name}.${row.column_name}`);
    columns.set(row.column_name, {
      kinds: [kindOfPg(row.data_type, row.udt_name)],
      nullable: row.is_nullable === "YES",
      ...(values && { values }),
    });
    shape.set(row.table_name, columns);
  }
  return shape;
}

/** Every difference, one line each, named the way a fix would start ("schema.ts lacks column x.y"). */
export function schemaDrift(database: SchemaShape, kysely: SchemaShape): string[] {
  const drift: string[] = [];
  for (const [table, columns] of database) {
    const typed = kysely.get(table);
    if (!typed) {
      drift.push(`schema.ts lacks table ${table}`);
      continue;
    }
    for (const [column, actual] of columns) {
      const declared = typed.get(column);
      if (!declared) drift.push(`schema.ts lacks column ${table}.${column}`);
      else {
        if (declared.nullable !== null && declared.nullable !== actual.nullable)
          drift.push(
            `${table}.${column} is ${actual.nullable ? "nullable" : "not null"} in the database, ${declared.nullable ? "nullable" : "not null"} in schema.ts`,
          );
        // A JSON column holds whatever the application put there: only its nullability is compared.
        if (actual.kinds[0] !== "json" && declared.kinds.join("|") !== actual.kinds.join("|"))
          drift.push(`${table}.${column} reads as ${actual.kinds.join("|")}, schema.ts says ${declared.kinds.join("|")}`);
        // A typed union must name exactly what the database allows (a text column typed `string` is not compared).
        if (declared.values && actual.values && declared.values.join(",") !== actual.values.join(","))
          drift.push(`${table}.${column} allows ${actual.values.join(", ")} in the database, schema.ts says ${declared.values.join(", ")}`);
      }
    }
    for (const column of typed.keys()) if (!columns.has(column)) drift.push(`schema.ts has column ${table}.${column} the database lacks`);
  }
  for (const table of kysely.keys()) if (!database.has(table)) drift.push(`schema.ts has table ${table} the database lacks`);
  return drift;
}
