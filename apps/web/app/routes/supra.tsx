import { codeLabel, criterionLabel, freePlaces } from "@jeugdregie/domain";
import { Form } from "react-router";
import { Bar, Button, Cell, Heading, Paragraph, Row, StatCard, Table, TableBody, TableHead } from "@jeugdregie/ui";
import { runAction, text } from "../lib/forms.server.ts";
import { FormMessages } from "../components/FormMessages.tsx";
import type { Route } from "./+types/supra";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { date } from "../lib/format.ts";
import { cursorFrom, Pager } from "../components/Pager.tsx";

const POOL_PARAM = "pool";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const [pool, outOfRegion, me] = await Promise.all([
    caller.supra.pooled({ cursor: cursorFrom(request, POOL_PARAM) }).catch(rethrowAsResponse),
    caller.supra.outOfRegion({ cursor: cursorFrom(request) }).catch(rethrowAsResponse),
    caller.me(),
  ]);
  return {
    pool: pool.items.map((l) => ({ ...l, free: freePlaces(l) })),
    poolNext: pool.nextCursor,
    outOfRegion: outOfRegion.items,
    outOfRegionNext: outOfRegion.nextCursor,
    name: me.organisationName,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    await caller.supra.decide({
      regionId: text(form, "regionId"),
      justificationId: text(form, "justificationId"),
      approve: text(form, "approve") === "yes",
      note: null,
    });
    return { ok: true, message: "Besluit over de afweging vastgelegd." };
  });
}

export default function Supra({ loaderData, actionData }: Route.ComponentProps) {
  const { pool, poolNext, outOfRegion, outOfRegionNext, name } = loaderData;
  const capacity = pool.reduce((n, l) => n + l.capacity, 0);
  const inUse = pool.reduce((n, l) => n + l.occupied + l.reserved, 0);
  return (
    <>
      <Heading level={1}>{name}</Heading>
      <Paragraph lead>
        Gedeelde schaarse capaciteit van de aangesloten regio&rsquo;s, en elke plaatsing buiten de eigen regio met haar afweging.
      </Paragraph>
      <div className="jr-cards">
        <StatCard value={pool.length} label="gedeelde locaties" />
        <StatCard value={capacity} label="gedeelde plekken" />
        <StatCard value={inUse} label="bezet of gereserveerd" />
        <StatCard
          value={<span data-testid="oor-count">{`${outOfRegion.length}${outOfRegionNext ? "+" : ""}`}</span>}
          label="voorleggingen buiten de eigen regio"
        />
      </div>
      <FormMessages result={actionData} />
      {outOfRegion.length === 0 ? (
        <Paragraph>
          <span data-testid="oor-empty">Er zijn geen plaatsingen of voorleggingen buiten de eigen regio.</span>
        </Paragraph>
      ) : (
        <Table caption="Plaatsingen en voorleggingen buiten de eigen regio">
          <TableHead
            columns={[
              "Regio van het kind",
              "Zorgvorm",
              "Leeftijd",
              "Locatie",
              "Criteria en onderbouwing",
              "Waarom niet in de regio",
              "Afweging",
              "Status",
              "",
            ]}
          />
          <TableBody>
            {outOfRegion.map((r) => (
              <Row key={`${r.request_id}-${r.location_name}`}>
                <Cell>{r.region_name}</Cell>
                <Cell>{codeLabel("careType", r.care_type)}</Cell>
                <Cell numeric>{r.age_years}</Cell>
                <Cell>
                  {r.location_name} ({r.location_region_name})
                </Cell>
                <Cell>
                  {(r.criteria ?? []).map((c) => (
                    <div key={c}>
                      <strong>{criterionLabel(c)}:</strong> {r.evidence?.[c]}
                    </div>
                  ))}
                </Cell>
                <Cell>
                  <small>{r.in_region_reasons}</small>
                </Cell>
                <Cell>
                  <span data-testid="oor-justification">
                    {r.justification_status ? codeLabel("justificationStatus", r.justification_status) : "ontbreekt"}
                  </span>
                  {r.decided_at && <small> ({date(r.decided_at)})</small>}
                </Cell>
                <Cell>
                  <span data-testid="oor-status">{r.placed ? "Geplaatst" : codeLabel("outOfRegionOffer", r.offer_status, "Onbekend")}</span>
                </Cell>
                <Cell>
                  {r.justification_status === "pending" && r.justification_id && (
                    <Form method="post" className="jr-form-row">
                      <input type="hidden" name="regionId" value={r.region_id} />
                      <input type="hidden" name="justificationId" value={r.justification_id} />
                      <Button name="approve" value="yes">
                        Goedkeuren
                      </Button>
                      <Button name="approve" value="no" appearance="secondary">
                        Afwijzen
                      </Button>
                    </Form>
                  )}
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager nextCursor={outOfRegionNext} />
      <Table caption="Gedeelde locaties en beschikbaarheid">
        <TableHead columns={["Locatie", "Regio", "Aanbieder", "Zorgvormen", "Plekken", "Bezetting", "Vrij"]} />
        <TableBody>
          {pool.map((l) => (
            <Row key={l.id}>
              <Cell>{l.name}</Cell>
              <Cell>{l.region_name}</Cell>
              <Cell>{l.provider_name}</Cell>
              <Cell>{l.care_types.map((c) => codeLabel("careType", c)).join(", ")}</Cell>
              <Cell numeric>
                <span data-testid="pool-places">{l.capacity}</span>
              </Cell>
              <Cell>
                <Bar
                  value={l.occupied + l.reserved}
                  max={l.capacity}
                  label={`${l.occupied + l.reserved} van ${l.capacity} bezet of gereserveerd`}
                />
              </Cell>
              <Cell numeric>{l.free}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Pager nextCursor={poolNext} param={POOL_PARAM} />
    </>
  );
}
