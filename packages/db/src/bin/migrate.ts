import { exitWithMessage, parseEnv, StartupError } from "@jeugdregie/config";
import { runMigrations } from "../migrate.ts";

// `pnpm db:migrate`: applies pending migrations to DATABASE_URL.
const env = parseEnv();
if (!env.DATABASE_URL) exitWithMessage("set DATABASE_URL (the platform start command migrates its embedded database itself)");
try {
  const { applied } = await runMigrations(env.DATABASE_URL, env.APP_DB_PASSWORD);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
} catch (error) {
  exitWithMessage(error instanceof StartupError ? error.message : `migration failed: ${(error as Error).message}`);
}
