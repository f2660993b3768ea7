import { z } from "zod";
import { authorizationUrl, completeLogin, discover, newOidcState, newPkcePair, OidcError } from "@jeugdregie/auth";
import {
  findUserByEmail,
  membershipsOf,
  oidcConfigForRegion,
  saveLoginState,
  takeLoginState,
  withIdentity,
  writeAudit,
} from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { startSession } from "../../session.ts";
import { publicProcedure } from "../../trpc.ts";

export const OIDC_CALLBACK_PATH = "/inloggen/oidc/terug";

const notConfigured = () =>
  new AppError("NOT_FOUND", {
    nl: "Deze regio heeft geen inloggen via een identiteitsprovider ingesteld.",
    en: "This region has no identity provider login configured.",
  });
const providerFailed = (error: unknown) => {
  if (error instanceof OidcError) {
    return new AppError("BAD_INPUT", {
      nl: `Inloggen via de identiteitsprovider is mislukt: ${error.message}.`,
      en: `Signing in through the identity provider failed: ${error.message}.`,
    });
  }
  return error;
};

const safeReturn = (path: string | undefined) => (path && path.startsWith("/") && !path.startsWith("//") ? path : "/overzicht");

/** Step 1: find the region's provider by discovery, remember state/nonce/PKCE, and send the browser there. */
export const startOidcLogin = publicProcedure
  .input(
    z.object({
      regionCode: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9-]{2,60}$/, { message: "Vul de code van je regio in." }),
      returnTo: z.string().max(500).optional(),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const config = await oidcConfigForRegion(ctx.deps.db, input.regionCode, ctx.deps.crypto);
    if (!config) throw notConfigured();
    const doc = await discover(config.issuer).catch((error) => {
      throw providerFailed(error);
    });
    const { verifier, challenge } = newPkcePair();
    const state = newOidcState();
    const nonce = newOidcState();
    await saveLoginState(ctx.deps.db, {
      state,
      regionId: config.regionId,
      regionCode: input.regionCode,
      codeVerifier: verifier,
      nonce,
      returnTo: safeReturn(input.returnTo),
    });
    return {
      redirectTo: authorizationUrl(doc, config, {
        redirectUri: new URL(OIDC_CALLBACK_PATH, ctx.deps.appUrl).toString(),
        state,
        nonce,
        codeChallenge: challenge,
      }),
    };
  });

/** Step 2: the provider sends the browser back with a code; verify it and open a session for a known user. */
export const finishOidcLogin = publicProcedure
  .input(z.object({ code: z.string().min(1).max(2000), state: z.string().min(10).max(200) }))
  .mutation(async ({ ctx, input }) => {
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
    const { mfaPending } = await startSession(ctx, user.id, [...inRegion, ...memberships.filter((m) => m.regionId !== config.regionId)], "oidc");
    return { returnTo: saved.returnTo, mfaPending };
  });
