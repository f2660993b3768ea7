/**
 * The dashboard's filters in the URL (Dutch names, so a link can be shared and read): what the
 * page passes to the API, which validates them (a bad value is a 400 page, not a crash).
 */
export interface FigureFilter {
  careType?: string;
  providerId?: string;
  municipalityCode?: string;
}

const PARAMS = { careType: "zorgvorm", providerId: "aanbieder", municipalityCode: "gemeente" } as const;

export function figureFilterFrom(params: URLSearchParams) {
  const value = (name: string) => params.get(name)?.trim() || undefined;
  return {
    careType: value(PARAMS.careType) as never,
    providerId: value(PARAMS.providerId),
    municipalityCode: value(PARAMS.municipalityCode),
  };
}

/** The link from a number to the rows behind it. */
export function rowsHref(kpi: string, month: string, filter: FigureFilter & { breakdown?: string | null }): string {
  const params = new URLSearchParams({ kengetal: kpi, maand: month });
  for (const [key, name] of Object.entries(PARAMS)) {
    const v = filter[key as keyof FigureFilter];
    if (v) params.set(name, v);
  }
  if (filter.breakdown) params.set("reden", filter.breakdown);
  return `/cijfers/aanmeldingen?${params}`;
}
