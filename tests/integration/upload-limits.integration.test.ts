import { describe, expect, it } from "vitest";
import { handleTrpcRequest, readFormData } from "@jeugdregie/api";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { createTestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps } from "./helpers/api.ts";

/*
 * A 200 MB upload is refused while it is being read: the server pulls at most the limit plus one
 * chunk from the sender and holds no more than that, whether or not the size was declared.
 */
const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

/** A body of `total` bytes made on demand (as a slow sender would), counting what was pulled. */
function countingBody(total: number, prefix: string, fill = 0x41) {
  let pulled = 0;
  const head = Buffer.from(prefix);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      const size = Math.min(CHUNK, total - pulled);
      const chunk = pulled === 0 ? Buffer.concat([head, Buffer.alloc(size - head.length, fill)]) : Buffer.alloc(size, fill);
      pulled += chunk.length;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  return { stream, pulled: () => pulled };
}

const boundary = "----jr-test";
const multipartHead = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="groot.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`;

function post(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  return new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("a document upload over the limit", () => {
  it("stops reading an undeclared 200 MB body just past 10 MB, holding no more", async () => {
    const body = countingBody(200 * MB, multipartHead);
    const before = process.memoryUsage().arrayBuffers;
    const started = Date.now();
    const error = await rejection(
      readFormData(
        post("http://localhost/aanmeldingen/x", body.stream, { "content-type": `multipart/form-data; boundary=${boundary}` }),
        10 * MB,
      ),
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("TOO_LARGE");
    expect(body.pulled()).toBeLessThanOrEqual(10 * MB + 2 * CHUNK);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(40 * MB);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("reads nothing of a body that declares more than the limit", async () => {
    const body = countingBody(200 * MB, multipartHead);
    const request = post("http://localhost/aanmeldingen/x", body.stream, {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "content-length": String(200 * MB),
    });
    const error = await rejection(readFormData(request, 10 * MB));
    expect((error as AppError).code).toBe("TOO_LARGE");
    expect(body.pulled()).toBeLessThanOrEqual(CHUNK);
  });

  it("still reads a form within the limit", async () => {
    const text = `${multipartHead}\r\n--${boundary}--\r\n`;
    const form = await readFormData(
      new Request("http://localhost/x", {
        method: "POST",
        body: text,
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      }),
      10 * MB,
    );
    expect((form.get("file") as File).name).toBe("groot.pdf");
  });

  it("is answered 413 by the HTTP API too, after at most the API limit", async () => {
    const db = await createTestDatabase({ seedDemo: true });
    try {
      const session = new ApiSession(apiDeps(db.app));
      await session.login("verwijzer.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
      const upload = (cookie: string) => {
        const body = countingBody(200 * MB, '{"0":{"requestId":"00000000-0000-4000-8000-000000000000","contentBase64":"', 0x41);
        const request = post("http://localhost/api/trpc/intake.uploadDocument?batch=1", body.stream, {
          "content-type": "application/json",
          cookie,
        });
        return { body, response: handleTrpcRequest(apiDeps(db.app), request, "203.0.113.7") };
      };

      const signedIn = upload(session.cookie);
      const response = await signedIn.response;
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/te groot/);
      expect(signedIn.body.pulled()).toBeLessThanOrEqual(15 * MB + 2 * CHUNK);

      // without a session the body is not read at all
      const anonymous = upload("");
      expect((await anonymous.response).status).toBe(401);
      expect(anonymous.body.pulled()).toBeLessThanOrEqual(2 * CHUNK);
    } finally {
      await db.drop();
    }
  });
});
