import type { Env } from "../env.ts";
import { assertPostgresReachable, startEmbeddedPostgres } from "./postgres.ts";
import { assertRedisReachable, startEmbeddedRedis } from "./redis.ts";
import type { ManagedProcess } from "./process.ts";
import type { SupervisorOptions } from "./supervise.ts";

export interface Runtime {
  databaseUrl: string;
  redisUrl: string;
  /** Processes this runtime started (empty when both services are external). */
  processes: ManagedProcess[];
  stop(): Promise<void>;
}

/**
 * Gives the platform a PostgreSQL and a Redis: the configured ones (checked for reachability)
 * or local servers started here with their data under DATA_DIR, supervised: a local server that
 * crashes is restarted (see supervise.ts).
 */
export async function startRuntime(
  env: Env,
  log: (line: string) => void = () => undefined,
  supervision: SupervisorOptions = {},
): Promise<Runtime> {
  const processes: ManagedProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((p) => p.stop()));
  };
  try {
    let databaseUrl = env.DATABASE_URL;
    if (databaseUrl) {
      await assertPostgresReachable(databaseUrl);
    } else {
      const pg = await startEmbeddedPostgres(env.DATA_DIR, log, supervision, {
        ...(env.EMBEDDED_PG_SHARED_BUFFERS ? { shared_buffers: env.EMBEDDED_PG_SHARED_BUFFERS } : {}),
      });
      processes.push(pg.process);
      databaseUrl = pg.url;
      log(`PostgreSQL started on ${new URL(pg.url).host} (data in ${pg.dataDir})`);
    }
    let redisUrl = env.REDIS_URL;
    if (redisUrl) {
      await assertRedisReachable(redisUrl);
    } else {
      const redis = await startEmbeddedRedis(env.DATA_DIR, log, supervision);
      processes.push(redis.process);
      redisUrl = redis.url;
      log(`Redis started on ${new URL(redis.url).host} (data in ${env.DATA_DIR}/redis)`);
    }
    return { databaseUrl, redisUrl, processes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export { startEmbeddedPostgres, assertPostgresReachable, canConnect } from "./postgres.ts";
export { startEmbeddedRedis, assertRedisReachable, canPing } from "./redis.ts";
export { removeRuntimeData } from "./postgres-files.ts";
export { postgresLayout } from "./postgres-layout.ts";
export { findFreePort } from "./free-port.ts";
export { startProcess, waitFor, type ManagedProcess } from "./process.ts";
export { supervise, type SupervisorOptions } from "./supervise.ts";
