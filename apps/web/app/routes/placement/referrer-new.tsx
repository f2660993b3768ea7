import { Form, redirect, useNavigation } from "react-router";
import { CARE_TYPE_LABELS, CARE_TYPES, CHILD_FIELD_LABELS, INTENSITY_BANDS, type CareType, type ChildField } from "@jeugdregie/domain";
import { Button, FormField, Heading, Options, Paragraph, Select, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/referrer-new";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { GENDER_OPTIONS, REFERRER_KINDS } from "./labels.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const regions = await caller.regions.list().catch(rethrowAsResponse);
  // a coordinator may link a second request for a child on purpose, with a reason
  return { regionName: regions[0]?.name ?? "", canLink: viewer.scope.role === "placement_coordinator" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  const result = await runAction(async () => {
    const created = await caller.intake.create({
      bsn: text(form, "bsn"),
      name: text(form, "name"),
      birthDate: text(form, "birthDate"),
      gender: text(form, "gender") as "0" | "1" | "2",
      homeMunicipalityCode: text(form, "homeMunicipalityCode"),
      referrerKind: text(form, "referrerKind") as "01",
      urgency: text(form, "urgency") === "crisis" ? "crisis" : "regular",
      careType: text(form, "careType") as CareType,
      expertiseTags: text(form, "expertise")
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
      intensityBand: text(form, "intensityBand") || null,
      keepSchool: form.get("keepSchool") === "on",
      schoolName: text(form, "schoolName") || null,
      siblingsTogether: form.get("siblingsTogether") === "on",
      constraints: text(form, "constraints"),
      analysisSummary: text(form, "analysisSummary"),
      confirmChild: text(form, "confirmChild") || null,
      linkReason: text(form, "linkReason") || null,
    });
    return { ok: true, id: created.id };
  });
  if ("id" in result && typeof result.id === "string") throw redirect(`/aanmeldingen/${result.id}`);
  return result;
}

interface KnownChild {
  pseudonym: string;
  differs?: ChildField[];
  activeRequest?: boolean;
}

export default function NewRequest({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const known = (actionData as { details?: KnownChild } | undefined)?.details;
  return (
    <>
      <Heading level={1}>Nieuwe aanmelding bij het centraal punt</Heading>
      <Paragraph>
        Voor {loaderData.regionName}. Het BSN wordt versleuteld bewaard; coördinatoren en aanbieders zien een pseudoniem. Na het opslaan
        voeg je de documenten toe en dien je de aanmelding in.
      </Paragraph>
      <FormMessages result={actionData as { error?: string } | undefined} />
      <Form method="post" className="jr-fieldset">
        {known?.differs && <ConfirmKnownChild child={known} />}
        {known?.activeRequest && loaderData.canLink && (
          <FormField label={`Reden om bewust een tweede aanmelding voor ${known.pseudonym} te koppelen`} htmlFor="linkReason">
            <Textbox id="linkReason" name="linkReason" autoComplete="off" />
          </FormField>
        )}
        <Heading level={2}>Het kind</Heading>
        <div className="jr-form-row">
          <FormField label="BSN" htmlFor="bsn">
            <Textbox id="bsn" name="bsn" required inputMode="numeric" autoComplete="off" />
          </FormField>
          <FormField label="Naam (optioneel)" htmlFor="name">
            <Textbox id="name" name="name" autoComplete="off" />
          </FormField>
          <FormField label="Geboortedatum" htmlFor="birthDate">
            <Textbox id="birthDate" name="birthDate" type="date" required />
          </FormField>
          <FormField label="Geslacht" htmlFor="gender">
            <Select id="gender" name="gender">
              {GENDER_OPTIONS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label="Woongemeente (CBS-code)" htmlFor="homeMunicipalityCode">
            <Textbox id="homeMunicipalityCode" name="homeMunicipalityCode" required placeholder="GM0518" />
          </FormField>
        </div>
        <Heading level={2}>De vraag</Heading>
        <div className="jr-form-row">
          <FormField label="Verwijzer" htmlFor="referrerKind">
            <Select id="referrerKind" name="referrerKind">
              {Object.entries(REFERRER_KINDS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label="Urgentie" htmlFor="urgency">
            <Select id="urgency" name="urgency">
              <option value="regular">Regulier</option>
              <option value="crisis">Crisis (via het crisisteam)</option>
            </Select>
          </FormField>
          <FormField label="Gewenste zorgvorm" htmlFor="careType">
            <Select id="careType" name="careType">
              <Options values={CARE_TYPES} label={(c) => CARE_TYPE_LABELS[c].nl} />
            </Select>
          </FormField>
          <FormField label="Intensiteit" htmlFor="intensityBand">
            <Select id="intensityBand" name="intensityBand" defaultValue="">
              <option value="">–</option>
              <Options values={INTENSITY_BANDS} label={(b) => b} />
            </Select>
          </FormField>
          <FormField label="Benodigde expertise (komma's)" htmlFor="expertise">
            <Textbox id="expertise" name="expertise" placeholder="trauma, lvb" />
          </FormField>
        </div>
        <div className="jr-form-row">
          <label className="jr-check">
            <input type="checkbox" name="keepSchool" /> School behouden
          </label>
          <FormField label="School" htmlFor="schoolName">
            <Textbox id="schoolName" name="schoolName" />
          </FormField>
          <label className="jr-check">
            <input type="checkbox" name="siblingsTogether" /> Samen met broers/zussen plaatsen
          </label>
        </div>
        <FormField
          label="Samenvatting verklarende analyse (zonder namen; de aanbieder ziet dit bij de voorlegging)"
          htmlFor="analysisSummary"
        >
          <textarea id="analysisSummary" name="analysisSummary" rows={4} className="utrecht-textarea utrecht-textarea--html-textarea" />
        </FormField>
        <FormField label="Randvoorwaarden" htmlFor="constraints">
          <Textbox id="constraints" name="constraints" />
        </FormField>
        <Button disabled={busy}>Aanmelding opslaan</Button>
      </Form>
    </>
  );
}

/** The BSN belongs to a child already and the details differ: the referrer says whether it is that child. */
function ConfirmKnownChild({ child }: { child: KnownChild }) {
  return (
    <div className="jr-fieldset" data-testid="known-child">
      <Heading level={2}>Bestaand kind {child.pseudonym}?</Heading>
      <Paragraph>
        Dit BSN hoort al bij kind <strong data-testid="known-child-pseudonym">{child.pseudonym}</strong>. Wat je invulde wijkt af bij:{" "}
        <strong data-testid="known-child-differs">{child.differs!.map((f) => CHILD_FIELD_LABELS[f]).join(", ")}</strong>. Controleer eerst
        het BSN: een tikfout die door de 11-proef komt, koppelt de aanmelding aan een ander kind.
      </Paragraph>
      <label className="jr-check">
        <input type="checkbox" name="confirmChild" value={child.pseudonym} /> Ja, het is dit kind ({child.pseudonym}); de gegevens van het
        kind blijven zoals ze zijn
      </label>
    </div>
  );
}
