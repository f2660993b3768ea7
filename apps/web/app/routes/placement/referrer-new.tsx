import { Form, redirect, useNavigation } from "react-router";
import {
  CARE_TYPE_LABELS,
  CARE_TYPES,
  CHILD_FIELD_LABELS,
  codeOptions,
  INTENSITY_BANDS,
  type CareType,
  type ChildField,
} from "@jeugdregie/domain";
import { Button, FormField, Heading, Options, Paragraph, Select, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/referrer-new";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { FormMessages } from "../../components/FormMessages.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const [regions, municipalities] = await Promise.all([
    caller.regions.list().catch(rethrowAsResponse),
    caller.intake.municipalities().catch(rethrowAsResponse),
  ]);
  // a coordinator may link a second request for a child on purpose, with a reason
  return {
    regionName: regions[0]?.name ?? "",
    canLink: viewer.scope.role === "placement_coordinator",
    municipalities: municipalities.map((m) => m.name),
  };
}

/** The fields echoed back after a refusal, so the form keeps what was typed (also without JavaScript). */
const ECHOED = ["bsn", "name", "birthDate", "gender", "homeMunicipality", "referrerKind", "urgency", "careType", "intensityBand"] as const;
const MORE_ECHOED = [
  "expertise",
  "schoolName",
  "analysisSummary",
  "constraints",
  "referrerReference",
  "keepSchool",
  "siblingsTogether",
] as const;

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  const values = Object.fromEntries([...ECHOED, ...MORE_ECHOED].map((k) => [k, text(form, k)]));
  const result = await runAction(
    async () => {
      // the referrer picks the municipality by name; the server turns it into its CBS code (none: the API says to choose one)
      const homeMunicipalityCode = resolveMunicipality(await caller.intake.municipalities(), text(form, "homeMunicipality")) ?? "";
      const created = await caller.intake.create({
        bsn: text(form, "bsn"),
        name: text(form, "name"),
        birthDate: text(form, "birthDate"),
        gender: text(form, "gender") as "0" | "1" | "2",
        homeMunicipalityCode,
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
        referrerReference: text(form, "referrerReference") || null,
      });
      return { ok: true, id: created.id };
    },
    { values },
  );
  if ("id" in result && typeof result.id === "string") throw redirect(`/aanmeldingen/${result.id}`);
  return result;
}

/** A municipality chosen by its name (any case), or typed as its CBS code. */
function resolveMunicipality(choices: { code: string; name: string }[], typed: string): string | undefined {
  const wanted = typed.trim().toLocaleLowerCase("nl");
  if (!wanted) return undefined;
  return choices.find((m) => m.name.toLocaleLowerCase("nl") === wanted || m.code.toLocaleLowerCase("nl") === wanted)?.code;
}

interface KnownChild {
  pseudonym: string;
  differs?: ChildField[];
  activeRequest?: boolean;
}

export default function NewRequest({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const result = actionData as
    { details?: KnownChild; values?: Record<string, string>; fieldErrors?: Record<string, string[]> } | undefined;
  const known = result?.details;
  const typed = result?.values ?? {};
  const errorOf = (field: string) => result?.fieldErrors?.[field]?.[0];
  // the same props for every field: what was typed before a refusal, and the field's own error
  const field = (name: string, errorField = name) => ({
    id: name,
    name,
    defaultValue: typed[name],
    "aria-invalid": errorOf(errorField) ? true : undefined,
    "aria-describedby": errorOf(errorField) ? `${name}-error` : undefined,
  });
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
          <FormField label="BSN" htmlFor="bsn" error={errorOf("bsn")}>
            <Textbox {...field("bsn")} required inputMode="numeric" autoComplete="off" />
          </FormField>
          <FormField label="Naam (optioneel)" htmlFor="name" error={errorOf("name")}>
            <Textbox {...field("name")} autoComplete="off" />
          </FormField>
          <FormField label="Geboortedatum" htmlFor="birthDate" error={errorOf("birthDate")}>
            <Textbox {...field("birthDate")} type="date" required />
          </FormField>
          <FormField label="Geslacht" htmlFor="gender" error={errorOf("gender")}>
            <Select {...field("gender")}>
              {codeOptions("gender").map(({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField
            label="Woongemeente"
            htmlFor="homeMunicipality"
            description="Typ een deel van de naam en kies de gemeente."
            error={errorOf("homeMunicipalityCode")}
          >
            <Textbox
              {...field("homeMunicipality", "homeMunicipalityCode")}
              list="gemeenten"
              required
              autoComplete="off"
              aria-describedby={
                errorOf("homeMunicipalityCode") ? "homeMunicipality-description homeMunicipality-error" : "homeMunicipality-description"
              }
            />
            <datalist id="gemeenten">
              {loaderData.municipalities.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </FormField>
        </div>
        <Heading level={2}>De vraag</Heading>
        <div className="jr-form-row">
          <FormField label="Eigen kenmerk (optioneel)" htmlFor="referrerReference" error={errorOf("referrerReference")}>
            <Textbox {...field("referrerReference")} autoComplete="off" maxLength={100} />
          </FormField>
          <FormField label="Verwijzer" htmlFor="referrerKind" error={errorOf("referrerKind")}>
            <Select {...field("referrerKind")}>
              {codeOptions("referrerKind").map(({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label="Urgentie" htmlFor="urgency" error={errorOf("urgency")}>
            <Select {...field("urgency")}>
              <option value="regular">Regulier</option>
              <option value="crisis">Crisis (via het crisisteam)</option>
            </Select>
          </FormField>
          <FormField label="Gewenste zorgvorm" htmlFor="careType" error={errorOf("careType")}>
            {/* nothing chosen for the referrer: the care type is their decision */}
            <Select {...field("careType")} defaultValue={typed.careType ?? ""} required>
              <option value="" disabled>
                Kies een zorgvorm
              </option>
              <Options values={CARE_TYPES} label={(c) => CARE_TYPE_LABELS[c].nl} />
            </Select>
          </FormField>
          <FormField label="Intensiteit" htmlFor="intensityBand" error={errorOf("intensityBand")}>
            <Select {...field("intensityBand")} defaultValue={typed.intensityBand ?? ""}>
              <option value="">Niet bekend</option>
              <Options values={INTENSITY_BANDS} label={(b) => b} />
            </Select>
          </FormField>
          <FormField label="Benodigde expertise (komma's)" htmlFor="expertise" error={errorOf("expertiseTags")}>
            <Textbox {...field("expertise", "expertiseTags")} placeholder="trauma, lvb" />
          </FormField>
        </div>
        <div className="jr-form-row">
          <label className="jr-check">
            <input type="checkbox" name="keepSchool" defaultChecked={typed.keepSchool === "on"} /> School behouden
          </label>
          <FormField label="School" htmlFor="schoolName" error={errorOf("schoolName")}>
            <Textbox {...field("schoolName")} />
          </FormField>
          <label className="jr-check">
            <input type="checkbox" name="siblingsTogether" defaultChecked={typed.siblingsTogether === "on"} /> Samen met broers/zussen
            plaatsen
          </label>
        </div>
        <FormField
          label="Samenvatting verklarende analyse (zonder namen; de aanbieder ziet dit bij de voorlegging)"
          htmlFor="analysisSummary"
          error={errorOf("analysisSummary")}
        >
          <textarea {...field("analysisSummary")} rows={4} className="utrecht-textarea utrecht-textarea--html-textarea" />
        </FormField>
        <FormField label="Randvoorwaarden" htmlFor="constraints" error={errorOf("constraints")}>
          <Textbox {...field("constraints")} />
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
