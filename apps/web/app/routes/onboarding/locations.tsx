import { Form, Link, useNavigation } from "react-router";
import { CARE_TYPE_LABELS, CARE_TYPES, codeLabel, INTENSITY_BANDS, type CareType } from "@jeugdregie/domain";
import { Button, Cell, FormField, Heading, Options, Paragraph, Row, Select, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/locations";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { all, int, optionalInt, runAction, text, yesNo } from "../../lib/forms.server.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { useResetOnSuccess } from "../../components/useResetOnSuccess.ts";
import { NextStep } from "./NextStep.tsx";
import { cursorFrom, Pager } from "../../components/Pager.tsx";

const PICKER_SIZE = 100;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const providerQuery = new URL(request.url).searchParams.get("aanbieder") ?? "";
  const [locations, providers, municipalities] = await Promise.all([
    caller.locations.list({ cursor: cursorFrom(request) }).catch(rethrowAsResponse),
    // The picker's choices: up to 100 contracted providers by name, narrowed by "?aanbieder=" when there are more.
    caller.onboarding.providers.contracted({ limit: PICKER_SIZE, nameContains: providerQuery }).catch(rethrowAsResponse),
    caller.onboarding.municipalities.list().catch(rethrowAsResponse),
  ]);
  return {
    locations: locations.items,
    total: locations.totals.locations,
    nextCursor: locations.nextCursor,
    providers: providers.items,
    moreProviders: providers.nextCursor !== null,
    providerQuery,
    municipalities: municipalities.filter((m) => m.selected),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    await caller.locations.create({
      providerId: text(form, "providerId"),
      name: text(form, "name"),
      municipalityCode: text(form, "municipalityCode"),
      careTypes: all(form, "careTypes") as CareType[],
      expertiseTags: text(form, "expertise")
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
      ageMin: int(form, "ageMin"),
      ageMax: int(form, "ageMax"),
      intensityBand: text(form, "intensityBand") || null,
      capacity: int(form, "capacity"),
      hybridPlaces: optionalInt(form, "hybridPlaces"),
      roundTheClockSupport: yesNo(form, "roundTheClockSupport"),
    });
    return { ok: true, message: `Locatie "${text(form, "name")}" toegevoegd.` };
  });
}

export default function Locations({ loaderData, actionData }: Route.ComponentProps) {
  const { locations, total, nextCursor, providers, moreProviders, providerQuery, municipalities } = loaderData;
  const busy = useNavigation().state === "submitting";
  const formRef = useResetOnSuccess(actionData);
  return (
    <>
      <Heading level={2}>6. Locaties en capaciteit</Heading>
      <Paragraph>
        Locaties van gecontracteerde aanbieders in de gemeenten van de regio, met zorgvormen, leeftijden, intensiteit en aantal plekken.
        Gegevens wijzig je per locatie; een locatie die niet meer meedoet zet je daar buiten gebruik.
      </Paragraph>
      <FormMessages result={actionData} />
      <Form method="get" className="jr-form-row">
        <FormField label="Aanbieder zoeken (deel van de naam)" htmlFor="aanbieder">
          <Textbox id="aanbieder" name="aanbieder" defaultValue={providerQuery} />
        </FormField>
        <Button type="submit" appearance="secondary">
          Zoek aanbieder
        </Button>
      </Form>
      {moreProviders && (
        <Paragraph>
          De keuzelijst toont de eerste {PICKER_SIZE} aanbieders{providerQuery ? ` met "${providerQuery}" in de naam` : ""}; zoek hierboven
          om de lijst te beperken.
        </Paragraph>
      )}
      {providers.length === 0 && providerQuery !== "" && (
        <Paragraph>Geen gecontracteerde aanbieder met "{providerQuery}" in de naam.</Paragraph>
      )}
      <Form ref={formRef} method="post" className="jr-fieldset">
        <Heading level={3}>Locatie toevoegen</Heading>
        <div className="jr-form-row">
          <FormField label="Aanbieder" htmlFor="providerId">
            <Select id="providerId" name="providerId" required>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label="Naam van de locatie" htmlFor="name">
            <Textbox id="name" name="name" required />
          </FormField>
          <FormField label="Gemeente" htmlFor="municipalityCode">
            <Select id="municipalityCode" name="municipalityCode" required>
              {municipalities.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </Select>
          </FormField>
        </div>
        <fieldset className="jr-fieldset">
          <legend>Zorgvormen</legend>
          <div className="jr-checkbox-grid">
            {CARE_TYPES.map((c) => (
              <label key={c}>
                <input type="checkbox" name="careTypes" value={c} />
                {CARE_TYPE_LABELS[c].nl}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="jr-form-row">
          <FormField label="Expertise (komma's)" htmlFor="expertise">
            <Textbox id="expertise" name="expertise" placeholder="trauma, lvb" />
          </FormField>
          <FormField label="Leeftijd van" htmlFor="ageMin">
            <Textbox id="ageMin" name="ageMin" type="number" min={0} max={27} defaultValue={0} />
          </FormField>
          <FormField label="tot en met" htmlFor="ageMax">
            <Textbox id="ageMax" name="ageMax" type="number" min={0} max={27} defaultValue={18} />
          </FormField>
          <FormField label="Intensiteit" htmlFor="intensityBand">
            <Select id="intensityBand" name="intensityBand" defaultValue="">
              <option value="">–</option>
              <Options values={INTENSITY_BANDS} label={(b) => b} />
            </Select>
          </FormField>
          <FormField label="Plekken" htmlFor="capacity">
            <Textbox id="capacity" name="capacity" type="number" min={0} required />
          </FormField>
          <FormField label="Hybride plekken (als vastgelegd)" htmlFor="hybridPlaces">
            <Textbox id="hybridPlaces" name="hybridPlaces" type="number" min={0} />
          </FormField>
          <FormField label="Dag en nacht ondersteuning" htmlFor="roundTheClockSupport">
            <Select id="roundTheClockSupport" name="roundTheClockSupport" defaultValue="">
              <option value="">niet vastgelegd</option>
              <option value="ja">ja</option>
              <option value="nee">nee</option>
            </Select>
          </FormField>
        </div>
        <Button disabled={busy}>Locatie toevoegen</Button>
      </Form>
      <Table caption={`${total} locaties${locations.length < total ? ` (${locations.length} op deze pagina)` : ""}`}>
        <TableHead columns={["Locatie", "Aanbieder", "Gemeente", "Zorgvormen", "Leeftijd", "Plekken", "Status", ""]} />
        <TableBody>
          {locations.map((l) => (
            <Row key={l.id}>
              <Cell>{l.name}</Cell>
              <Cell>{l.providerName}</Cell>
              <Cell>{l.municipalityName}</Cell>
              <Cell>{l.careTypes.map((c) => codeLabel("careType", c)).join(", ")}</Cell>
              <Cell>
                {l.ageMin}–{l.ageMax}
              </Cell>
              <Cell numeric>{l.capacity}</Cell>
              <Cell>{l.active ? "In gebruik" : "Buiten gebruik"}</Cell>
              <Cell>
                <Link className="utrecht-link" to={`/inrichting/locaties/${l.id}`} aria-label={`${l.name} wijzigen`}>
                  Wijzigen
                </Link>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Pager nextCursor={nextCursor} />
      <NextStep />
    </>
  );
}
