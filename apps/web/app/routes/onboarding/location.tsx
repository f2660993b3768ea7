import { Form, Link, useNavigation } from "react-router";
import { CARE_TYPE_LABELS, CARE_TYPES, INTENSITY_BANDS, type CareType } from "@jeugdregie/domain";
import { Alert, Button, FormField, Heading, Options, Paragraph, Select, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/location";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { all, int, optionalInt, runAction, text, yesNo } from "../../lib/forms.server.ts";
import { dateTime } from "../../lib/format.ts";
import { FormMessages } from "../../components/FormMessages.tsx";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const [location, municipalities] = await Promise.all([
    caller.locations.get({ locationId: params.locationId }).catch(rethrowAsResponse),
    caller.onboarding.municipalities.list().catch(rethrowAsResponse),
  ]);
  return { location, municipalities: municipalities.filter((m) => m.selected) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    const intent = text(form, "intent");
    if (intent === "deactivate" || intent === "activate") {
      await caller.locations.setActive({ locationId: params.locationId, active: intent === "activate" });
      return {
        ok: true,
        message:
          intent === "activate"
            ? "Locatie weer in gebruik: ze doet weer mee in de matching."
            : "Locatie buiten gebruik gezet: er gaan geen nieuwe voorleggingen meer naartoe. Wie er al verblijft, blijft.",
      };
    }
    await caller.locations.update({
      locationId: params.locationId,
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
      hybridPlaces: optionalInt(form, "hybridPlaces"),
      roundTheClockSupport: yesNo(form, "roundTheClockSupport"),
    });
    return { ok: true, message: "Locatie gewijzigd." };
  });
}

export default function Location({ loaderData, actionData }: Route.ComponentProps) {
  const { location: l, municipalities } = loaderData;
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Paragraph>
        <Link className="utrecht-link" to="/inrichting/locaties">
          ← Alle locaties
        </Link>
      </Paragraph>
      <Heading level={2}>{l.name}</Heading>
      <Paragraph>
        {l.providerName} · {l.capacity} plekken (bevestigd door de aanbieder:{" "}
        {l.capacityConfirmedAt ? dateTime(l.capacityConfirmedAt) : "nog nooit"}) ·{" "}
        <strong data-testid="location-state">{l.active ? "In gebruik" : "Buiten gebruik"}</strong>
      </Paragraph>
      {!l.active && (
        <Alert type="warning">
          Buiten gebruik sinds {l.deactivatedAt ? dateTime(l.deactivatedAt) : ""}: de matching slaat deze locatie over en er gaan geen
          nieuwe voorleggingen naartoe. Lopende plaatsingen blijven.
        </Alert>
      )}
      <FormMessages result={actionData} />
      <Form method="post" className="jr-fieldset">
        <input type="hidden" name="intent" value="update" />
        <Heading level={3}>Gegevens wijzigen</Heading>
        <Paragraph muted>Het aantal plekken houdt de aanbieder zelf bij; dat wijzig je hier niet.</Paragraph>
        <div className="jr-form-row">
          <FormField label="Naam van de locatie" htmlFor="name">
            <Textbox id="name" name="name" required defaultValue={l.name} />
          </FormField>
          <FormField label="Gemeente" htmlFor="municipalityCode">
            <Select id="municipalityCode" name="municipalityCode" defaultValue={l.municipalityCode} required>
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
                <input type="checkbox" name="careTypes" value={c} defaultChecked={l.careTypes.includes(c)} />
                {CARE_TYPE_LABELS[c].nl}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="jr-form-row">
          <FormField label="Expertise (komma's)" htmlFor="expertise">
            <Textbox id="expertise" name="expertise" defaultValue={l.expertiseTags.join(", ")} />
          </FormField>
          <FormField label="Leeftijd van" htmlFor="ageMin">
            <Textbox id="ageMin" name="ageMin" type="number" min={0} max={27} defaultValue={l.ageMin} />
          </FormField>
          <FormField label="tot en met" htmlFor="ageMax">
            <Textbox id="ageMax" name="ageMax" type="number" min={0} max={27} defaultValue={l.ageMax} />
          </FormField>
          <FormField label="Intensiteit" htmlFor="intensityBand">
            <Select id="intensityBand" name="intensityBand" defaultValue={l.intensityBand ?? ""}>
              <option value="">–</option>
              <Options values={INTENSITY_BANDS} label={(b) => b} />
            </Select>
          </FormField>
          <FormField label="Hybride plekken (als vastgelegd)" htmlFor="hybridPlaces">
            <Textbox id="hybridPlaces" name="hybridPlaces" type="number" min={0} defaultValue={l.hybridPlaces ?? ""} />
          </FormField>
          <FormField label="Dag en nacht ondersteuning" htmlFor="roundTheClockSupport">
            <Select
              id="roundTheClockSupport"
              name="roundTheClockSupport"
              defaultValue={l.roundTheClockSupport === null ? "" : l.roundTheClockSupport ? "ja" : "nee"}
            >
              <option value="">niet vastgelegd</option>
              <option value="ja">ja</option>
              <option value="nee">nee</option>
            </Select>
          </FormField>
        </div>
        <Button disabled={busy}>Gegevens opslaan</Button>
      </Form>
      <Form method="post" className="jr-fieldset">
        <input type="hidden" name="intent" value={l.active ? "deactivate" : "activate"} />
        <Heading level={3}>{l.active ? "Buiten gebruik zetten" : "Weer in gebruik nemen"}</Heading>
        <Paragraph muted>
          {l.active
            ? "Buiten gebruik: de locatie krijgt geen nieuwe voorleggingen en telt niet mee in de matching. Kinderen die er verblijven blijven; de gegevens blijven bewaard."
            : "Weer in gebruik: de locatie doet weer mee in de matching."}
        </Paragraph>
        <Button appearance="secondary" disabled={busy}>
          {l.active ? "Buiten gebruik zetten" : "Weer in gebruik nemen"}
        </Button>
      </Form>
    </>
  );
}
