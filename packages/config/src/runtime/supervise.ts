import type { ManagedProcess } from "./process.ts";

export interface SupervisorOptions {
  /** First delay before a restart; it doubles with every restart that follows quickly. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A process that ran this long before it stopped counts as healthy: the delay starts over. */
  stableAfterMs?: number;
  /** Called with every process started after a crash (the launcher records its pid). */
  onRestart?: (process: ManagedProcess) => void;
}

/**
 * Keeps an embedded server running: when it stops without being asked (a crash, kill -9, the
 * OOM killer), the supervisor says so and starts it again with the same arguments (same port,
 * same data), after a delay that grows while restarts keep failing. `child` is always the current
 * process; `stop()` ends supervision and stops it.
 */
export function supervise(
  first: ManagedProcess,
  restart: () => Promise<ManagedProcess>,
  log: (line: string) => void,
  options: SupervisorOptions = {},
): ManagedProcess {
  const initialDelayMs = options.initialDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const stableAfterMs = options.stableAfterMs ?? 60_000;
  let current = first;
  let startedAt = Date.now();
  let stopping = false;
  let delay = initialDelayMs;
  let wake: () => void = () => undefined;
  let resolveExited: (code: number | null) => void = () => undefined;
  const exited = new Promise<number | null>((resolve) => (resolveExited = resolve));
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const keepRunning = async () => {
    for (;;) {
      const code = await current.exited;
      if (stopping) return resolveExited(code);
      if (Date.now() - startedAt >= stableAfterMs) delay = initialDelayMs;
      const how = current.child.signalCode ? `signal ${current.child.signalCode}` : `exit code ${code}`;
      log(`${first.name} stopped unexpectedly (${how}); restarting in ${(delay / 1000).toFixed(1)} s`);
      for (;;) {
        await sleep(delay);
        if (stopping) return resolveExited(code);
        delay = Math.min(delay * 2, maxDelayMs);
        try {
          current = await restart();
          startedAt = Date.now();
          log(`${first.name} restarted (pid ${current.child.pid}); its data was kept`);
          options.onRestart?.(current);
          break;
        } catch (error) {
          log(`${first.name} could not be restarted: ${(error as Error).message}; trying again in ${(delay / 1000).toFixed(1)} s`);
        }
      }
      if (stopping) {
        await current.stop();
        return resolveExited(await current.exited);
      }
    }
  };
  void keepRunning();

  return {
    name: first.name,
    get child() {
      return current.child;
    },
    exited,
    async stop(signal, timeoutMs) {
      stopping = true;
      wake();
      await current.stop(signal, timeoutMs);
      await exited;
    },
  };
}
