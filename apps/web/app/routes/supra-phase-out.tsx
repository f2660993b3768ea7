import { Form, useNavigation } from "react-router";
import { Alert, Badge, Bar, Button, Cell, Heading, Paragraph, Row, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/supra-phase-out";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { int, runAction, text } from "../lib/forms.server.ts";
import { FormMessages } from "../components/FormMessages.tsx";
import { cursorFrom, Pager } from "../components/Pager.tsx";

const YEARS = [2026, 2027, 2028, 2029, 2030];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const year = Number(new URL(request.url).searchParams.get("jaar")) || new Date().getFullYear();
  const cursor = cursorFrom(request);
  const page = await caller.supra.phaseOut({ year, cursor }).catch(rethrowAsResponse);
  return { year, providers: page.items, nextCursor: page.nextCursor, paged: cursor !== undefined || page.nextCursor !== null };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    await caller.supra.savePhaseOut({
      providerId: text(form, "providerId"),
      plan: YEARS.filter((y) => text(form, `year-${y}`) !== "").map((y) => ({ year: y, places: int(form, `year-${y}`) })),
      minViablePct: int(form, "minViablePct"),
    });
    return { ok: true, message: "Afbouwplan opgeslagen." };
  });
}

export default function PhaseOut({ loaderData, actionData }: Route.ComponentProps) {
  const { year, providers, nextCursor } = loaderData;
  const busy = useNavigation().state === "submitting";
  const warned = providers.filter((p) => p.warnings.length > 0).length;
  return (
    <>
      <Heading level={1}>Afbouw gesloten jeugdzorg</Heading>
      <Paragraph lead>
        Per aanbieder het afbouwplan naar nul plekken in 2030, tegen de werkelijke capaciteit en bezetting ({year}).
      </Paragraph>
      {warned > 0 && (
        <Alert type="warning">
          <span data-testid="phase-out-warnings">{warned}</span> aanbieder(s){loaderData.paged ? " op deze pagina" : ""} wijken af van hun
          plan of zitten onder de minimale bezetting.
        </Alert>
      )}
      <FormMessages result={actionData} />
      <Table>
        <TableHead columns={["Aanbieder", `Plan ${year}`, "Capaciteit", "Bezetting", "Signalen"]} />
        <TableBody>
          {providers.map((p) => (
            <Row key={p.providerId}>
              <Cell>{p.providerName}</Cell>
              <Cell numeric>{p.planned ?? "–"}</Cell>
              <Cell numeric>{p.capacity}</Cell>
              <Cell>
                <Bar value={p.occupied} max={Math.max(p.capacity, 1)} label={`${p.occupied} van ${p.capacity} bezet`} />
              </Cell>
              <Cell>
                {p.warnings.map((w) => (
                  <Badge key={w.kind}>{w.message}</Badge>
                ))}
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Pager nextCursor={nextCursor} />
      {providers.map((p) => (
        <Form method="post" key={p.providerId} className="jr-fieldset">
          <input type="hidden" name="providerId" value={p.providerId} />
          <Heading level={2}>Afbouwplan {p.providerName}</Heading>
          <div className="jr-form-row">
            {YEARS.map((y) => (
              <label key={y} className="jr-check">
                {y}
                <Textbox
                  aria-label={`${p.providerName} ${y}`}
                  name={`year-${y}`}
                  type="number"
                  min={0}
                  size={4}
                  defaultValue={p.plan.find((x) => x.year === y)?.places ?? ""}
                />
              </label>
            ))}
            <label className="jr-check">
              Minimale bezetting %
              <Textbox
                aria-label={`${p.providerName} minimale bezetting`}
                name="minViablePct"
                type="number"
                min={0}
                max={100}
                size={4}
                defaultValue={p.minViablePct}
              />
            </label>
            <Button appearance="secondary" disabled={busy}>
              Plan opslaan
            </Button>
          </div>
        </Form>
      ))}
    </>
  );
}
