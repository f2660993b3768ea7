import type { OpenFlow, OpenProvenance } from "@jeugdregie/domain";
import { Heading, Paragraph, ScrollArea } from "@jeugdregie/ui";
import { figureText } from "../../lib/national/view.ts";

/** Where a region's placed-in children come from: the region's column of the flow matrix, as published. */
export function IncomingFlows({ flows, own, names }: { flows: OpenFlow[]; own: string; names: ReadonlyMap<string, string> }) {
  const incoming = flows.filter((f) => f.toRegion === own && f.fromRegion !== own && !(f.status === "published" && f.value === 0));
  if (incoming.length === 0) return <Paragraph>Er zijn geen kinderen uit andere regio&rsquo;s in uw regio geplaatst.</Paragraph>;
  return (
    <ScrollArea label="Herkomst van in uw regio geplaatste kinderen">
      <table className="utrecht-table utrecht-table--html-table" data-testid="incoming-flows">
        <caption className="utrecht-table__caption">In {names.get(own) ?? own} geplaatst, naar regio van herkomst</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              Regio van herkomst
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              Kinderen
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {incoming.map((f) => (
            <tr key={f.fromRegion} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {names.get(f.fromRegion) ?? f.fromRegion}
              </th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{figureText(f, "children")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

/** What the figures are and how they are protected: the release's provenance, in words. */
export function AboutRelease({ release, apiHref }: { release: { asOf: string; provenance: OpenProvenance }; apiHref: string }) {
  const p = release.provenance;
  return (
    <section aria-labelledby="over" className="jr-about-release">
      <Heading level={2} id="over">
        Over deze cijfers
      </Heading>
      <Paragraph>Bron: {p.source}.</Paragraph>
      <Paragraph>{p.method}</Paragraph>
      <Paragraph>
        Geen cijfer laat een kind herkennen. &ldquo;&lt;10&rdquo;: 1 tot en met {p.smallCountThreshold - 1} kinderen; &ldquo;x&rdquo;:
        afgeschermd zodat een ander cijfer niet terug te rekenen is; &ldquo;geen gegevens&rdquo;: de regio levert nog geen gegevens. Andere
        aantallen zijn afgerond op {p.roundingBase}; percentages zijn berekend uit de afgeronde aantallen.
      </Paragraph>
      <Paragraph>
        Dezelfde cijfers zijn openbaar via de{" "}
        <a className="utrecht-link" href={apiHref}>
          open API (beschrijving)
        </a>
        .
      </Paragraph>
    </section>
  );
}
