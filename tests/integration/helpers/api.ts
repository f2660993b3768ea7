import { createCaller, createContext, type ApiDeps } from "@jeugdregie/api";
import type { Database } from "@jeugdregie/db";
import type { JobQueue } from "@jeugdregie/jobs";
import { createFieldCrypto } from "@jeugdregie/auth";
import { clientAddress, parseTrustProxy, silentLogger } from "@jeugdregie/config";

export const testCrypto = createFieldCrypto(Buffer.alloc(32, 7).toString("base64"));

/**
 * Calls the API the way a browser session does: cookies carried from one call to the next. The
 * remote address is the socket's; `edge` adds an X-Forwarded-For header and the TRUST_PROXY
 * setting, resolved into the client address exactly as the web server does.
 */
export class ApiSession {
  cookie = "";
  constructor(
    private readonly deps: ApiDeps,
    private readonly remoteAddress = "203.0.113.7",
    private readonly edge: { forwardedFor?: string; trustProxy?: string } = {},
  ) {}

  async caller() {
    const headers = new Headers({ "user-agent": "vitest" });
    if (this.edge.forwardedFor) headers.set("x-forwarded-for", this.edge.forwardedFor);
    if (this.cookie) headers.set("cookie", this.cookie);
    const request = new Request("http://localhost/api/trpc", { headers });
    const address = clientAddress(this.remoteAddress, headers.get("x-forwarded-for"), parseTrustProxy(this.edge.trustProxy));
    const resHeaders = new Headers();
    const ctx = await createContext(this.deps, { request, clientAddress: address, resHeaders });
    const caller = createCaller(ctx);
    return { caller, resHeaders };
  }

  async login(email: string, password: string) {
    const { caller, resHeaders } = await this.caller();
    const result = await caller.auth.login({ email, password });
    this.cookie = (resHeaders.get("set-cookie") ?? "").split(";")[0]!;
    return result;
  }
}

/** Records what the API hands to the worker, so a test can run those jobs itself. */
export class RecordingJobQueue implements JobQueue {
  readonly enqueued: { queue: string; name: string; payload: unknown; options?: unknown }[] = [];
  async enqueue(definition: { queue: string; name: string }, payload: unknown, options?: unknown) {
    this.enqueued.push({ queue: definition.queue, name: definition.name, payload, options });
    return String(this.enqueued.length);
  }
  async close() {}
}

export function apiDeps(db: Database, jobs: JobQueue = new RecordingJobQueue()): ApiDeps {
  return {
    db,
    cookieSecure: false,
    heartbeatEveryMs: 30_000,
    jobs,
    appUrl: "http://jeugdregie.test",
    crypto: testCrypto,
    logger: silentLogger,
    allowTestBsn: true,
  };
}
