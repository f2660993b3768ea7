import { sql } from "kysely";
import { AppError } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";

export interface NewNotification {
  kind: "capacity_for_waiting" | "crisis_cap" | "stale_capacity";
  requestId: string | null;
  message: string;
}

export async function notify(tx: Tx, regionId: string, n: NewNotification) {
  await notifyAll(tx, regionId, [n]);
}

/** Several notifications in one statement; one already unread for the same request and kind stays (no repeat). */
export async function notifyAll(tx: Tx, regionId: string, list: NewNotification[]) {
  if (list.length === 0) return;
  await tx
    .insertInto("notifications")
    .values(list.map((n) => ({ region_id: regionId, kind: n.kind, request_id: n.requestId, message: n.message })))
    .onConflict((oc) => oc.columns(["region_id", "kind", "request_id"]).where("read_at", "is", null).doNothing())
    .execute();
}

export async function unreadNotifications(tx: Tx, regionId: string) {
  return tx
    .selectFrom("notifications")
    .select(["id", "kind", "request_id", "message", "created_at"])
    .where("region_id", "=", regionId)
    .where("read_at", "is", null)
    .orderBy("created_at", "desc")
    .execute();
}

export async function markNotificationRead(tx: Tx, regionId: string, id: string) {
  const updated = await tx
    .updateTable("notifications")
    .set({ read_at: new Date() })
    .where("region_id", "=", regionId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0)
    throw new AppError("NOT_FOUND", {
      nl: "Deze melding bestaat niet (of je hebt er geen toegang toe).",
      en: "This notification does not exist (or you have no access).",
    });
}

/** Waiting time per care type: how many wait with interim help, and for how long on average. */
export async function waitingByCareType(tx: Tx, regionId: string) {
  const rows = await tx
    .selectFrom("placement_requests")
    .select((eb) => [
      "care_type",
      eb.fn.countAll<string>().as("n"),
      sql<number>`round(avg(extract(epoch from now() - waiting_since) / 86400))::int`.as("avg_days"),
    ])
    .where("region_id", "=", regionId)
    .where("status", "=", sql.lit("waiting")) // a literal: the generic plan can use the partial index on waiting requests
    .groupBy("care_type")
    .execute();
  return rows.map((w) => ({ careType: w.care_type, count: Number(w.n), averageDays: w.avg_days }));
}
