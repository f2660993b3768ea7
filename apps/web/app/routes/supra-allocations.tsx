import { Form, useNavigation } from "react-router";
import { codeLabel } from "@jeugdregie/domain";
import { Badge, Bar, Button, Cell, Heading, Paragraph, Row, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/supra-allocations";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { runAction, text } from "../lib/forms.server.ts";
import { dateTime } from "../lib/format.ts";
import { FormMessages } from "../components/FormMessages.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const year = Number(new URL(request.url).searchParams.get("jaar")) || new Date().getFullYear();
  return { year, ...(await caller.supra.allocations({ year }).catch(rethrowAsResponse)) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  const regionIds = form.getAll("regionId").map(String);
  return runAction(async () => {
    await caller.supra.saveAllocations({
      careType: text(form, "careType"),
      year: Number(text(form, "year")),
      // An empty field means "no allocation" (no limit), not zero places.
      allocations: regionIds
        .filter((regionId) => text(form, `places-${regionId}`) !== "")
        .map((regionId) => ({ regionId, places: Number(text(form, `places-${regionId}`)) })),
    });
    return { ok: true, message: "Toewijzingen opgeslagen." };
  });
}

export default function Allocations({ loaderData, actionData }: Route.ComponentProps) {
  const { year, pools, overAllocations } = loaderData;
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading level={1}>Toewijzing gedeelde plekken {year}</Heading>
      <Paragraph lead>
        Per gedeelde zorgvorm: hoeveel plekken elke regio mag gebruiken, en het gebruik nu. Over de toewijzing gaan kan alleen met een
        vastgelegde reden.
      </Paragraph>
      <FormMessages result={actionData} />
      {pools.map((pool) => (
        <Form method="post" key={pool.careType} className="jr-fieldset">
          <input type="hidden" name="careType" value={pool.careType} />
          <input type="hidden" name="year" value={year} />
          <Heading level={2}>
            {codeLabel("careType", pool.careType)} · {pool.capacity} plekken in de pool
          </Heading>
          <Table>
            <TableHead columns={["Regio", "Toegewezen", "In gebruik", ""]} />
            <TableBody>
              {pool.regions.map((r) => (
                <Row key={r.regionId}>
                  <Cell>{r.regionName}</Cell>
                  <Cell>
                    <input type="hidden" name="regionId" value={r.regionId} />
                    <Textbox
                      aria-label={`Toegewezen aan ${r.regionName}`}
                      name={`places-${r.regionId}`}
                      type="number"
                      min={0}
                      defaultValue={r.allocated ?? ""}
                      size={4}
                    />
                  </Cell>
                  <Cell>
                    <Bar
                      value={r.used}
                      max={Math.max(r.allocated ?? 0, r.used, 1)}
                      label={`${r.used} van ${r.allocated ?? "–"} in gebruik`}
                    />
                  </Cell>
                  <Cell>{r.over && <Badge>over de toewijzing</Badge>}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          <Button disabled={busy}>Toewijzing opslaan</Button>
        </Form>
      ))}
      {overAllocations.length > 0 && (
        <Table caption="Overschrijdingen met reden">
          <TableHead columns={["Regio", "Zorgvorm", "Wanneer", "Reden"]} />
          <TableBody>
            {overAllocations.map((o, i) => (
              <Row key={i}>
                <Cell>{o.region_name}</Cell>
                <Cell>{codeLabel("careType", o.care_type)}</Cell>
                <Cell>{dateTime(o.sent_at)}</Cell>
                <Cell>{o.reason}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
