import type { Database } from "../client.ts";

export interface SessionRecord {
  id: string;
  userId: string;
  activeRegionId: string | null;
  expiresAt: Date;
}

export async function insertSession(
  db: Database,
  session: { id: string; userId: string; expiresAt: Date; userAgent: string | null; activeRegionId: string | null },
) {
  await db
    .insertInto("sessions")
    .values({
      id: session.id,
      user_id: session.userId,
      expires_at: session.expiresAt,
      user_agent: session.userAgent,
      active_region_id: session.activeRegionId,
    })
    .execute();
}

/** A live session, or undefined. Whether its user is still enabled is checked with the account (createContext). */
export async function findLiveSession(db: Database, id: string): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom("sessions as s")
    .select(["s.id", "s.user_id", "s.active_region_id", "s.expires_at"])
    .where("s.id", "=", id)
    .where("s.expires_at", ">", new Date())
    .executeTakeFirst();
  return row && { id: row.id, userId: row.user_id, activeRegionId: row.active_region_id, expiresAt: row.expires_at };
}

export async function touchSession(db: Database, id: string, expiresAt: Date) {
  await db.updateTable("sessions").set({ last_seen_at: new Date(), expires_at: expiresAt }).where("id", "=", id).execute();
}

export async function setActiveRegion(db: Database, id: string, regionId: string | null) {
  await db.updateTable("sessions").set({ active_region_id: regionId }).where("id", "=", id).execute();
}

export async function deleteSession(db: Database, id: string) {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}
