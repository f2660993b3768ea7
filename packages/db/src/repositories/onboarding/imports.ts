import type { ImportKind, ImportLineError, ImportStatus, TenantScope } from "@jeugdregie/domain";
import { sql } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Database } from "../../client.ts";
import { withTenant, type Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { setImportProgress, type ImportProgress } from "./import-rows.ts";

export type { ImportStatus };

export interface ImportJobView {
  id: string;
  regionId: string;
  kind: ImportKind;
  filename: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  errors: ImportLineError[];
  createdAt: Date;
  finishedAt: Date | null;
}

const toView = (r: {
  id: string;
  region_id: string;
  kind: ImportKind;
  filename: string;
  status: ImportStatus;
  total_rows: number;
  processed_rows: number;
  errors: ImportLineError[];
  created_at: Date;
  finished_at: Date | null;
}): ImportJobView => ({
  id: r.id,
  regionId: r.region_id,
  kind: r.kind,
  filename: r.filename,
  status: r.status,
  totalRows: r.total_rows,
  processedRows: r.processed_rows,
  errors: r.errors,
  createdAt: r.created_at,
  finishedAt: r.finished_at,
});

const VIEW_COLUMNS = [
  "id",
  "region_id",
  "kind",
  "filename",
  "status",
  "total_rows",
  "processed_rows",
  "errors",
  "created_at",
  "finished_at",
] as const;

export async function createImportJob(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  input: { kind: ImportKind; filename: string; content: string },
) {
  const job = await tx
    .insertInto("import_jobs")
    .values({ region_id: regionId, kind: input.kind, filename: input.filename, content: input.content, created_by: scope.userId })
    .returning(VIEW_COLUMNS)
    .executeTakeFirstOrThrow();
  await writeAudit(tx, scope, {
    action: "create",
    entity: "import_job",
    entityId: job.id,
    regionId,
    details: { kind: input.kind, filename: input.filename, bytes: input.content.length },
  });
  return toView(job);
}

export async function getImportJob(tx: Tx, regionId: string, id: string): Promise<ImportJobView | undefined> {
  const row = await tx
    .selectFrom("import_jobs")
    .select(VIEW_COLUMNS)
    .where("region_id", "=", regionId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toView(row);
}

export async function importJobContent(tx: Tx, regionId: string, id: string) {
  const row = await tx
    .selectFrom("import_jobs")
    .select(["content", "kind", "status", "created_by"])
    .where("region_id", "=", regionId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row;
}

/** One page of the region's imports, newest first. */
export async function listImportJobs(tx: Tx, regionId: string, page: PageRequest): Promise<Page<ImportJobView>> {
  const query = tx.selectFrom("import_jobs").select(VIEW_COLUMNS).where("region_id", "=", regionId);
  const keys = [
    { expr: sql`created_at`, type: "timestamptz" as const },
    { expr: sql`id`, type: "uuid" as const },
  ];
  const { items, nextCursor } = await keysetPage(query, keys, "desc", page);
  return { items: items.map(toView), nextCursor };
}

/** Progress is written in its own short transaction so the UI sees it while the import runs. */
export async function updateImportProgress(db: Database, scope: TenantScope, regionId: string, id: string, values: ImportProgress) {
  await withTenant(db, scope, (tx) => setImportProgress(tx, regionId, id, values));
}
