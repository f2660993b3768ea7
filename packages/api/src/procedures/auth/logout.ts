import { clearSessionCookie } from "@jeugdregie/auth";
import { deleteSession, writeAudit } from "@jeugdregie/db";
import { publicProcedure } from "../../trpc.ts";

export const logout = publicProcedure.mutation(async ({ ctx }) => {
  if (ctx.viewer) {
    const viewer = ctx.viewer;
    await deleteSession(ctx.deps.db, viewer.session.id);
    await ctx.deps.db.transaction().execute((trx) => writeAudit(trx, viewer.scope, { action: "logout", entity: "session" }));
  }
  // A sign-in still waiting for its code is given up.
  if (ctx.pendingMfa) await deleteSession(ctx.deps.db, ctx.pendingMfa.sessionId);
  ctx.resHeaders.append("Set-Cookie", clearSessionCookie(ctx.deps.cookieSecure));
  return { ok: true as const };
});
