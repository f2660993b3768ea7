import { CARE_TYPES, type CareType } from "../care-types.ts";

/**
 * The figures of the weekly open release (issue 14): what each metric means, in Dutch (the
 * definitions travel with every answer of the open API), and how it is protected. Raise the
 * version when a definition changes what a number means; every release records the one it used.
 */
export const OPEN_DEFINITIONS_VERSION = 1;

/** The care types with places: the residential and supra-regional functions of seeds/004 that exist as care types. */
export const OPEN_CARE_TYPES: readonly CareType[] = CARE_TYPES.filter((careType) => careType !== "intensief_ambulant");

export const OPEN_METRICS = [
  "places",
  "occupied",
  "free",
  "occupancy",
  "waiting_list",
  "waiting_days_median",
  "waiting_days_p90",
  "placed",
  "out_of_region",
  "out_of_region_share",
  "replacements",
  "ended",
  "replacement_rate",
  "crisis_running",
  "crisis_over_cap",
  "closed_places_planned",
  "closed_places_over_plan",
  "hybrid_places",
  "round_the_clock_places",
] as const;
export type OpenMetric = (typeof OPEN_METRICS)[number];

/**
 * Added later without changing what an earlier number means (so the version stayed): the phase-out of closed places (plan against actual) and the hybrid places and
 * places with 24-hour support that locations record.
 *
 * - `count`: a count of children (or places, treated as one: a region's places of a care type can
 *   be one small location): 0, "<10", or a multiple of 5, with secondary suppression.
 * - `derived`: computed from published counts only (free places, rates), hidden when a part is.
 * - `days`: a statistic of waiting days, shown only where the number of children it is over is shown.
 */
export type OpenMetricKind = "count" | "derived" | "days";

export interface OpenMetricDefinition {
  metric: OpenMetric;
  label: string;
  definition: string;
  kind: OpenMetricKind;
  unit: "children" | "places" | "share" | "days";
  /** Split per care type (OPEN_CARE_TYPES); otherwise one figure per area. */
  perCareType: boolean;
}

const AS_OF = "Peildatum: maandag 0:00 uur (Nederlandse tijd), de stand aan het einde van de week ervoor.";
const WINDOW = "Over de 28 dagen vóór de peildatum.";
const RUNNING = "Lopende plaatsingen op de peildatum (gestart vóór de peildatum, niet beëindigd).";

function define(
  metric: OpenMetric,
  kind: OpenMetricKind,
  unit: OpenMetricDefinition["unit"],
  label: string,
  definition: string,
  perCareType = false,
): OpenMetricDefinition {
  return { metric, label, definition, kind, unit, perCareType };
}

