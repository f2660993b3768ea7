import {
  readImportFile,
  validateContractRecords,
  validateLocationRecords,
  validateProviderRecords,
  type ImportLineError,
  type ImportRecord,
  type ImportValidation,
  type TenantScope,
} from "@jeugdregie/domain";
import {
  importJobContent,
  markImportCommitted,
  membershipsOf,
  setImportProgress,
  withIdentity,
  type Database,
  type ImportProgress,
} from "@jeugdregie/db";
import { inScope } from "../scope.ts";
import { loadImportContext } from "./context.ts";
import { commitContracts, commitLocations, commitProviders } from "./commit.ts";

const PROGRESS_CHUNK = 250;
const MAX_STORED_ERRORS = 2000;

/** Progress is written in its own short transaction so the UI sees it while the import runs. */
const reportProgress = (db: Database, scope: TenantScope & { regionId: string }, importId: string, values: ImportProgress) =>
  inScope(db, scope, (tx) => setImportProgress(tx, scope.regionId, importId, values));

/**
 * Validates an uploaded file and commits it all-or-nothing. Idempotent: a retried job for an
 * import that already ended does nothing. The scope in the payload is re-checked against the
 * user's current memberships before anything is read.
 */
export async function processImport(
  db: Database,
  payload: { importId: string; scope: TenantScope & { regionId: string } },
): Promise<"committed" | "failed" | "skipped"> {
  const { scope, importId } = payload;
  const { regionId } = scope;
  const memberships = await withIdentity(db, scope.userId, (tx) => membershipsOf(tx, scope.userId));
  if (!memberships.some((m) => m.role === "region_admin" && m.regionId === regionId)) {
    await reportProgress(db, scope, importId, {
      status: "failed",
      errors: [{ line: 0, message: "De uploader is geen regiobeheerder (meer)." }],
      finished: true,
    }).catch(() => undefined);
    return "failed";
  }
  const job = await inScope(db, scope, (tx) => importJobContent(tx, regionId, importId));
  if (!job || job.status === "committed" || job.status === "failed") return "skipped";

  const kind = job.kind;
  const file = readImportFile(kind, job.content);
  if (file.errors.length > 0) return fail(db, scope, importId, file.errors, 0);
  await reportProgress(db, scope, importId, { status: "validating", totalRows: file.records.length, processedRows: 0 });

  const context = await inScope(db, scope, (tx) => loadImportContext(tx, regionId, file.records));
  const validate = (records: ImportRecord[]): ImportValidation<unknown> =>
    kind === "providers"
      ? validateProviderRecords(records, context)
      : kind === "locations"
        ? validateLocationRecords(records, context)
        : validateContractRecords(records, context);

  // Contracts and providers check rows against each other (overlaps, duplicate KvK): validate whole;
  // locations are independent per row, so they are validated in chunks that report progress.
  let result: ImportValidation<unknown>;
  if (kind === "locations") {
    result = { rows: [], errors: [] };
    for (let i = 0; i < file.records.length; i += PROGRESS_CHUNK) {
      const part = validate(file.records.slice(i, i + PROGRESS_CHUNK));
      result.rows.push(...part.rows);
      result.errors.push(...part.errors);
      await reportProgress(db, scope, importId, { processedRows: Math.min(i + PROGRESS_CHUNK, file.records.length) });
    }
  } else {
    result = validate(file.records);
  }
  if (result.errors.length > 0) return fail(db, scope, importId, result.errors, file.records.length);

  await inScope(db, scope, async (tx) => {
    const values = result.rows.map((r) => r.value);
    if (kind === "providers") await commitProviders(tx, scope, regionId, values as Parameters<typeof commitProviders>[3]);
    else if (kind === "locations") await commitLocations(tx, scope, regionId, values as Parameters<typeof commitLocations>[3]);
    else await commitContracts(tx, scope, regionId, values as Parameters<typeof commitContracts>[3]);
    await markImportCommitted(tx, regionId, importId, file.records.length);
  });
  return "committed";
}

async function fail(
  db: Database,
  scope: TenantScope & { regionId: string },
  importId: string,
  errors: ImportLineError[],
  processed: number,
) {
  await reportProgress(db, scope, importId, {
    status: "failed",
    errors: errors.slice(0, MAX_STORED_ERRORS),
    processedRows: processed,
    finished: true,
  });
  return "failed" as const;
}
