import { Form, redirect, useNavigation } from "react-router";
import { CARE_TYPE_LABELS, CARE_TYPES, DOCUMENT_LABELS, DOCUMENT_TYPES, type CareType, type DocumentType } from "@jeugdregie/domain";
import { Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/settings";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { all, int, runAction } from "../../lib/forms.server.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { savedRedirect } from "./steps.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { settings: await caller.onboarding.settings.get().catch(rethrowAsResponse) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  const result = await runAction(async () => {
    await caller.onboarding.settings.save({
      requiredDocuments: all(form, "requiredDocuments") as DocumentType[],
      offerResponseHours: int(form, "offerResponseHours"),
      crisisOfferResponseHours: int(form, "crisisOfferResponseHours"),
      crisisCapDays: int(form, "crisisCapDays"),
      capacityFreshnessDays: int(form, "capacityFreshnessDays"),
      careTypes: all(form, "careTypes") as CareType[],
    });
    return { ok: true, message: "Instellingen van het centraal punt opgeslagen." };
  });
  // Saved: on to the next step, which says what was saved.
  if ((result as { ok?: boolean }).ok) throw redirect(savedRedirect("settings"));
  return result;
}

export default function Settings({ loaderData, actionData }: Route.ComponentProps) {
  const { settings } = loaderData;
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading level={2}>2. Centraal punt</Heading>
      <Paragraph>
        Alle aanmeldingen voor verblijf lopen via het centraal punt. Leg hier vast wat het vraagt en hoe snel aanbieders reageren.
      </Paragraph>
      <FormMessages result={actionData} />
      <Form method="post">
        <fieldset className="jr-fieldset">
          <legend>Verplichte documenten vóór matching</legend>
          <div className="jr-checkbox-grid">
            {DOCUMENT_TYPES.map((d) => (
              <label key={d}>
                <input type="checkbox" name="requiredDocuments" value={d} defaultChecked={settings.requiredDocuments.includes(d)} />
                {DOCUMENT_LABELS[d].nl}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="jr-fieldset">
          <legend>Zorgvormen die het centraal punt behandelt</legend>
          <div className="jr-checkbox-grid">
            {CARE_TYPES.map((c) => (
              <label key={c}>
                <input type="checkbox" name="careTypes" value={c} defaultChecked={settings.careTypes.includes(c)} />
                {CARE_TYPE_LABELS[c].nl}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="jr-form-row">
          <FormField label="Reactietermijn aanbieder (uren)" htmlFor="offerResponseHours">
            <Textbox
              id="offerResponseHours"
              name="offerResponseHours"
              type="number"
              min={1}
              max={720}
              defaultValue={settings.offerResponseHours}
            />
          </FormField>
          <FormField label="Reactietermijn crisisvoorlegging (uren)" htmlFor="crisisOfferResponseHours">
            <Textbox
              id="crisisOfferResponseHours"
              name="crisisOfferResponseHours"
              type="number"
              min={1}
              max={72}
              defaultValue={settings.crisisOfferResponseHours}
            />
          </FormField>
          <FormField label="Maximale duur crisisplaatsing (dagen)" htmlFor="crisisCapDays">
            <Textbox id="crisisCapDays" name="crisisCapDays" type="number" min={1} max={90} defaultValue={settings.crisisCapDays} />
          </FormField>
          <FormField label="Capaciteit bevestigen binnen (dagen)" htmlFor="capacityFreshnessDays">
            <Textbox
              id="capacityFreshnessDays"
              name="capacityFreshnessDays"
              type="number"
              min={1}
              max={90}
              defaultValue={settings.capacityFreshnessDays}
            />
          </FormField>
        </div>
        <Button disabled={busy}>Instellingen opslaan</Button>
      </Form>
    </>
  );
}
