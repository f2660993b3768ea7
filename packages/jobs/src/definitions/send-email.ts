import { z } from "zod";
import { processEmail } from "../email.ts";
import { defineJob } from "../job.ts";
import { OUTBOX_QUEUE } from "../queues.ts";

/**
 * A nudge right after the commit that wrote a message to the outbox: relay that one now. The
 * outbox is the truth; the relay loop sends it anyway when this job is lost.
 */
export const sendEmailJob = defineJob({
  queue: OUTBOX_QUEUE,
  name: "send-email",
  version: 1,
  payload: z.object({ outboxId: z.string().regex(/^\d+$/) }),
  handle: (payload, deps) => processEmail(deps.db, payload.outboxId, deps.mail, deps.cipher, deps.mailPolicy),
});
