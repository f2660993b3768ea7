import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join, resolve } from "node:path";
import { Redis } from "ioredis";
import { StartupError } from "../fatal.ts";
import { findFreePort } from "./free-port.ts";
import { startProcess, waitFor, type ManagedProcess } from "./process.ts";
import { supervise, type SupervisorOptions } from "./supervise.ts";
import { safeLocation } from "./postgres.ts";

export interface EmbeddedRedis {
  url: string;
  process: ManagedProcess;
}

const CANDIDATES = ["/usr/bin/redis-server", "/usr/sbin/redis-server", "/usr/local/bin/redis-server"];

function findRedisServer(): string | undefined {
  const onPath = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).stdout.trim();
  if (onPath) return onPath;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Installs Debian's redis-server when we may do so unattended (root with apt-get). A
 * temporary policy-rc.d keeps the package from starting a system-wide Redis of its own.
 */
function installRedisServer(log: (line: string) => void): string {
  const canApt = userInfo().uid === 0 && existsSync("/usr/bin/apt-get");
  if (!canApt) {
    throw new StartupError(
      "redis-server is not installed: install it (Debian/Ubuntu: `sudo apt-get install -y redis-server`) or set REDIS_URL",
    );
  }
  log("redis-server is missing: installing it with apt-get (one time)");
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "redis-server"], { stdio: "ignore", env });
  } catch {
    throw new StartupError("installing redis-server with apt-get failed: install it by hand or set REDIS_URL");
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  const installed = findRedisServer();
  if (!installed) throw new StartupError("redis-server still not found after apt-get install: set REDIS_URL");
  return installed;
}

export async function startEmbeddedRedis(
  dataRoot: string,
  log: (line: string) => void,
  supervision: SupervisorOptions = {},
): Promise<EmbeddedRedis> {
  const binary = findRedisServer() ?? installRedisServer(log);
  const dir = join(resolve(dataRoot), "redis");
  mkdirSync(dir, { recursive: true });
  const port = await findFreePort();
  const url = `redis://127.0.0.1:${port}`;
  const launch = () => launchRedis(binary, dir, port, url);
  // A crash is restarted on the same port with the same append-only file: the web and worker
  // reconnect to the URL they have, and the delayed jobs are still there.
  return { url, process: supervise(await launch(), launch, log, supervision) };
}

async function launchRedis(binary: string, dir: string, port: number, url: string): Promise<ManagedProcess> {
  // Append-only persistence, written through on every change, so delayed jobs (offer deadlines)
  // and queued mail nudges survive a restart, even after kill -9.
  const server = startProcess("Redis", binary, [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--dir",
    dir,
    "--appendonly",
    "yes",
    "--appendfsync",
    "always",
    "--save",
    "",
    "--daemonize",
    "no",
  ]);
  try {
    await Promise.race([
      waitFor(() => canPing(url), 15_000, "Redis"),
      server.exited.then((code) => {
        throw new StartupError(`redis-server exited with code ${code}: ${server.output().trim().split("\n").slice(-2).join(" | ")}`);
      }),
    ]);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

export async function canPing(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export async function assertRedisReachable(url: string): Promise<void> {
  if (!(await canPing(url))) throw new StartupError(`cannot reach Redis at ${safeLocation(url)} (REDIS_URL)`);
}