export const OPEN_METRIC_DEFINITIONS: Record<OpenMetric, OpenMetricDefinition> = {
  places: define(
    "places",
    "count",
    "places",
    "Plaatsen",
    `Capaciteit van de actieve locaties in het gebied die de zorgvorm bieden (een locatie met meer zorgvormen telt bij elk). De capaciteit is de huidige. ${AS_OF}`,
    true,
  ),
  occupied: define(
    "occupied",
    "count",
    "children",
    "Bezette plaatsen",
    `Kinderen in een lopende plaatsing op een locatie in het gebied, naar de gevraagde zorgvorm, uit welke regio ook. ${RUNNING} ${AS_OF}`,
    true,
  ),
  free: define("free", "derived", "places", "Vrije plaatsen", "Gepubliceerde plaatsen min gepubliceerde bezette plaatsen.", true),
  occupancy: define(
    "occupancy",
    "derived",
    "share",
    "Bezettingsgraad",
    "Gepubliceerde bezette plaatsen gedeeld door gepubliceerde plaatsen.",
    true,
  ),
  waiting_list: define(
    "waiting_list",
    "count",
    "children",
    "Wachtlijst",
    `Aanmeldingen van kinderen uit het gebied die zijn ingediend en op de peildatum nog niet geplaatst of ingetrokken zijn. ${AS_OF}`,
  ),
  waiting_days_median: define(
    "waiting_days_median",
    "days",
    "days",
    "Wachttijd (mediaan)",
    "Dagen sinds de aanmelding, voor de kinderen op de wachtlijst: de helft wacht korter. Alleen getoond als de wachtlijst zelf getoond wordt (10 of meer).",
  ),
  waiting_days_p90: define(
    "waiting_days_p90",
    "days",
    "days",
    "Wachttijd (90e percentiel)",
    "Dagen sinds de aanmelding, voor de kinderen op de wachtlijst: negen van de tien wachten korter. Alleen getoond als de wachtlijst zelf getoond wordt (10 of meer).",
  ),
  placed: define(
    "placed",
    "count",
    "children",
    "Geplaatste kinderen",
    `Kinderen uit het gebied in een lopende plaatsing. ${RUNNING} ${AS_OF}`,
  ),
  out_of_region: define(
    "out_of_region",
    "count",
    "children",
    "Buiten de eigen regio geplaatst",
    `Kinderen uit het gebied in een lopende plaatsing op een locatie van een andere regio ("geen kind de regio uit"); de stromenmatrix verdeelt dit per ontvangende regio. ${RUNNING} ${AS_OF}`,
  ),
  out_of_region_share: define(
    "out_of_region_share",
    "derived",
    "share",
    "Aandeel buiten de regio",
    "Gepubliceerd aantal buiten de eigen regio gedeeld door het gepubliceerde aantal geplaatste kinderen.",
  ),
  replacements: define(
    "replacements",
    "count",
    "children",
    "Doorplaatsingen",
    `Plaatsingen van kinderen uit het gebied die eindigden met een andere plaatsing als vervolg. ${WINDOW}`,
  ),
  ended: define("ended", "count", "children", "Beëindigde plaatsingen", `Plaatsingen van kinderen uit het gebied die eindigden. ${WINDOW}`),
  replacement_rate: define(
    "replacement_rate",
    "derived",
    "share",
    "Aandeel doorplaatsingen",
    "Gepubliceerde doorplaatsingen gedeeld door gepubliceerde beëindigde plaatsingen.",
  ),
  crisis_running: define(
    "crisis_running",
    "count",
    "children",
    "Lopende crisisplaatsingen",
    `Kinderen uit het gebied in een lopende plaatsing met een crisistermijn. ${RUNNING} ${AS_OF}`,
  ),
  crisis_over_cap: define(
    "crisis_over_cap",
    "count",
    "children",
    "Crisisverblijf langer dan de termijn",
    `Lopende crisisplaatsingen van kinderen uit het gebied waarvan de crisistermijn vóór de peildatum verliep. ${AS_OF}`,
  ),
  closed_places_planned: define(
    "closed_places_planned",
    "count",
    "places",
    "Gesloten plaatsen volgens afbouwplan",
    `Som van de afbouwplannen die het bovenregionaal verband per aanbieder vastlegt, voor het jaar van de peildatum: het pad naar nul gesloten plaatsen (JeugdzorgPlus) in 2030. Alleen per landsdeel en landelijk (over de landsdelen met een plan); "niet geregistreerd" waar een landsdeel geen plan heeft vastgelegd. ${AS_OF}`,
  ),
  closed_places_over_plan: define(
    "closed_places_over_plan",
    "derived",
    "places",
    "Gesloten plaatsen boven het plan",
    "Gepubliceerde plaatsen JeugdzorgPlus min gepubliceerde gesloten plaatsen volgens afbouwplan; negatief: minder plaatsen dan het plan toestaat.",
  ),
  hybrid_places: define(
    "hybrid_places",
    "count",
    "places",
    "Hybride plaatsen",
    `Plaatsen die de actieve locaties in het gebied als hybride (verblijf gecombineerd met thuis of ambulant) vastleggen. "niet geregistreerd" waar geen locatie in het gebied het vastlegt. ${AS_OF}`,
  ),
  round_the_clock_places: define(
    "round_the_clock_places",
    "count",
    "places",
    "Plaatsen met 24-uursondersteuning",
    `Capaciteit van de actieve locaties in het gebied die vastleggen dat ze dag en nacht ondersteuning bieden. "niet geregistreerd" waar geen locatie in het gebied vastlegt of ze dat doet. ${AS_OF}`,
  ),
};

/** The closed care (JeugdzorgPlus) whose places are phased out to zero by 2030 (seeds/001 §4.3). */
export const CLOSED_CARE_TYPE: CareType = "jeugdzorgplus";

/**
 * Metrics only some areas carry: plans are made per supra area (landsdeel), so a region has no
 * planned figure of its own; the areas shown by the release are the ones listed here.
 */
export const SUPRA_ONLY_METRICS: ReadonlySet<OpenMetric> = new Set(["closed_places_planned", "closed_places_over_plan"]);

/** Figures that exist only where the area's locations record them: elsewhere "niet geregistreerd", never 0. */
export const RECORDED_METRICS: ReadonlySet<OpenMetric> = new Set(["closed_places_planned", "hybrid_places", "round_the_clock_places"]);

export function isOpenMetric(value: string): value is OpenMetric {
  return (OPEN_METRICS as readonly string[]).includes(value);
}

/** The metrics that are counts, as the measures of the database name them. */
export const OPEN_COUNT_METRICS = OPEN_METRICS.filter((m) => OPEN_METRIC_DEFINITIONS[m].kind === "count");
