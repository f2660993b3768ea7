import { Form, useNavigation } from "react-router";
import { dutchDate, INTENSITY_BANDS, parseEuroToCents } from "@jeugdregie/domain";
import { Button, Cell, FormField, Heading, Paragraph, Row, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/tariffs";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { FormMessages } from "../../components/FormMessages.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return await caller.onboarding.tariffs.get().catch(rethrowAsResponse);
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    await caller.onboarding.tariffs.save({
      validFrom: text(form, "validFrom"),
      tariffs: INTENSITY_BANDS.map((band) => ({
        band,
        minHours: Number(text(form, `min-${band}`).replace(",", ".")),
        maxHours: Number(text(form, `max-${band}`).replace(",", ".")),
        tariffCents: parseEuroToCents(text(form, `tariff-${band}`)) ?? Number.NaN,
      })),
    });
    return { ok: true, message: "Tarieftabel opgeslagen." };
  });
}

const hours = (n: number) => n.toFixed(1).replace(".", ",");
const money = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

export default function Tariffs({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading level={2}>Intensiteitstarieven K tot en met Z</Heading>
      <Paragraph>
        Tarief per etmaal naar uren pedagogische inzet per jeugdige per etmaal (intensiteitenmodel, voorbeeld G7).{" "}
        {loaderData.validFrom
          ? `Geldig vanaf ${dutchDate(loaderData.validFrom)}.`
          : "Nog niet vastgesteld: hieronder het G7-voorbeeld als startpunt."}
      </Paragraph>
      <FormMessages result={actionData} />
      <Form method="post">
        <FormField label="Geldig vanaf" htmlFor="validFrom">
          <Textbox
            id="validFrom"
            name="validFrom"
            type="date"
            required
            defaultValue={loaderData.validFrom ?? `${new Date().getFullYear() + 1}-01-01`}
          />
        </FormField>
        <Table>
          <TableHead columns={["Intensiteit", "Uren van", "tot", "Tarief per etmaal (€)"]} />
          <TableBody>
            {loaderData.tariffs.map((t) => (
              <Row key={t.band}>
                <Cell>
                  <strong>{t.band}</strong>
                </Cell>
                <Cell>
                  <Textbox
                    aria-label={`${t.band} uren van`}
                    name={`min-${t.band}`}
                    defaultValue={hours(t.minHours)}
                    inputMode="decimal"
                    size={5}
                  />
                </Cell>
                <Cell>
                  <Textbox
                    aria-label={`${t.band} uren tot`}
                    name={`max-${t.band}`}
                    defaultValue={hours(t.maxHours)}
                    inputMode="decimal"
                    size={5}
                  />
                </Cell>
                <Cell>
                  <Textbox
                    aria-label={`${t.band} tarief`}
                    name={`tariff-${t.band}`}
                    defaultValue={money(t.tariffCents)}
                    inputMode="decimal"
                    size={9}
                  />
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
        <Button disabled={busy}>Tarieftabel opslaan</Button>
      </Form>
    </>
  );
}
