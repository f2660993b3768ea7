import { codeLabel } from "@jeugdregie/domain";
import { Alert, Heading } from "@jeugdregie/ui";
import { date, dateTime } from "../../lib/format.ts";

interface ReferrerRequest {
  status: string;
  urgency: string;
  care_type: string;
  referrer_kind: string;
  referrer_reference: string | null;
  expertise_tags: string[];
  intensity_band: string | null;
  keep_school: boolean;
  school_name: string | null;
  siblings_together: boolean;
  constraints: string;
  analysis_summary: string;
  interim_help: string | null;
  submitted_at: string | Date | null;
  created_at: string | Date;
  initials: string | null;
  pseudonym: string;
  age_years: number;
  outcome: {
    starts_on: string | Date;
    ended_on: string | Date | null;
    end_destination: string | null;
    location_name: string | null;
    provider_name: string | null;
  } | null;
}

const none = "niet ingevuld";

/** What the referrer entered: the request as they made it (of the child only initials and age). */
export function ReferrerFacts({ request: r }: { request: ReferrerRequest }) {
  const facts: [string, string][] = [
    ["Kind", `${r.initials ? `${r.initials} · ` : ""}${r.pseudonym}, ${r.age_years} jaar`],
    ["Eigen kenmerk", r.referrer_reference ?? none],
    ["Verwijzer", codeLabel("referrerKind", r.referrer_kind, none)],
    ["Urgentie", codeLabel("urgency", r.urgency, none)],
    ["Zorgvorm", codeLabel("careType", r.care_type, none)],
    ["Intensiteit", r.intensity_band ?? "niet bekend"],
    ["Expertise", r.expertise_tags.length > 0 ? r.expertise_tags.join(", ") : none],
    ["School", r.keep_school ? `behouden${r.school_name ? `: ${r.school_name}` : ""}` : (r.school_name ?? none)],
    ["Broers en zussen", r.siblings_together ? "samen plaatsen" : "geen wens opgegeven"],
    ["Randvoorwaarden", r.constraints || none],
    ["Verklarende analyse", r.analysis_summary || none],
    ["Gemaakt", dateTime(r.created_at)],
    ["Ingediend", r.submitted_at ? dateTime(r.submitted_at) : "nog niet"],
  ];
  return (
    <section aria-labelledby="ingevuld">
      <Heading level={2} id="ingevuld">
        Wat je invulde
      </Heading>
      <dl className="jr-facts" data-testid="referrer-facts">
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Where the request ended up, in one sentence: placed where, waiting with what help, or withdrawn. */
export function ReferrerOutcome({ request: r }: { request: ReferrerRequest }) {
  const o = r.outcome;
  const place = o ? `${o.location_name ?? "een locatie buiten de regio"}${o.provider_name ? ` (${o.provider_name})` : ""}` : "";
  let text: string | null = null;
  if (r.status === "placed" && o) text = `Geplaatst bij ${place}, sinds ${date(o.starts_on)}.`;
  else if (r.status === "ended" && o)
    text = `Plaatsing bij ${place} beëindigd${o.ended_on ? ` op ${date(o.ended_on)}` : ""}${
      o.end_destination ? `; daarna: ${codeLabel("endDestination", o.end_destination, "anders").toLowerCase()}` : ""
    }.`;
  else if (r.status === "waiting")
    text = `Er is nu geen passende plek. Het kind wacht met overbruggingshulp${r.interim_help ? `: ${r.interim_help}` : ""}; zodra er plek komt, wordt opnieuw gematcht.`;
  else if (r.status === "withdrawn") text = "De aanmelding is ingetrokken door het centraal punt.";
  if (!text) return null;
  return (
    <Alert type={r.status === "placed" ? "ok" : "info"}>
      <strong>Uitkomst:</strong> <span data-testid="request-outcome">{text}</span>
    </Alert>
  );
}
