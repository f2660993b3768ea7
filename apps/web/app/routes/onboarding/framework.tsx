import { Form, useNavigation } from "react-router";
import { DEFAULT_CRITERIA } from "@jeugdregie/domain";
import { Button, FormField, Heading, Paragraph, Select, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/framework";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { FormMessages } from "../../components/FormMessages.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { framework: await caller.onboarding.framework.get().catch(rethrowAsResponse) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    await caller.onboarding.framework.save({
      criteria: DEFAULT_CRITERIA.filter((c) => form.get(`use-${c.code}`) === "on").map((c) => ({
        code: c.code,
        label: text(form, `label-${c.code}`),
        evidence: text(form, `evidence-${c.code}`),
      })),
      approver: text(form, "approver") === "supra_coordinator" ? "supra_coordinator" : "region_coordinator",
      secondPerson: form.get("secondPerson") === "on",
    });
    return { ok: true, message: "Afwegingskader opgeslagen." };
  });
}

export default function Framework({ loaderData, actionData }: Route.ComponentProps) {
  const { framework } = loaderData;
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading level={2}>Afwegingskader &lsquo;geen kind de regio uit&rsquo;</Heading>
      <Paragraph>
        Een kind gaat alleen buiten de regio als veiligheid of specifieke expertise dat vraagt; &lsquo;geen passende capaciteit in de
        regio&rsquo; wordt als zodanig vastgelegd. Kies de criteria, de onderbouwing die elk vraagt, en wie goedkeurt.
      </Paragraph>
      <FormMessages result={actionData} />
      <Form method="post">
        {DEFAULT_CRITERIA.map((d) => {
          const current = framework.criteria.find((c) => c.code === d.code);
          return (
            <fieldset key={d.code} className="jr-fieldset">
              <legend>
                <label className="jr-check">
                  <input type="checkbox" name={`use-${d.code}`} defaultChecked={Boolean(current)} /> {current?.label ?? d.label}
                </label>
              </legend>
              <FormField label="Naam" htmlFor={`label-${d.code}`}>
                <Textbox id={`label-${d.code}`} name={`label-${d.code}`} defaultValue={current?.label ?? d.label} />
              </FormField>
              <FormField label="Gevraagde onderbouwing" htmlFor={`evidence-${d.code}`}>
                <Textbox id={`evidence-${d.code}`} name={`evidence-${d.code}`} defaultValue={current?.evidence ?? d.evidence} />
              </FormField>
            </fieldset>
          );
        })}
        <div className="jr-form-row">
          <FormField label="Wie keurt goed" htmlFor="approver">
            <Select id="approver" name="approver" defaultValue={framework.approver}>
              <option value="region_coordinator">Een coördinator van de regio</option>
              <option value="supra_coordinator">De bovenregionaal coördinator</option>
            </Select>
          </FormField>
          <label className="jr-check">
            <input type="checkbox" name="secondPerson" defaultChecked={framework.secondPerson} /> Goedkeuring door een tweede persoon
          </label>
        </div>
        <Button disabled={busy}>Kader opslaan</Button>
      </Form>
    </>
  );
}
