import { createServer } from "node:http";
import { handleTrpcRequest, type ApiDeps } from "@jeugdregie/api";
import { createFieldCrypto } from "@jeugdregie/auth";
import { silentLogger } from "@jeugdregie/config";
import { createDatabase } from "@jeugdregie/db";

// The project's HTTP API for the bench: the same handler the web server mounts at /api/trpc,
// the same pool size (20), behind a plain node:http server (the bare server's twin).
const db = createDatabase(process.env.DATABASE_APP_URL!, { max: 20 });
const deps: ApiDeps = {
  db,
  cookieSecure: false,
  heartbeatEveryMs: 30_000,
  jobs: { enqueue: async () => "0", close: async () => undefined },
  appUrl: "http://127.0.0.1",
  crypto: createFieldCrypto(process.env.DATA_ENCRYPTION_KEY!),
  logger: silentLogger,
  allowTestBsn: false,
};

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks);
    const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body });
    void handleTrpcRequest(deps, request, req.socket.remoteAddress ?? "127.0.0.1").then(async (response) => {
      const headersOut: Record<string, string> = {};
      response.headers.forEach((value, key) => (headersOut[key] = value));
      res.writeHead(response.status, headersOut);
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`ready ${typeof address === "object" && address ? address.port : 0}`);
});
process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void db.destroy().finally(() => process.exit(0));
});
