import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { findFreePort, removeRuntimeData } from "@jeugdregie/config";
import { isRunning, repoRoot, spawnApp, waitUntil } from "./helpers/processes.ts";

/*
 * The start command as a newcomer runs it: embedded PostgreSQL and Redis, migrations, demo
 * seed, web and worker; and however it is stopped, nothing keeps running afterwards.
 */
const dataDirs: string[] = [];
afterAll(() => dataDirs.forEach(removeRuntimeData));

async function startPlatform() {
  const dataDir = join(repoRoot, ".data", "test-runs", `lifecycle-${process.pid}-${dataDirs.length}`);
  dataDirs.push(dataDir);
  const port = await findFreePort();
  // The 11 hand-written demo regions only: this is about processes, and the generated rest of the country
  // with its history takes a minute or two to seed (tests/integration/demo-history.integration.test.ts covers it).
  const platform = spawnApp("platform", "src/main.ts", {
    DATA_DIR: dataDir,
    PORT: String(port),
    HEARTBEAT_EVERY_MS: "1000",
    SEED_DEMO_COUNTRY: "false",
  });
  await platform.waitForOutput(/Jeugdregie draait op http:\/\/127\.0\.0\.1:\d+/, 120_000);
  const serverPids = readFileSync(join(dataDir, "runtime.pids"), "utf8").trim().split("\n").map(Number);
  return { platform, port, serverPids, dataDir };
}

async function webAnswers(port: number) {
  return fetch(`http://127.0.0.1:${port}/inloggen`).then(
    (r) => r.ok,
    () => false,
  );
}

describe("npm start", () => {
  it("serves the login page, restarts a crashed Redis, and SIGTERM stops everything", async () => {
    const { platform, port, serverPids, dataDir } = await startPlatform();
    expect(platform.output()).toContain("coordinator.haaglanden@jeugdregie.demo");
    expect(serverPids).toHaveLength(2);
    expect(serverPids.every(isRunning)).toBe(true);
    expect(await webAnswers(port)).toBe(true);

    // Redis crashes: the launcher notices, says so, and starts it again (a new pid it also watches).
    const [, redisPid] = serverPids;
    process.kill(redisPid!, "SIGKILL");
    await platform.waitForOutput(/Redis stopped unexpectedly \(signal SIGKILL\); restarting/, 20_000);
    await platform.waitForOutput(/Redis restarted \(pid \d+\)/, 20_000);
    const pidsNow = () => readFileSync(join(dataDir, "runtime.pids"), "utf8").trim().split("\n").map(Number);
    expect(await waitUntil(() => !pidsNow().includes(redisPid!) && pidsNow().every(isRunning), 10_000)).toBe(true);
    expect(await webAnswers(port)).toBe(true);
    const restartedPids = pidsNow();

    platform.child.kill("SIGTERM");
    expect(await platform.exited).toBe(0);
    expect([...serverPids, ...restartedPids].filter(isRunning)).toEqual([]);
    expect(await webAnswers(port)).toBe(false);
  }, 120_000);

  it("leaves no PostgreSQL or Redis behind when the launcher is killed hard", async () => {
    const { platform, port, serverPids } = await startPlatform();
    platform.child.kill("SIGKILL");
    expect(await waitUntil(() => serverPids.every((pid) => !isRunning(pid)), 20_000)).toBe(true);
    expect(await waitUntil(async () => !(await webAnswers(port)), 20_000)).toBe(true);
  }, 120_000);
});

describe("configured services that cannot be reached", () => {
  it("ends with one clear line and exit code 1 for DATABASE_URL", async () => {
    const run = spawnApp("platform", "src/main.ts", {
      DATABASE_URL: "postgres://jr:secret@127.0.0.1:1/jeugdregie",
      REDIS_URL: "redis://127.0.0.1:1",
    });
    expect(await run.exited).toBe(1);
    const lines = run.stderr().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^jeugdregie: cannot reach PostgreSQL at 127\.0\.0\.1:1\/jeugdregie \(DATABASE_URL\)/);
    expect(run.stderr()).not.toContain("secret");
  });

  it("ends with one clear line and exit code 1 for REDIS_URL", async () => {
    const run = spawnApp("platform", "src/main.ts", { DATABASE_URL: inject("adminUrl"), REDIS_URL: "redis://127.0.0.1:1" });
    expect(await run.exited).toBe(1);
    expect(run.stderr().trim().split("\n")).toEqual(["jeugdregie: cannot reach Redis at 127.0.0.1:1 (REDIS_URL)"]);
  });

  it("explains an invalid environment instead of crashing", async () => {
    const run = spawnApp("platform", "src/main.ts", { PORT: "not-a-port" });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/^jeugdregie: Invalid environment:\n\s+PORT:/);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });
});
