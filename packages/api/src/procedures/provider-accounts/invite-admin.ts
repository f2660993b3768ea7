import { z } from "zod";
import { platformAdminProcedure } from "../../trpc.ts";
import { email, inviteForProvider } from "./_shared.ts";

/** The platform admin invites a provider's first admin; from then on the provider manages its own logins. */
export const inviteAdmin = platformAdminProcedure
  .input(z.object({ providerId: z.uuid({ message: "Kies een aanbieder." }), email }))
  .mutation(({ ctx, input }) => inviteForProvider(ctx, input.providerId, input.email, "provider_admin"));
