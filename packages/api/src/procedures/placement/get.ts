import { dossierAccessLog, getRequestDetail, latestPlacementOf, offerHistory, statusHistory } from "@jeugdregie/db";
import { coordinatorProcedure } from "../../trpc.ts";
import { requestRef } from "./_shared.ts";

/** The full request for the coordinator: the child's name decrypted, the BSN masked; the read is audited. */
export const get = coordinatorProcedure.input(requestRef).query(async ({ ctx, input }) => {
  const { tx, regionId } = ctx;
  const detail = await getRequestDetail(tx, ctx.viewer.scope, regionId, input.requestId);
  const { bsn_encrypted, name_encrypted, ...rest } = detail;
  const bsn = ctx.deps.crypto.decrypt(bsn_encrypted);
  return {
    ...rest,
    name: name_encrypted ? ctx.deps.crypto.decrypt(name_encrypted) : null,
    bsnMasked: `*****${bsn.slice(-4)}`,
    offers: await offerHistory(tx, regionId, input.requestId),
    placement: await latestPlacementOf(tx, regionId, input.requestId),
    accessLog: await dossierAccessLog(tx, regionId, input.requestId),
    statusHistory: await statusHistory(tx, regionId, input.requestId),
  };
});
