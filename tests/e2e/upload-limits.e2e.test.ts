import { request as httpRequest } from "node:http";
import { describe, expect, it, inject } from "vitest";

/*
 * The running web server refuses a 200 MB upload at once: it answers 413 from the declared
 * length (411 without one) before reading any of the body, and closes the connection.
 */
const MB = 1024 * 1024;

function upload(path: string, total: number, declare: boolean): Promise<{ status: number; sent: number; ms: number; body: string }> {
  const target = new URL(path, inject("baseUrl"));
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest(
      target,
      {
        method: "POST",
        headers: {
          "content-type": "multipart/form-data; boundary=x",
          ...(declare ? { "content-length": String(total) } : { "transfer-encoding": "chunked" }),
        },
      },
      (res) => {
        answered = true;
        let body = "";
        res.on("data", (d: Buffer) => (body += d.toString()));
        res.on("end", () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, sent, ms: Date.now() - started, body });
        });
      },
    );
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(256 * 1024, 0x41);
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    // Headers first: a server that answers from them never waits for the body. If it does wait,
    // the body follows and the assertions below see how much it swallowed.
    req.flushHeaders();
    setTimeout(pump, 2000);
  });
}

describe("an upload far over the limit", () => {
  it("is refused with 413 and a Dutch message before the server reads it", async () => {
    const result = await upload("/aanmeldingen/00000000-0000-4000-8000-000000000000", 200 * MB, true);
    expect(result.status).toBe(413);
    expect(result.body).toContain("hoogstens 10 MB");
    expect(result.sent).toBe(0);
    expect(result.ms).toBeLessThan(10_000);
  });

  it("without a declared length is refused too (411)", async () => {
    const result = await upload("/aanmeldingen/00000000-0000-4000-8000-000000000000", 200 * MB, false);
    expect(result.status).toBe(411);
    expect(result.sent).toBe(0);
  });
});
