import { addQuarters, quarterOf } from "@jeugdregie/domain";

/** The quarters a region picks from: the running one and the seven before it. */
export function recentQuarters(now: Date, count = 8): { value: string; label: string }[] {
  const current = quarterOf(now);
  return Array.from({ length: count }, (_, i) => {
    const value = addQuarters(current, -i);
    return { value, label: `K${value.slice(6)} ${value.slice(0, 4)}${i === 0 ? " (loopt nog)" : ""}` };
  });
}
