import type { TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";

export async function listSegments(tx: Tx, regionId: string) {
  return tx.selectFrom("segments").select(["id", "name", "description"]).where("region_id", "=", regionId).orderBy("name").execute();
}

export async function createSegment(tx: Tx, scope: TenantScope, regionId: string, input: { name: string; description: string }) {
  try {
    const segment = await tx
      .insertInto("segments")
      .values({ region_id: regionId, ...input })
      .returning(["id", "name", "description"])
      .executeTakeFirstOrThrow();
    await writeAudit(tx, scope, { action: "create", entity: "segment", entityId: segment.id, regionId, details: { after: input } });
    return segment;
  } catch (error) {
    throw mapConstraintError(error, {
      segments_region_id_name_key: { nl: `Segment "${input.name}" bestaat al.`, en: `Segment "${input.name}" already exists.` },
    });
  }
}

export async function deleteSegment(tx: Tx, scope: TenantScope, regionId: string, segmentId: string) {
  try {
    const removed = await tx
      .deleteFrom("segments")
      .where("region_id", "=", regionId)
      .where("id", "=", segmentId)
      .returning(["name"])
      .executeTakeFirst();
    if (removed)
      await writeAudit(tx, scope, { action: "delete", entity: "segment", entityId: segmentId, regionId, details: { before: removed } });
    return Boolean(removed);
  } catch (error) {
    throw mapConstraintError(error, {
      "23503": {
        nl: "Dit segment heeft contracten en kan niet worden verwijderd.",
        en: "This segment has contracts and cannot be removed.",
      },
    });
  }
}
