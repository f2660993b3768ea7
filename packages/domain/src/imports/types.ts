export type ImportKind = "providers" | "locations" | "contracts";
/** An import waits, is read and checked, then ends committed (all lines) or failed (none). */
export const IMPORT_STATUSES = ["queued", "validating", "failed", "committed"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportLineError {
  /** 1-based line in the uploaded file (the header is line 1). */
  line: number;
  message: string;
}

export interface ImportValidation<T> {
  rows: { line: number; value: T }[];
  errors: ImportLineError[];
}

/** What the database knows that row validation needs, looked up once before validating. */
export interface ImportContext {
  providerIdByKvk: Map<string, string>;
  contractedProviderIds: Set<string>;
  regionMunicipalities: Set<string>;
  segmentIdByName: Map<string, string>;
  existingProductsByProvider: Map<string, { productCode: string; startsOn: string; endsOn: string }[]>;
}

export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
