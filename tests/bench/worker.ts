import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const repoRoot = new URL("../..", import.meta.url).pathname;
export const BENCH_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");

/** Starts a Node service of the project (worker or a bench server) as its own process; resolves once it prints `ready`. */
export async function startProcess(
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
  cwd = repoRoot,
): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = ready.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited (${code}) before it was ready:\n${output}`));
    });
  });
  child.removeAllListeners("exit");
  // Keep draining its output so a chatty process never blocks on a full pipe.
  child.stdout!.removeAllListeners("data").resume();
  child.stderr!.removeAllListeners("data").resume();
  return { child, match };
}

/** Stops a process this bench started (only that one), and waits for it. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}

/** The project's worker, exactly as `npm start` runs it, against the bench database and Redis. */
export async function startWorker(appUrl: string, redisUrl: string): Promise<ChildProcess> {
  const { child } = await startProcess(
    "src/main.ts",
    { DATABASE_URL: "", DATABASE_APP_URL: appUrl, REDIS_URL: redisUrl, DATA_ENCRYPTION_KEY: BENCH_ENCRYPTION_KEY, NODE_ENV: "development" },
    /\[worker\] ready/,
    join(repoRoot, "apps/worker"),
  );
  return child;
}
