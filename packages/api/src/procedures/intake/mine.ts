import { listRequests } from "@jeugdregie/db";
import { intakeProcedure } from "../../trpc.ts";
import { pageInput } from "../../input.ts";

/**
 * A referrer follows their own requests: their own reference and the child's initials next to
 * the pseudonym, so they recognise each one; the initials are decrypted here and nothing more.
 */
export const mine = intakeProcedure.input(pageInput).query(async ({ ctx, input }) => {
  const page = await listRequests(ctx.tx, ctx.viewer.scope, ctx.regionId, { ...input, mine: true });
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ initialsEncrypted, ...r }) => ({
      ...r,
      initials: initialsEncrypted ? ctx.deps.crypto.decrypt(initialsEncrypted) : null,
    })),
  };
});
