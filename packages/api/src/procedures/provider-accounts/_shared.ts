import { z } from "zod";
import { providerById, type Tx } from "@jeugdregie/db";
import { AppError, type ProviderScopedRole } from "@jeugdregie/domain";
import type { Context, Viewer } from "../../context.ts";
import type { AfterCommit } from "../../trpc.ts";
import { sendInvitation } from "../../invitations/send.ts";

export const email = z.email({ message: "Vul een geldig e-mailadres in." });

const providerNotFound = () =>
  new AppError("NOT_FOUND", { nl: "Deze aanbieder staat niet in het register.", en: "This provider is not in the registry." });

/** An invitation to a provider's login: no region, the provider as organisation (RLS checks who may). */
export async function inviteForProvider(
  ctx: Context & { viewer: Viewer; tx: Tx; afterCommit: AfterCommit },
  providerId: string,
  address: string,
  role: ProviderScopedRole,
) {
  const provider = await providerById(ctx.tx, providerId);
  if (!provider) throw providerNotFound();
  return sendInvitation(ctx, { email: address, role, regionId: null, providerId, organisation: provider.name });
}
