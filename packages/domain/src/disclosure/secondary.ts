import type { SuppressionReason } from "./published.ts";
import type { DisclosureTable, TableRelation } from "./table.ts";

/**
 * Secondary suppression, for any kind of cell. An attacker knows every relation (a total is the sum
 * of its parts) and every published figure. Within one relation he can move a hidden cell only by
 * moving other hidden cells of it the opposite way, each within what he knows of them (a hidden
 * count is at least ten, "<10" is 1..9). So every hidden cell carries a need: how far down and up it
 * must stay free (a small count: through all of 1..9). A relation is safe when the other hidden cells
 * can absorb each hidden cell's need; a cell hidden to absorb takes over the mirrored need when it is
 * chosen, so the protection travels along rows, columns and levels until every relation is safe.
 * Published figures are taken as exact here (their rounding only widens what an attacker can
 * derive). This is a per-relation check; the attacker test (tests/helpers/disclosure/attacker.ts, a linear program
 * over everything published, two releases) checks the whole.
 */

export interface CellRange {
  lo: number;
  hi: number;
}

/** How far a hidden cell must be free to move, below and above its true value. */
export interface Need {
  down: number;
  up: number;
}

export interface DisclosureProfile {
  /** The attacker's bounds for a hidden cell of this value and reason (he sees the reason). */
  hiddenBounds(value: number, reason: SuppressionReason): CellRange;
  /** The need of a cell hidden on its own account, or carried from the previous release. */
  ownNeed(value: number, reason: SuppressionReason, carried: boolean): Need;
}

export interface ProtectInput {
  table: DisclosureTable;
  profile: DisclosureProfile;
  /** Cells hidden on their own account (small counts, dominated money cells). */
  primary: Map<string, SuppressionReason>;
  /** Hidden in the previous release and unchanged since: they stay hidden, and keep protecting it. */
  carried?: Set<string>;
  /** Published in the previous release and unchanged since: the attacker knows them, so they hide nothing. */
  known?: Set<string>;
}

interface Term {
  key: string;
  sign: 1 | -1;
}

const termsOf = (relation: TableRelation): Term[] => [
  { key: relation.total, sign: -1 },
  ...relation.parts.map((key): Term => ({ key, sign: 1 })),
];

class Protection {
  readonly hidden: Map<string, SuppressionReason>;
  readonly need = new Map<string, Need>();

  constructor(private readonly input: ProtectInput) {
    this.hidden = new Map(input.primary);
    for (const key of input.carried ?? []) if (!this.hidden.has(key)) this.hidden.set(key, "secondary");
    for (const [key, reason] of this.hidden)
      this.need.set(key, this.clip(key, input.profile.ownNeed(this.value(key), reason, input.carried?.has(key) ?? false)));
  }

  value(key: string): number {
    return this.input.table.cells[key]!;
  }

  /** How far the attacker's bounds let a hidden cell move (as if hidden, for a candidate). */
  capacity(key: string): Need {
    const bounds = this.input.profile.hiddenBounds(this.value(key), this.hidden.get(key) ?? "secondary");
    return { down: this.value(key) - bounds.lo, up: bounds.hi - this.value(key) };
  }

  clip(key: string, need: Need): Need {
    const capacity = this.capacity(key);
    return { down: Math.min(need.down, capacity.down), up: Math.min(need.up, capacity.up) };
  }

  isSafe(relation: TableRelation): boolean {
    const terms = termsOf(relation).filter((t) => this.hidden.has(t.key));
    // A hidden cell alone in a relation is the total minus the rest, whatever its need.
    if (terms.length === 1) return false;
    // The range of sign * change each hidden cell can contribute to the relation.
    const reach = terms.map((t) => {
      const c = this.capacity(t.key);
      return t.sign === 1 ? { lo: -c.down, hi: c.up } : { lo: -c.up, hi: c.down };
    });
    return terms.every((t, i) => {
      const need = this.need.get(t.key) ?? { down: 0, up: 0 };
      const others = reach.filter((_, j) => j !== i);
      const canLo = others.reduce((sum, r) => sum + r.lo, 0);
      const canHi = others.reduce((sum, r) => sum + r.hi, 0);
      const absorbs = (shift: number) => -shift >= canLo - 1e-9 && -shift <= canHi + 1e-9;
      return absorbs(t.sign * need.up) && absorbs(-t.sign * need.down);
    });
  }

  /**
   * A cell hidden to protect the others of a relation takes over their needs, mirrored: when a part
   * goes up, another part goes down, or the total goes up. Within what the attacker's bounds allow.
   */
  hide(key: string, relation: TableRelation): void {
    this.hidden.set(key, "secondary");
    const terms = termsOf(relation);
    const sign = terms.find((t) => t.key === key)!.sign;
    let need: Need = { down: 0, up: 0 };
    for (const x of terms) {
      const nx = this.need.get(x.key);
      if (x.key === key || !nx || !this.hidden.has(x.key)) continue;
      const mirrored = sign === x.sign ? { down: nx.up, up: nx.down } : nx;
      need = { down: Math.max(need.down, mirrored.down), up: Math.max(need.up, mirrored.up) };
    }
    this.need.set(key, this.clip(key, need));
  }

  /** The cell to hide next in an unsafe relation: the smallest that makes it safe, else the largest. */
  complementFor(relation: TableRelation): string | null {
    const open = termsOf(relation)
      .map((t) => t.key)
      .filter((key) => !this.hidden.has(key) && this.value(key) > 0);
    const byValue = (keys: string[]) => [...keys].sort((a, b) => this.value(a) - this.value(b) || a.localeCompare(b));
    const unknown = byValue(open.filter((key) => !this.input.known?.has(key)));
    // A cell the attacker knows from the previous release hides nothing; only when nothing else is left.
    const candidates = unknown.length > 0 ? unknown : byValue(open);
    const sufficient = candidates.find((key) => {
      const trial = new Protection(this.input);
      this.hidden.forEach((reason, k) => trial.hidden.set(k, reason));
      this.need.forEach((need, k) => trial.need.set(k, need));
      trial.hide(key, relation);
      return trial.isSafe(relation);
    });
    return sufficient ?? candidates.at(-1) ?? null;
  }
}

/** The hidden cells of a table and why: primary, carried and as many secondary as the relations need. */
export function protect(input: ProtectInput): Map<string, SuppressionReason> {
  const state = new Protection(input);
  const hopeless = new Set<TableRelation>();
  for (let changed = true; changed;) {
    changed = false;
    for (const relation of input.table.relations) {
      if (hopeless.has(relation) || state.isSafe(relation)) continue;
      const key = state.complementFor(relation);
      if (key === null) hopeless.add(relation);
      else {
        state.hide(key, relation);
        changed = true;
      }
    }
  }
  return state.hidden;
}
