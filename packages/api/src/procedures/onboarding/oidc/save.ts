import { z } from "zod";
import { discover, OidcError } from "@jeugdregie/auth";
import { getOidcSettings, saveOidcSettings } from "@jeugdregie/db";
import { AppError } from "@jeugdregie/domain";
import { regionAdminProcedure } from "../../../trpc.ts";

export const saveOidcInput = z.object({
  issuer: z
    .url({ message: "Vul de issuer-URL van de identiteitsprovider in." })
    .refine((u) => u.startsWith("https://"), { message: "De issuer moet https gebruiken." }),
  clientId: z.string().trim().min(1, { message: "Vul de client-ID in." }).max(200),
  clientSecret: z
    .string()
    .max(500)
    .transform((s) => s || null),
  scopes: z
    .string()
    .trim()
    .regex(/(^|\s)openid(\s|$)/, { message: "De scopes moeten openid bevatten." })
    .default("openid email profile"),
  enabled: z.boolean(),
});

/** Saves the region's identity provider after checking its discovery document answers. */
export const save = regionAdminProcedure.input(saveOidcInput).mutation(async ({ ctx, input }) => {
  try {
    await discover(input.issuer);
  } catch (error) {
    if (error instanceof OidcError)
      throw new AppError("BAD_INPUT", {
        nl: `De identiteitsprovider is niet bruikbaar: ${error.message}.`,
        en: `The identity provider is not usable: ${error.message}.`,
      });
    throw error;
  }
  const existing = await getOidcSettings(ctx.tx, ctx.regionId);
  if (!existing?.secretSet && !input.clientSecret)
    throw new AppError("BAD_INPUT", { nl: "Vul het client-secret in.", en: "Enter the client secret." });
  await saveOidcSettings(ctx.tx, ctx.viewer.scope, ctx.regionId, input, ctx.deps.crypto);
  return { ok: true };
});
