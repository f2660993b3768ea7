import { z } from "zod";
import { completeLogin, discover } from "@jeugdregie/auth";
import { findUserByEmail, membershipsOf, oidcConfigForRegion, takeLoginState, withIdentity, writeAudit } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { notConfigured, OIDC_CALLBACK_PATH, providerFailed } from "../../auth/oidc.ts";
import { startSession } from "../../session.ts";
import { publicProcedure } from "../../trpc.ts";

const input = z.object({ code: z.string().min(1).max(2000), state: z.string().min(10).max(200) });

/** Step 2: the provider sends the browser back with a code; verify it and open a session for a known user. */
export const oidcFinish = publicProcedure.input(input).mutation(async ({ ctx, input }) => {
  const saved = await takeLoginState(ctx.deps.db, input.state);
  if (!saved)
    throw new AppError("BAD_INPUT", {
      nl: "Deze inlogpoging is verlopen of al gebruikt. Probeer opnieuw.",
      en: "This sign-in attempt expired or was already used. Try again.",
    });
  const config = await oidcConfigForRegion(ctx.deps.db, saved.regionCode, ctx.deps.crypto);
  if (!config || config.regionId !== saved.regionId) throw notConfigured();
  const identity = await discover(config.issuer)
    .then((doc) =>
      completeLogin(doc, config, {
        code: input.code,
        redirectUri: new URL(OIDC_CALLBACK_PATH, ctx.deps.appUrl).toString(),
        codeVerifier: saved.codeVerifier,
        nonce: saved.nonce,
      }),
    )
    .catch((error) => {
      throw providerFailed(error);
    });

  // The identity provider proves who someone is; what they may do comes from our memberships.
  const user = await findUserByEmail(ctx.deps.db, identity.email);
  const memberships = user && !user.disabled_at ? await withIdentity(ctx.deps.db, user.id, (tx) => membershipsOf(tx, user.id)) : [];
  const inRegion = memberships.filter((m) => m.regionId === config.regionId);
  if (!user || inRegion.length === 0) {
    await ctx.deps.db.transaction().execute((trx) =>
      writeAudit(trx, null, {
        action: "login_failed",
        entity: "user",
        details: { email: identity.email, how: "oidc", region: saved.regionCode },
      }),
    );
    throw new AppError("FORBIDDEN", {
      nl: `Er is geen account voor ${identity.email} in ${config.regionName}. Vraag je regiobeheerder om een uitnodiging.`,
      en: `There is no account for ${identity.email} in ${config.regionName}. Ask your region administrator for an invitation.`,
    });
  }
  const { mfaPending } = await startSession(
    ctx,
    user.id,
    [...inRegion, ...memberships.filter((m) => m.regionId !== config.regionId)],
    "oidc",
  );
  return { returnTo: saved.returnTo, mfaPending };
});
