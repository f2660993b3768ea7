import { z } from "zod";
import { PROVIDER_SCOPED_ROLES } from "@jeugdregie/domain";
import { providerAdminProcedure } from "../../trpc.ts";
import { email, inviteForProvider } from "./_shared.ts";

/** The provider admin invites a colleague for its own provider (never another one: the provider comes from the session). */
export const invite = providerAdminProcedure
  .input(z.object({ email, role: z.enum(PROVIDER_SCOPED_ROLES, { message: "Kies een rol." }) }))
  .mutation(({ ctx, input }) => inviteForProvider(ctx, ctx.providerId, input.email, input.role));
