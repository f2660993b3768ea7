import { newSessionToken, serializeSessionCookie, SESSION_TTL_MS } from "@jeugdregie/auth";
import { insertSession, writeAudit, type MembershipWithNames } from "@jeugdregie/db";
import type { Context } from "./context.ts";

/** Opens a server-side session for a user who proved who they are, and sets its cookie. */
export async function startSession(ctx: Context, userId: string, memberships: MembershipWithNames[], how: string) {
  const { db, cookieSecure } = ctx.deps;
  const { token, id } = newSessionToken();
  const firstRegion = memberships.find((m) => m.regionId)?.regionId ?? null;
  await insertSession(db, {
    id,
    userId,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    userAgent: ctx.userAgent,
    activeRegionId: firstRegion,
  });
  await db
    .transaction()
    .execute((trx) =>
      writeAudit(trx, { userId, role: memberships[0]!.role }, { action: "login", entity: "session", details: { ip: ctx.ip, how } }),
    );
  ctx.resHeaders.append("Set-Cookie", serializeSessionCookie(token, { secure: cookieSecure, maxAgeMs: SESSION_TTL_MS }));
}
