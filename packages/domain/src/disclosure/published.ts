/**
 * What may leave a region: a figure is either a value or suppressed with the reason why.
 * The reason travels with the figure because readers are told different things: "<10" says
 * "one to nine children", a secondary suppression says nothing about size (docs/disclosure-control.md).
 */
export type SuppressionReason =
  /** 1..9 children: too few to show (primary). */
  | "small"
  /** Hidden so that a small cell cannot be recovered from published totals. */
  | "secondary"
  /** A money cell to which too few providers contribute, or one dominates. */
  | "dominance"
  /** A rate or derived figure of which a part is suppressed. */
  | "part-suppressed"
  /** A rate over a published zero: there is nothing to divide by. */
  | "no-base";

export type Published = { kind: "value"; value: number } | { kind: "suppressed"; reason: SuppressionReason };

export const value = (v: number): Published => ({ kind: "value", value: v });
export const suppressed = (reason: SuppressionReason): Published => ({ kind: "suppressed", reason });

/** The mark a reader sees: "<10" for a small count (CBS style), "x" for any other hidden figure. */
export function publishedMark(published: Published): string | null {
  if (published.kind === "value") return null;
  return published.reason === "small" ? "<10" : "x";
}
