import { Queue } from "bullmq";
import { afterAll, expect, inject, it } from "vitest";
import { REMATCH_AFTER_EXPIRY_MS, REMATCH_DEBOUNCE_MS, rematchWaitingJobOptions } from "@jeugdregie/jobs";

/**
 * Re-matching's schedule on a real Redis: an expiry burst waits half a minute and is never pushed
 * back by more expiries; a person's act (more capacity, a decline) brings it forward to seconds.
 */
const queue = new Queue(`rematch-schedule-${process.pid}`, { connection: { url: inject("redisUrl") } });
afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
});

const regionId = "00000000-0000-4000-8000-000000000001";
const dueIn = async () => {
  const delayed = await queue.getDelayed();
  expect(delayed).toHaveLength(1);
  return delayed[0]!.timestamp + delayed[0]!.delay - Date.now();
};

it("lets an expiry burst wait, and a person's trigger bring it forward", async () => {
  await queue.add("rematch-waiting", { regionId }, rematchWaitingJobOptions(regionId, "expiry"));
  expect(await dueIn()).toBeGreaterThan(REMATCH_AFTER_EXPIRY_MS - 2_000);
  // More expiries fold into the waiting job and do not push it back.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await queue.add("rematch-waiting", { regionId }, rematchWaitingJobOptions(regionId, "expiry"));
  expect(await dueIn()).toBeLessThan(REMATCH_AFTER_EXPIRY_MS - 250);
  // A provider raises capacity: the coordinator hears within seconds, still one job for the region.
  await queue.add("rematch-waiting", { regionId }, rematchWaitingJobOptions(regionId, "person"));
  expect(await dueIn()).toBeLessThanOrEqual(REMATCH_DEBOUNCE_MS);
});
