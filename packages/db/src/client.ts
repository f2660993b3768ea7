import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { CONNECTION_MAX_USES, PreparedStatementClient } from "./prepared-client.ts";
import type { DB } from "./schema.ts";

// bigint columns (counters, serials) come back as strings; int8 beyond 2^53 is not expected here.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);
// Calendar dates stay ISO strings ("2026-01-31"): no time zone may shift a contract period.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export const APP_ROLE = "jeugdregie_app";

export type Database = Kysely<DB>;

export function createDatabase(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
    Client: PreparedStatementClient,
    maxUses: CONNECTION_MAX_USES,
  });
  pool.on("error", () => undefined); // idle-client errors surface on the next query instead of crashing
  pool.on("release", (_error, client) => {
    if (client instanceof PreparedStatementClient) client.dropPendingBegin();
  });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

/** The URL the application connects with: the app role, never the owner. */
export function appDatabaseUrl(adminUrl: string, appPassword: string, explicitAppUrl?: string): string {
  if (explicitAppUrl) return explicitAppUrl;
  const url = new URL(adminUrl);
  url.username = APP_ROLE;
  url.password = appPassword;
  return url.toString();
}
