import type { JobDefinition } from "../job.ts";
import { computeSettlementsJob } from "./compute-settlements.ts";
import { importJob } from "./csv-import.ts";
import { heartbeatJob } from "./heartbeat.ts";
import { kpiSnapshotsJob } from "./kpi-snapshots.ts";
import { offerExpiryJob } from "./offer-expiry.ts";
import { openReleaseJob } from "./open-release.ts";
import { placementChecksJob } from "./placement-checks.ts";
import { rematchWaitingJob } from "./rematch-waiting.ts";
import { sendEmailJob } from "./send-email.ts";

export * from "./compute-settlements.ts";
export * from "./csv-import.ts";
export * from "./heartbeat.ts";
export * from "./kpi-snapshots.ts";
export * from "./offer-expiry.ts";
export * from "./open-release.ts";
export * from "./placement-checks.ts";
export * from "./rematch-waiting.ts";
export * from "./send-email.ts";

/** Every job there is: the worker registers exactly these (a test checks each file here is listed). */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [
  heartbeatJob,
  importJob,
  sendEmailJob,
  offerExpiryJob,
  rematchWaitingJob,
  placementChecksJob,
  computeSettlementsJob,
  kpiSnapshotsJob,
  openReleaseJob,
];
