import { hashPassword } from "@jeugdregie/auth";
import { exitWithMessage, parseEnv } from "@jeugdregie/config";
import { createDatabase, seedDemo } from "@jeugdregie/db";

// `pnpm db:seed`: reference data, and demo tenants into an empty DATABASE_URL.
const env = parseEnv();
if (!env.DATABASE_URL) exitWithMessage("set DATABASE_URL (the platform start command seeds its embedded database itself)");
const db = createDatabase(env.DATABASE_URL, { max: 2 });
try {
  const summary = await seedDemo(db, hashPassword);
  console.log(
    summary.skipped ? "reference data loaded; platform already has regions, demo data skipped" : `seeded ${JSON.stringify(summary)}`,
  );
} catch (error) {
  exitWithMessage(`seed failed: ${(error as Error).message}`);
} finally {
  await db.destroy();
}
