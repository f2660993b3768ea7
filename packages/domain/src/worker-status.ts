/** A worker counts as alive when it beat within three of its intervals. */
export function isWorkerAlive(lastBeatAt: Date, everyMs: number, now: Date = new Date()): boolean {
  return now.getTime() - lastBeatAt.getTime() <= everyMs * 3;
}
