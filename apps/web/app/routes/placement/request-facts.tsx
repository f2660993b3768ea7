import { codeLabel } from "@jeugdregie/domain";
import { Heading } from "@jeugdregie/ui";
import { date, dateTime } from "../../lib/format.ts";

export interface EnteredRequest {
  name: string | null;
  bsnMasked: string;
  birth_date: string | Date;
  gender: string;
  home_municipality: string;
  referrer_kind: string;
  referrer_reference: string | null;
  urgency: string;
  care_type: string;
  intensity_band: string | null;
  expertise_tags: string[];
  keep_school: boolean;
  school_name: string | null;
  siblings_together: boolean;
  constraints: string;
  analysis_summary: string;
  interim_help: string | null;
  submitted_at: string | Date | null;
}

const none = "niet opgegeven";

/** Everything the referrer entered, as the coordinator needs it beside the matches. */
export function RequestFacts({ d }: { d: EnteredRequest }) {
  const facts: [string, string][] = [
    ["Naam", d.name ?? none],
    ["BSN", d.bsnMasked],
    ["Geboren", date(d.birth_date)],
    ["Geslacht", codeLabel("gender", d.gender, none)],
    ["Woongemeente", d.home_municipality],
    ["Verwijzer", codeLabel("referrerKind", d.referrer_kind, none)],
    ["Kenmerk verwijzer", d.referrer_reference ?? none],
    ["Aangemeld", d.submitted_at ? dateTime(d.submitted_at) : "nog niet ingediend"],
  ];
  const need: [string, string][] = [
    ["Urgentie", codeLabel("urgency", d.urgency, none)],
    ["Zorgvorm", codeLabel("careType", d.care_type, none)],
    ["Intensiteit", d.intensity_band ?? none],
    ["Expertise", d.expertise_tags.length > 0 ? d.expertise_tags.join(", ") : none],
    [
      "School",
      d.keep_school
        ? `behouden${d.school_name ? `: ${d.school_name}` : ""}`
        : d.school_name
          ? `${d.school_name} (niet per se behouden)`
          : none,
    ],
    ["Broers en zussen", d.siblings_together ? "samen plaatsen" : "geen wens opgegeven"],
    ["Randvoorwaarden", d.constraints || none],
    ["Verklarende analyse", d.analysis_summary || none],
  ];
  if (d.interim_help) need.push(["Overbrugging", d.interim_help]);
  return (
    <section aria-labelledby="ingevuld">
      <Heading level={2} id="ingevuld">
        Wat de verwijzer invulde
      </Heading>
      <Heading level={3}>Het kind</Heading>
      <Facts items={facts} testId="request-facts-child" />
      <Heading level={3}>De vraag</Heading>
      <Facts items={need} testId="request-facts-need" />
    </section>
  );
}

function Facts({ items, testId }: { items: [string, string][]; testId: string }) {
  return (
    <dl className="jr-facts" data-testid={testId}>
      {items.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
