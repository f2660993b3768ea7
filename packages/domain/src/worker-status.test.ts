import { expect, it } from "vitest";
import { isWorkerAlive } from "./worker-status.ts";

it("counts a worker alive within three heartbeat intervals", () => {
  const now = new Date("2026-11-25T10:00:00Z");
  expect(isWorkerAlive(new Date("2026-11-25T09:59:00Z"), 30_000, now)).toBe(true);
  expect(isWorkerAlive(new Date("2026-11-25T09:58:29Z"), 30_000, now)).toBe(false);
});
