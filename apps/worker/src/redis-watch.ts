import type { EventEmitter } from "node:events";

/**
 * One line when Redis goes away and one when it is back, instead of an error per reconnect
 * attempt from every connection. `noteError` also takes the BullMQ workers' error events: without
 * a listener those would end the process.
 */
export function watchRedis(connections: Pick<EventEmitter, "on">[], log: (line: string) => void, onBack: () => void) {
  let down = false;
  const noteError = (error: Error) => {
    if (down) return;
    down = true;
    log(`Redis unreachable (${error.message}): queued jobs wait; offer deadlines and mail go on from the database`);
  };
  for (const connection of connections) {
    connection.on("error", noteError);
    connection.on("ready", () => {
      if (!down) return;
      down = false;
      log("Redis reachable again");
      onBack();
    });
  }
  return { noteError };
}
