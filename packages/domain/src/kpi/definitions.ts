import { DECLINE_REASONS } from "../placement/offers.ts";

/**
 * Every KPI of a region's monthly snapshot (issue 13; seeds/001 chapter 3 and 4.2.5, seeds/003
 * "Monitoring en Sturing"), in one place: what is stored under which key, the Dutch label and
 * definition shown next to the number, its unit and how it may be split. The database computes
 * raw measures (counts, populations, samples of days); `deriveSnapshots` turns them into values.
 */

/** Raise when a definition changes what a number means: every snapshot records the version it was computed with. */
export const KPI_DEFINITIONS_VERSION = 1;

export const KPI_UNITS = ["count", "share", "days"] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/**
 * How a KPI may be split beyond its region: care type, provider, location, the child's home
 * municipality, or a code within the KPI (a reason, an expertise). Each split is stored on its own
 * (care type OR provider OR municipality), never as a combination.
 */
export const KPI_DIMENSIONS = ["careType", "provider", "location", "municipality", "breakdown"] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];

/** What the database measures per region-month (one raw row per measure and split). */
export const KPI_MEASURES = [
  "occupancy",
  "waiting_list",
  "waiting_days",
  "placement_days",
  "placed_first_offer",
  "declines",
  "replacements",
  "out_of_region",
  "crisis_over_cap",
  "matched_without_documents",
  "unmet_need",
  "long_wait",
] as const;
export type KpiMeasure = (typeof KPI_MEASURES)[number];

