import { Redis } from "ioredis";

/** BullMQ needs `maxRetriesPerRequest: null` on the connections its workers block on. */
export function createRedisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

/**
 * For code that only hands work to the worker (the web server, the worker's own nudges): while
 * Redis is down a command fails at once instead of waiting in ioredis's offline queue, so a
 * request answers within seconds. Reconnects in the background; `onError` sees connection trouble
 * (without a listener ioredis would print every reconnect failure).
 */
export function createProducerConnection(url: string, onError: (error: Error) => void = () => undefined): Redis {
  const connection = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  connection.on("error", onError);
  return connection;
}
