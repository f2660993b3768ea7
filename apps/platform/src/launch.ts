import { spawn, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { hashPassword } from "@jeugdregie/auth";
import { startRuntime, waitFor, type Env, type ManagedProcess } from "@jeugdregie/config";
import { appDatabaseUrl, createDatabase, runMigrations, seedDemo, type SeedSummary } from "@jeugdregie/db";
import { releaseDemoWeeks } from "@jeugdregie/jobs";
import { seedDemoLife } from "./demo-life.ts";
import { killLeftovers, localEncryptionKey, recordPids, startWatchdog } from "./processes.ts";

export const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

export interface Platform {
  url: string;
  databaseUrl: string;
  appDatabaseUrl: string;
  redisUrl: string;
  seed: SeedSummary;
  /** Resolves with the exit code once any service has stopped unexpectedly or stop() ran. */
  done: Promise<number>;
  stop(): Promise<void>;
}

/**
 * Brings up the whole platform: PostgreSQL and Redis (embedded unless configured),
 * migrations, the demo seed, the web server and the worker.
 */
export async function launchPlatform(env: Env, log: (line: string) => void): Promise<Platform> {
  const dataDir = resolve(repoRoot, env.DATA_DIR);
  const pidFile = join(dataDir, "runtime.pids");
  killLeftovers(pidFile, log);

  // Embedded servers are supervised: one that crashes is restarted (same port, same data), and
  // its new pid is recorded and watched like the first, so a hard-killed launcher leaves none.
  let servers: ManagedProcess[] = [];
  const serverPids = () => servers.map((p) => p.child.pid!).filter(Boolean);
  const runtime = await startRuntime({ ...env, DATA_DIR: dataDir }, log, {
    onRestart: (restarted) => {
      recordPids(pidFile, serverPids());
      startWatchdog([restarted.child.pid!]);
    },
  });
  servers = runtime.processes;
  if (serverPids().length > 0) {
    recordPids(pidFile, serverPids());
    startWatchdog(serverPids());
  }

  const services: { name: string; child: ChildProcess }[] = [];
  let resolveDone: (code: number) => void = () => undefined;
  const done = new Promise<number>((r) => (resolveDone = r));
  let stopping = false;

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.all(
      services.map(({ child }) =>
        child.exitCode !== null || child.signalCode !== null
          ? Promise.resolve()
          : new Promise<void>((r) => {
              child.once("exit", () => r());
              child.kill("SIGTERM");
              setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
            }),
      ),
    );
    await runtime.stop();
    resolveDone(0);
  };

  try {
    const applied = await runMigrations(runtime.databaseUrl, env.APP_DB_PASSWORD);
    if (applied.applied.length) log(`migrations applied: ${applied.applied.join(", ")}`);

    let seed: SeedSummary = { skipped: true, regions: 0, providers: 0, locations: 0, users: 0 };
    if (env.SEED_DEMO === "true") {
      const owner = createDatabase(runtime.databaseUrl, { max: 2 });
      try {
        seed = await seedDemo(owner, hashPassword);
      } finally {
        await owner.destroy();
      }
      if (!seed.skipped)
        log(`demo data: ${seed.regions} regions, ${seed.providers} providers, ${seed.locations} locations, ${seed.users} users`);
    }

    const appUrl = appDatabaseUrl(runtime.databaseUrl, env.APP_DB_PASSWORD, env.DATABASE_APP_URL);
    const dataKey = env.DATA_ENCRYPTION_KEY ?? localEncryptionKey(dataDir);
    if (env.SEED_DEMO === "true" && env.SEED_DEMO_COUNTRY === "true")
      await seedDemoLife({ ownerUrl: runtime.databaseUrl, appUrl, dataKey }, log);
    // After every other demo data (the history is what the releases count): the national overview
    // has weeks to show on the first login. Only when there is no release yet.
    if (env.SEED_DEMO === "true") {
      const app = createDatabase(appUrl, { max: 2 });
      try {
        const released = await releaseDemoWeeks(app);
        if (released.length) log(`open releases: ${released[0]}..${released.at(-1)}`);
      } finally {
        await app.destroy();
      }
    }
    // The services get the app role only: the owner URL never leaves the launcher.
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: "",
      DATABASE_APP_URL: appUrl,
      REDIS_URL: runtime.redisUrl,
      PORT: String(env.PORT),
      HOST: env.HOST,
      DATA_ENCRYPTION_KEY: dataKey,
      // a platform with demo data is a demo: test BSNs are fine there, nowhere else unless set
      ALLOW_TEST_BSN: env.ALLOW_TEST_BSN ?? env.SEED_DEMO,
    };
    const startService = (name: string, cwd: string, entry: string) => {
      const child = spawn(process.execPath, ["--import", "tsx", entry], {
        cwd: join(repoRoot, cwd),
        env: childEnv,
        stdio: ["ignore", "inherit", "inherit"],
      });
      services.push({ name, child });
      child.on("exit", (code, signal) => {
        if (stopping) return;
        log(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); shutting the platform down`);
        void stop().then(() => resolveDone(1));
      });
    };
    startService("web", "apps/web", "server.ts");
    startService("worker", "apps/worker", "src/main.ts");
    startWatchdog(services.map((s) => s.child.pid!).filter(Boolean));

    const url = `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`;
    await waitFor(async () => (await fetch(`${url}/inloggen`)).ok, 60_000, "the web server");
    return { url, databaseUrl: runtime.databaseUrl, appDatabaseUrl: appUrl, redisUrl: runtime.redisUrl, seed, done, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