export const KPI_KEYS = [
  "occupancy",
  "waiting_list",
  "waiting_days_median",
  "waiting_days_p90",
  "placement_days_median",
  "placement_days_p90",
  "placed_first_offer",
  "declines",
  "replacement_rate",
  "out_of_region_rate",
  "crisis_over_cap",
  "matched_without_documents",
  "unmet_need",
  "long_wait",
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export interface KpiDefinition {
  key: KpiKey;
  label: string;
  /** Shown on screen beside the number: what is counted, over which population, at which moment. */
  definition: string;
  unit: KpiUnit;
  /** The splits this KPI is stored with, besides the region as a whole. */
  dimensions: readonly KpiDimension[];
  measure: KpiMeasure;
  /** For `days`: which statistic of the measure's samples. */
  statistic?: "median" | "p90";
  /**
   * A month in which nothing happened for the region as a whole (numerator 0) has no value at all,
   * for a KPI whose population exists regardless of data (places exist in months before any placement).
   */
  emptyWithoutEvents?: boolean;
  /** For `breakdown`: what its codes are, and the fixed list of them where there is one (missing codes count 0). */
  breakdown?: { label: string; codes?: readonly string[] };
}

/** Waiting longer than this many months asks a provider for a recovery plan (seeds/003, "Ten aanzien van wachtlijsten"). */
export const LONG_WAIT_MONTHS = 4;

const PERIOD = "De maand loopt van de eerste tot en met de laatste dag (Nederlandse tijd); voor de lopende maand tot vandaag.";
const END = "Peildatum: het einde van de maand, voor de lopende maand vandaag.";

export const KPI_DEFINITIONS: Record<KpiKey, KpiDefinition> = {
  occupancy: {
    key: "occupancy",
    label: "Bezettingsgraad",
    definition: `Bezette plaatsdagen gedeeld door beschikbare plaatsdagen (capaciteit maal dagen) van de locaties van de regio, ook bezet door kinderen uit andere regio's. ${PERIOD} Locaties die vóór de maand zijn gesloten tellen niet mee; de capaciteit is de huidige. Een maand zonder één bezette plaatsdag in de regio heeft geen waarde (geen gegevens).`,
    unit: "share",
    dimensions: ["provider", "location"],
    measure: "occupancy",
    emptyWithoutEvents: true,
  },
  waiting_list: {
    key: "waiting_list",
    label: "Wachtlijst",
    definition: `Aanmeldingen die zijn ingediend en nog niet geplaatst of ingetrokken. ${END}`,
    unit: "count",
    dimensions: ["careType", "municipality"],
    measure: "waiting_list",
  },
  waiting_days_median: {
    key: "waiting_days_median",
    label: "Wachttijd (mediaan)",
    definition: `De helft van de kinderen op de wachtlijst wacht korter, de helft langer: dagen sinds de aanmelding. ${END}`,
    unit: "days",
    dimensions: ["careType", "municipality"],
    measure: "waiting_days",
    statistic: "median",
  },
  waiting_days_p90: {
    key: "waiting_days_p90",
    label: "Wachttijd (90e percentiel)",
    definition: `Negen van de tien kinderen op de wachtlijst wachten korter dan dit aantal dagen sinds de aanmelding. ${END}`,
    unit: "days",
    dimensions: ["careType", "municipality"],
    measure: "waiting_days",
    statistic: "p90",
  },
  placement_days_median: {
    key: "placement_days_median",
    label: "Doorlooptijd aanmelding tot plaatsing (mediaan)",
    definition: `Dagen van aanmelding tot de startdatum van de plaatsing, voor plaatsingen die in de maand begonnen: de middelste waarde. ${PERIOD}`,
    unit: "days",
    dimensions: ["careType", "municipality"],
    measure: "placement_days",
    statistic: "median",
  },
  placement_days_p90: {
    key: "placement_days_p90",
    label: "Doorlooptijd aanmelding tot plaatsing (90e percentiel)",
    definition: `Dagen van aanmelding tot de startdatum van de plaatsing, voor plaatsingen die in de maand begonnen: negen van de tien waren sneller. ${PERIOD}`,
    unit: "days",
    dimensions: ["careType", "municipality"],
    measure: "placement_days",
    statistic: "p90",
  },
  placed_first_offer: {
    key: "placed_first_offer",
    label: "Geplaatst bij de eerste voorlegging",
    definition: `Aandeel van de plaatsingen die in de maand begonnen waarvan de geaccepteerde voorlegging de eerste voorlegging van de aanmelding was. ${PERIOD}`,
    unit: "share",
    dimensions: ["careType", "provider", "municipality"],
    measure: "placed_first_offer",
  },
  declines: {
    key: "declines",
    label: "Afwijzingen door aanbieders",
    definition: `Voorleggingen die een aanbieder in de maand afwees, per gecodeerde reden; naast het aantal staat het aantal beantwoorde voorleggingen (geaccepteerd of afgewezen) in de maand. ${PERIOD}`,
    unit: "count",
    dimensions: ["careType", "provider", "breakdown"],
    measure: "declines",
    breakdown: { label: "Reden", codes: DECLINE_REASONS },
  },
  replacement_rate: {
    key: "replacement_rate",
    label: "Doorplaatsingen",
    definition: `Aandeel van de plaatsingen die in de maand eindigden waarbij het kind naar een andere plaatsing ging (doorplaatsing). ${PERIOD}`,
    unit: "share",
    dimensions: ["careType", "provider"],
    measure: "replacements",
  },
  out_of_region_rate: {
    key: "out_of_region_rate",
    label: "Buiten de regio geplaatst",
    definition: `Aandeel van de plaatsingen die in de maand begonnen op een locatie van een andere regio. ${PERIOD}`,
    unit: "share",
    dimensions: ["careType", "municipality"],
    measure: "out_of_region",
  },
  crisis_over_cap: {
    key: "crisis_over_cap",
    label: "Crisisverblijf langer dan de termijn",
    definition: `Crisisplaatsingen die in de maand langer liepen dan de crisistermijn van de regio (niet beëindigd op de einddatum van de termijn); naast het aantal staat het aantal lopende crisisplaatsingen. ${PERIOD}`,
    unit: "count",
    dimensions: ["provider"],
    measure: "crisis_over_cap",
  },
  matched_without_documents: {
    key: "matched_without_documents",
    label: "Gematcht zonder verplichte documenten",
    definition: `Aandeel van de aanmeldingen met hun eerste voorlegging in de maand waarbij op dat moment niet alle documenten waren toegevoegd die de regio verplicht stelt (bij crisis is dat toegestaan). ${PERIOD}`,
    unit: "share",
    dimensions: ["careType", "municipality"],
    measure: "matched_without_documents",
  },
  unmet_need: {
    key: "unmet_need",
    label: "Onvervulde behoefte",
    definition: `Aanmeldingen die in de maand wachtten op een passende plek (met overbruggingshulp), of die in de maand werden geplaatst op een plek die de gevraagde zorgvorm of een gevraagde expertise niet biedt; per zorgvorm en per gevraagde expertise. Naast het aantal staat het aantal aanmeldingen dat in de maand liep. ${PERIOD}`,
    unit: "count",
    dimensions: ["careType", "municipality", "breakdown"],
    measure: "unmet_need",
    breakdown: { label: "Expertise" },
  },
  long_wait: {
    key: "long_wait",
    label: "Wachtlijst langer dan vier maanden",
    definition: `Kinderen op de wachtlijst die langer dan ${LONG_WAIT_MONTHS} maanden wachten sinds hun aanmelding; naast het aantal staat de hele wachtlijst. Per aanbieder telt een kind bij de aanbieder van zijn laatste voorlegging (een kind zonder voorlegging bij geen enkele aanbieder). Bij een aanbieder met zulke kinderen vraagt de regio een herstelplan. ${END}`,
    unit: "count",
    dimensions: ["careType", "provider", "municipality"],
    measure: "long_wait",
  },
};

export const kpiDefinition = (key: KpiKey): KpiDefinition => KPI_DEFINITIONS[key];

export function isKpiKey(value: string): value is KpiKey {
  return (KPI_KEYS as readonly string[]).includes(value);
}
