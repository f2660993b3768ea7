import type { z } from "zod";
import type { Database, FieldCipher, WorkerIdentity } from "@jeugdregie/db";
import type { MailRetryPolicy } from "@jeugdregie/domain";
import type { EmailTransport } from "./email.ts";

/** What a job's handler may use: the worker builds it once and hands it to every job. */
export interface JobDeps {
  db: Database;
  cipher: Pick<FieldCipher, "encrypt" | "decrypt">;
  /** Null without SMTP_URL: mail is kept in the outbox. */
  mail: EmailTransport | null;
  mailPolicy?: MailRetryPolicy;
  identity: WorkerIdentity;
  /** Queues re-matching of these regions' waiting requests (one run per region at a time). */
  rematch(regionIds: string[]): Promise<void>;
}

/**
 * A job, whole in one file (the shape of documenso's job definitions): where it runs, what it is
 * called, the version and schema of its payload, and what it does. Nothing is queued except through
 * `enqueue(definition, payload)`, which validates the payload and stamps the version; the worker
 * refuses a job whose version or payload does not match its definition (see registry.ts).
 */
export interface JobDefinition<TPayload extends z.ZodType = z.ZodType> {
  queue: string;
  name: string;
  /** Raise it when the payload changes shape; jobs queued with another version are refused, not guessed at. */
  version: number;
  payload: TPayload;
  /** Runs one job whose payload has been validated against `payload`. */
  handle(payload: z.output<TPayload>, deps: JobDeps): Promise<unknown>;
}

/** Keeps the payload's type attached to the handler. */
export const defineJob = <TPayload extends z.ZodType>(definition: JobDefinition<TPayload>): JobDefinition<TPayload> => definition;
