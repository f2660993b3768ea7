import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";

/**
 * Remembers which server processes this launcher started, so a launcher that was killed
 * hard (SIGKILL) leaves nothing behind: a detached watchdog stops them when the launcher's
 * pid disappears, and the next start cleans up whatever a crash left.
 */
export function recordPids(file: string, pids: number[]): void {
  writeFileSync(file, pids.join("\n") + "\n");
}

export function killLeftovers(file: string, log: (line: string) => void): void {
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const pid = Number(line);
    if (!pid || !isRunning(pid)) continue;
    const command = readCommand(pid);
    if (!/postgres|redis-server/.test(command)) continue;
    log(`stopping a ${command.includes("redis") ? "Redis" : "PostgreSQL"} left over by an earlier run (pid ${pid})`);
    try {
      process.kill(pid, "SIGINT");
    } catch {
      // already gone
    }
  }
  rmSync(file, { force: true });
}

export function startWatchdog(pids: number[]): ChildProcess {
  const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -INT ${pids.join(" ")} 2>/dev/null; exit 0`;
  const watchdog = spawn("bash", ["-c", script], { detached: true, stdio: "ignore" });
  watchdog.unref();
  return watchdog;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readCommand(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
}

/**
 * Without DATA_ENCRYPTION_KEY (development), a key is made once and kept beside the embedded
 * database it protects; losing it makes the stored BSNs unreadable, exactly like in production.
 */
export function localEncryptionKey(dataDir: string): string {
  const file = join(dataDir, "data-encryption-key");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
