import { join } from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { canConnect, canPing, parseEnv, removeRuntimeData, startRuntime, type Runtime } from "@jeugdregie/config";
import { repoRoot, waitUntil } from "./helpers/processes.ts";

/*
 * The embedded PostgreSQL and Redis that `npm start` runs are supervised: killed hard, each is
 * noticed, logged and started again on the same address with its data.
 */
const dataDir = join(repoRoot, ".data", "test-runs", `supervision-${process.pid}`);
let runtime: Runtime | undefined;
afterAll(async () => {
  await runtime?.stop();
  removeRuntimeData(dataDir);
});

it("restarts a killed PostgreSQL and Redis on the same address with their data", async () => {
  removeRuntimeData(dataDir);
  const logs: string[] = [];
  runtime = await startRuntime(parseEnv({ DATA_DIR: dataDir }), (line) => logs.push(line), { initialDelayMs: 200 });
  const [postgres, redis] = runtime.processes;

  const client = new pg.Client({ connectionString: runtime.databaseUrl });
  await client.connect();
  await client.query("create table kept (value text); insert into kept values ('bewaard')");
  await client.end();
  const writer = new Redis(runtime.redisUrl);
  await writer.set("kept", "bewaard");
  writer.disconnect();

  const before = [postgres!.child.pid!, redis!.child.pid!];
  for (const pid of before) process.kill(pid, "SIGKILL");

  const { databaseUrl, redisUrl } = runtime;
  const restarted = () => [postgres!.child.pid, redis!.child.pid].every((pid, i) => pid !== before[i]);
  expect(await waitUntil(async () => restarted() && (await canConnect(databaseUrl)) && (await canPing(redisUrl)), 45_000)).toBe(true);
  expect(logs.join("\n")).toMatch(/PostgreSQL stopped unexpectedly \(signal SIGKILL\); restarting/);
  expect(logs.join("\n")).toMatch(/Redis stopped unexpectedly \(signal SIGKILL\); restarting/);
  expect(logs.filter((l) => / restarted \(pid \d+\); its data was kept/.test(l))).toHaveLength(2);

  const reader = new pg.Client({ connectionString: databaseUrl });
  await reader.connect();
  expect((await reader.query("select value from kept")).rows).toEqual([{ value: "bewaard" }]);
  await reader.end();
  const redisReader = new Redis(redisUrl);
  expect(await redisReader.get("kept")).toBe("bewaard");
  redisReader.disconnect();

  await runtime.stop();
  expect(await waitUntil(() => before.concat([postgres!.child.pid!, redis!.child.pid!]).every((pid) => !alive(pid)), 10_000)).toBe(true);
  runtime = undefined;
  console.info(`Supervision: PostgreSQL and Redis killed with SIGKILL, both restarted with their data (${logs.length} log lines)`);
});

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
