import { productLine } from "../onboarding/ijw-codes.ts";
import { fieldLabel, valueLabel } from "./labels.ts";

/** One line of an audit entry on screen: a field in words, with its value before and after. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Keys that point at rows (ids mean nothing to a reader; the row is named elsewhere in the entry). */
const isIdKey = (key: string) => key === "id" || key === "ids" || /Id$/.test(key) || key === "request";
const euro = (cents: number) => new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cents / 100);

/** A stored value in words: codes labelled, money in euro, yes/no, lists joined, nested objects as "field: value". */
export function formatAuditValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "number") return /Cents$/.test(key) ? euro(value) : String(value);
  if (typeof value === "string") return UUID.test(value) ? "–" : valueLabel(key, value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "geen";
    return value.map((item) => (isPlainObject(item) ? describeItem(item) : formatAuditValue(key, item))).join(", ");
  }
  if (isPlainObject(value)) return describeObject(value);
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isProduct = (item: Record<string, unknown>): item is Parameters<typeof productLine>[0] =>
  typeof item.productCode === "string" && typeof item.tariffCents === "number" && typeof item.unit === "string";

/** An item of a list: a contracted product as on the contract ("45A03 € 63,00/uur"), anything else field by field. */
function describeItem(item: Record<string, unknown>): string {
  return isProduct(item) ? productLine(item) : `(${describeObject(item)})`;
}

function describeObject(value: Record<string, unknown>): string {
  return Object.entries(value)
    .filter(([k, v]) => !isIdKey(k) && v !== undefined)
    .map(([k, v]) => `${fieldLabel(k)}: ${formatAuditValue(k, v)}`)
    .join("; ");
}

const IDENTIFYING = ["name", "providerName", "email", "displayName"];
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What an audit entry changed, field by field: for before/after objects only the fields that
 * differ (all of them when one side is missing, as on create and delete); for lists what was
 * added and removed; for anything else its fields as they were recorded. Ids are left out.
 */
export function auditChanges(details: unknown): AuditChange[] {
  if (!isPlainObject(details)) return [];
  if (!("before" in details) && !("after" in details)) {
    return Object.entries(details)
      .filter(([k, v]) => !isIdKey(k) && v !== undefined)
      .map(([k, v]) => ({ field: fieldLabel(k), before: null, after: formatAuditValue(k, v) }));
  }
  const { before, after } = details;
  if (isPlainObject(before) || isPlainObject(after)) {
    const b = isPlainObject(before) ? before : {};
    const a = isPlainObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !isIdKey(k));
    const both = isPlainObject(before) && isPlainObject(after);
    // What names the record (a location's name, a person's address) is shown even when it stayed.
    const naming = keys.filter((k) => both && IDENTIFYING.includes(k) && same(b[k], a[k]));
    return [
      ...naming.map((k) => ({ field: fieldLabel(k), before: null, after: formatAuditValue(k, a[k]) })),
      ...keys
        .filter((k) => !both || !same(b[k], a[k]))
        .map((k) => ({
          field: fieldLabel(k),
          // A field only one side records (a reason given with an end) is shown on that side alone, not as "– → ...".
          before: k in b ? formatAuditValue(k, b[k]) : null,
          after: k in a ? formatAuditValue(k, a[k]) : null,
        })),
    ];
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const removed = before.filter((x) => !after.some((y) => same(x, y)));
    const added = after.filter((x) => !before.some((y) => same(x, y)));
    return [
      ...(removed.length ? [{ field: "Verwijderd", before: formatAuditValue("", removed), after: null }] : []),
      ...(added.length ? [{ field: "Toegevoegd", before: null, after: formatAuditValue("", added) }] : []),
    ];
  }
  return [
    { field: "Waarde", before: before === undefined ? null : formatAuditValue("status", before), after: formatAuditValue("status", after) },
  ];
}
