export interface Loop {
  /** Runs the pass now (or right after the one running), then keeps the interval from there. */
  runNow(): void;
  /** No further passes; resolves when the running one has finished. */
  stop(): Promise<void>;
}

/**
 * A pass every `everyMs`, counted from the end of the previous one, so passes never overlap;
 * the first runs at once. A failing pass is reported and the next one comes as usual. These
 * loops need only PostgreSQL: they keep deadlines and mail going while Redis is down.
 */
export function every(everyMs: number, pass: () => Promise<void>, onError: (error: Error) => void): Loop {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = pass()
      .catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        running = null;
        if (stopped) return;
        if (again) {
          again = false;
          run();
        } else timer = setTimeout(run, everyMs);
      });
  };
  run();
  return {
    runNow: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
