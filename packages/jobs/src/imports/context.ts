import type { ImportContext, ImportRecord } from "@jeugdregie/domain";
import { importContext, type Tx } from "@jeugdregie/db";

/** Everything row validation needs from the database, fetched once per import (for the KvK numbers the file names). */
export async function loadImportContext(tx: Tx, regionId: string, records: ImportRecord[]): Promise<ImportContext> {
  const kvks = records.flatMap((r) => [r.cells.kvk, r.cells.aanbieder_kvk]).filter((v): v is string => Boolean(v) && /^\d{8}$/.test(v!));
  return importContext(tx, regionId, kvks);
}
