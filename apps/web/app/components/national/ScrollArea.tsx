import type { ReactNode } from "react";

/** A wide table's scrolling box: reachable by keyboard and named after its table, so it can be scrolled without a mouse. */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="jr-table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
