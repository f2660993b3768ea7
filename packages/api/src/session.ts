import { newSessionToken, serializeSessionCookie, SESSION_TTL_MS } from "@jeugdregie/auth";
import { insertSession, totpRecord, writeAudit, type MembershipWithNames } from "@jeugdregie/db";
import type { Context } from "./context.ts";

/** How long a sign-in may wait for its TOTP code after the password was right. */
export const MFA_PENDING_TTL_MS = 10 * 60 * 1000;

/** The sign-in is written to the user's audit chain once it is complete (after the code, when one is owed). */
export async function auditLogin(ctx: Context, userId: string, memberships: MembershipWithNames[], how: string) {
  await ctx.deps.db
    .transaction()
    .execute((trx) =>
      writeAudit(trx, { userId, role: memberships[0]!.role }, { action: "login", entity: "session", details: { ip: ctx.ip, how } }),
    );
}

/**
 * Opens a server-side session for a user who proved who they are, and sets its cookie. An account
 * with a second factor gets a session that opens nothing until its code is right (auth.verifyCode):
 * `mfaPending` tells the page to ask for it.
 */
export async function startSession(ctx: Context, userId: string, memberships: MembershipWithNames[], how: string) {
  const { db, cookieSecure } = ctx.deps;
  const { token, id } = newSessionToken();
  const mfaPending = Boolean((await totpRecord(db, userId))?.confirmedAt);
  const ttl = mfaPending ? MFA_PENDING_TTL_MS : SESSION_TTL_MS;
  const firstRegion = memberships.find((m) => m.regionId)?.regionId ?? null;
  await insertSession(db, {
    id,
    userId,
    expiresAt: new Date(Date.now() + ttl),
    userAgent: ctx.userAgent,
    activeRegionId: firstRegion,
    mfaPending,
  });
  if (!mfaPending) await auditLogin(ctx, userId, memberships, how);
  ctx.resHeaders.append("Set-Cookie", serializeSessionCookie(token, { secure: cookieSecure, maxAgeMs: SESSION_TTL_MS }));
  return { mfaPending };
}
