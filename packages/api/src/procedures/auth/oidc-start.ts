import { z } from "zod";
import { authorizationUrl, discover, newOidcState, newPkcePair } from "@jeugdregie/auth";
import { oidcConfigForRegion, saveLoginState } from "@jeugdregie/db";
import { notConfigured, OIDC_CALLBACK_PATH, providerFailed, safeReturn } from "../../auth/oidc.ts";
import { publicProcedure } from "../../trpc.ts";

const input = z.object({
  regionCode: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{2,60}$/, { message: "Vul de code van je regio in." }),
  returnTo: z.string().max(500).optional(),
});

/** Step 1: find the region's provider by discovery, remember state/nonce/PKCE, and send the browser there. */
export const oidcStart = publicProcedure.input(input).mutation(async ({ ctx, input }) => {
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
