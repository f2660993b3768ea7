import { sql } from "kysely";
import { Migrator } from "kysely/migration";
import { APP_ROLE, createDatabase } from "./client.ts";
import { migrations } from "./migrations/index.ts";

export interface MigrateResult {
  applied: string[];
}

/**
 * Runs pending migrations as the owner (DATABASE_URL) and gives the app role its password.
 * Concurrent starts are safe: Kysely's Migrator takes a lock.
 */
export async function runMigrations(adminUrl: string, appPassword?: string): Promise<MigrateResult> {
  const db = createDatabase(adminUrl, { max: 2 });
  try {
    // Numbers are reserved per branch, so an independent migration can land after a higher one already ran;
    // pending ones still run in name order.
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
      throw new Error(`migration ${failed} failed: ${(error as Error).message}`);
    }
    if (appPassword) {
      await sql`alter role ${sql.id(APP_ROLE)} with login password ${sql.lit(appPassword)}`.execute(db);
    }
    return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
  } finally {
    await db.destroy();
  }
}
