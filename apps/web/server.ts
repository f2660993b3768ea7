import { createRequestHandler } from "@react-router/express";
import express from "express";
import { RouterContextProvider, type ServerBuild } from "react-router";
import { isCrossOriginWrite, type ApiDeps } from "@jeugdregie/api";
import { clientAddress, cookieSecure, createLogger, exitWithMessage, parseEnv, parseTrustProxy, publicUrl } from "@jeugdregie/config";
import { appDatabaseUrl, createDatabase } from "@jeugdregie/db";
import { createFieldCrypto } from "@jeugdregie/auth";
import { createJobQueue, createProducerConnection } from "@jeugdregie/jobs";
import { clientAddressContext, depsContext } from "./app/context.ts";
import { requestLimits } from "./request-limits.ts";

// The web process: serves the built React Router app (SSR) with tRPC at /api/trpc.
const env = parseEnv();
if (!env.DATABASE_URL && !env.DATABASE_APP_URL)
  exitWithMessage("the web server needs DATABASE_URL or DATABASE_APP_URL (start it through `npm start`)");
if (!env.DATA_ENCRYPTION_KEY) exitWithMessage("the web server needs DATA_ENCRYPTION_KEY (start it through `npm start`, which creates one)");
if (!env.REDIS_URL) exitWithMessage("the web server needs REDIS_URL to hand work to the worker (start it through `npm start`)");

const db = createDatabase(appDatabaseUrl(env.DATABASE_URL ?? "", env.APP_DB_PASSWORD, env.DATABASE_APP_URL), { max: 20 });
const logger = createLogger(env, "web");
// Fail fast while Redis is down: a request answers within seconds (the change it committed does
// not depend on the enqueue, see nudgeWorker) instead of waiting in ioredis's offline queue.
let redisDown = false;
const redis = createProducerConnection(env.REDIS_URL, (error) => {
  if (!redisDown) logger.warn({ err: error.message }, "Redis unreachable: jobs are handed over when it is back");
  redisDown = true;
});
redis.on("ready", () => (redisDown = false));
const jobs = createJobQueue(redis);
const deps: ApiDeps = {
  db,
  cookieSecure: cookieSecure(env),
  heartbeatEveryMs: env.HEARTBEAT_EVERY_MS,
  jobs,
  appUrl: publicUrl(env),
  crypto: createFieldCrypto(env.DATA_ENCRYPTION_KEY),
  logger,
  allowTestBsn: env.ALLOW_TEST_BSN === "true",
};

const buildUrl = new URL("./build/server/index.js", import.meta.url);
const build = (await import(buildUrl.href)) as ServerBuild;

const app = express();
app.disable("x-powered-by");
// Forwarded headers count only from the proxies TRUST_PROXY names (default: none), for Express's
// own req.protocol/req.hostname as well as for the client address the API throttles and audits.
const trustedProxies = parseTrustProxy(env.TRUST_PROXY);
app.set("trust proxy", (address: string) => trustedProxies(address));
app.use("/assets", express.static(new URL("./build/client/assets", import.meta.url).pathname, { immutable: true, maxAge: "1y" }));
app.use(express.static(new URL("./build/client", import.meta.url).pathname, { maxAge: "1h" }));
app.use((req, res, next) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  // Every form post and API write must come from our own pages (SameSite=Lax is the first lock).
  if (isCrossOriginWrite({ method: req.method, headers: { get: (name) => req.get(name) } })) {
    res.status(403).type("text/plain").send("Verzoek van een andere herkomst geweigerd.");
    return;
  }
  next();
});
app.use(requestLimits);
app.all(
  "/{*path}",
  createRequestHandler({
    build,
    mode: env.NODE_ENV === "production" ? "production" : "development",
    getLoadContext: (req) => {
      const context = new RouterContextProvider();
      context.set(depsContext, deps);
      context.set(clientAddressContext, clientAddress(req.socket.remoteAddress, req.get("x-forwarded-for"), trustedProxies));
      return context;
    },
  }),
);

const server = app.listen(env.PORT, env.HOST, () => {
  console.log(`[web] listening on http://${env.HOST}:${env.PORT}`);
});
server.on("error", (error) => exitWithMessage(`web server could not listen on ${env.HOST}:${env.PORT}: ${error.message}`));

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[web] ${signal}: closing`);
  server.close(
    () =>
      void Promise.allSettled([db.destroy(), jobs.close()]).finally(() => {
        redis.disconnect();
        process.exit(0);
      }),
  );
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
