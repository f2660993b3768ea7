import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { findFreePort, parseEnv, removeRuntimeData } from "@jeugdregie/config";
import { launchPlatform, repoRoot, type Platform } from "@jeugdregie/platform";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    e2eAdminUrl: string;
    /** The platform's data key: tests write a child straight into the database, or read a mail from the outbox as the relay would. */
    e2eDataKey: string;
  }
}

let platform: Platform | undefined;
let dataDir: string | undefined;

/** The whole platform as `npm start` runs it (without the demo history), on a fresh data directory and a free port. */
export async function setup(project: TestProject) {
  if (!existsSync(join(repoRoot, "apps/web/build/server/index.js"))) {
    throw new Error("apps/web is not built: run `pnpm turbo run build` (npm test does this) before the browser tests");
  }
  dataDir = join(repoRoot, ".data", "test-runs", `e2e-${process.pid}`);
  removeRuntimeData(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const dataKey = randomBytes(32).toString("base64");
  const env = parseEnv({
    DATA_DIR: dataDir,
    PORT: String(await findFreePort()),
    HEARTBEAT_EVERY_MS: "2000",
    DATA_ENCRYPTION_KEY: dataKey,
    // The journeys count their own requests, offers and signals in the demo regions: they start from the demo
    // without its simulated history (tests/integration/demo-history.integration.test.ts proves that one).
    SEED_DEMO_COUNTRY: "false",
  });
  platform = await launchPlatform(env, () => undefined);
  project.provide("baseUrl", platform.url);
  project.provide("e2eAdminUrl", platform.databaseUrl);
  project.provide("e2eDataKey", dataKey);
}

export async function teardown() {
  await platform?.stop();
  if (dataDir) removeRuntimeData(dataDir);
}
