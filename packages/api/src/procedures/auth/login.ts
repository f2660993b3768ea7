import { z } from "zod";
import { dummyPasswordHash, isLoginThrottled, LOGIN_WINDOW_MS, verifyPassword } from "@jeugdregie/auth";
import { countRecentFailures, findUserByEmail, membershipsOf, recordLoginAttempt, withIdentity, writeAudit } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { startSession } from "../../session.ts";
import { publicProcedure } from "../../trpc.ts";

export const loginInput = z.object({
  email: z.email({ message: "Vul een geldig e-mailadres in." }).max(254),
  password: z.string().min(1, { message: "Vul je wachtwoord in." }).max(200),
});

const invalidCredentials = () =>
  new AppError("UNAUTHENTICATED", { nl: "E-mailadres of wachtwoord klopt niet.", en: "E-mail address or password is incorrect." });

export const login = publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
  const { db } = ctx.deps;
  const failures = await countRecentFailures(db, input.email, ctx.ip, new Date(Date.now() - LOGIN_WINDOW_MS));
  if (isLoginThrottled(failures)) {
    throw new AppError("RATE_LIMITED", {
      nl: "Te veel mislukte inlogpogingen. Probeer het over 15 minuten opnieuw.",
      en: "Too many failed sign-in attempts. Try again in 15 minutes.",
    });
  }

  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  const memberships = user && passwordOk && !user.disabled_at ? await withIdentity(db, user.id, (tx) => membershipsOf(tx, user.id)) : [];
  if (!user || !passwordOk || user.disabled_at || memberships.length === 0) {
    await recordLoginAttempt(db, { email: input.email, ip: ctx.ip, succeeded: false });
    await db
      .transaction()
      .execute((trx) =>
        writeAudit(trx, null, { action: "login_failed", entity: "user", details: { email: input.email.toLowerCase(), ip: ctx.ip } }),
      );
    throw invalidCredentials();
  }

  await recordLoginAttempt(db, { email: input.email, ip: ctx.ip, succeeded: true });
  await startSession(ctx, user.id, memberships, "password");
  return { displayName: user.display_name };
});
