export const IMPORT_KIND_LABELS = { providers: "Aanbieders", locations: "Locaties", contracts: "Contracten" } as const;
export const IMPORT_STATUS_LABELS = {
  queued: "In de wachtrij",
  validating: "Bezig met controleren",
  failed: "Afgekeurd, niets opgeslagen",
  committed: "Opgeslagen",
} as const;
