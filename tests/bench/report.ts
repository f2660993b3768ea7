/** One line of the bench's table: the project's figure against its baseline, and the budget it must meet. */
export interface Row {
  measure: string;
  project: string;
  baseline: string;
  /** project / baseline (or the measured value for absolute budgets); null when not measurable. */
  ratio: number | null;
  reps: string;
  budget: string;
  /** Whether the budget is met; null when the measure could not run. */
  pass: boolean | null;
  /** A budget not enforced at this scale is shown but does not change the exit code. */
  enforced: boolean;
  note?: string;
}

export interface BenchReport {
  scale: number;
  rows: Row[];
  load: string[];
}

const pad = (text: string, width: number) => (text.length >= width ? text : text + " ".repeat(width - text.length));

export function formatTable(report: BenchReport): string {
  const header = ["measure", "project", "baseline", "ratio", "reps", "budget", "result"];
  const lines = report.rows.map((r) => [
    r.measure,
    r.project,
    r.baseline,
    r.ratio === null ? "-" : r.ratio.toFixed(2),
    r.reps,
    r.budget,
    `${r.pass === null ? "NOT RUN" : r.pass ? "ok" : "MISSED"}${r.enforced ? "" : " (not enforced)"}${r.note ? ` ${r.note}` : ""}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, i === cells.length - 1 ? 0 : widths[i]!))
      .join("  ")
      .trimEnd();
  return [render(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(render)].join("\n");
}

/** Exit status: non-zero when an enforced budget is missed or could not be measured. */
export const missed = (report: BenchReport) => report.rows.filter((r) => r.enforced && r.pass !== true);
