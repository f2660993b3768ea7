import { Form, redirect, useNavigation } from "react-router";
import { Button, Heading, Paragraph } from "@jeugdregie/ui";
import type { Route } from "./+types/municipalities";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { all, runAction } from "../../lib/forms.server.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { savedRedirect } from "./steps.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const choices = await caller.onboarding.municipalities.list().catch(rethrowAsResponse);
  // Group by jeugdzorgregio (reference data), the region's own group and its current choice first.
  const groups = new Map<string, typeof choices>();
  for (const c of choices) groups.set(c.jeugdzorgregio, [...(groups.get(c.jeugdzorgregio) ?? []), c]);
  const ordered = [...groups.entries()].sort(
    ([a, x], [b, y]) => Number(y.some((c) => c.selected)) - Number(x.some((c) => c.selected)) || a.localeCompare(b),
  );
  return { groups: ordered, selectedCount: choices.filter((c) => c.selected).length };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  const result = await runAction(async () => {
    const saved = await caller.onboarding.municipalities.set({ codes: all(form, "codes") });
    return { ok: true, message: `Gemeenten opgeslagen (${saved.added} toegevoegd, ${saved.removed} verwijderd).` };
  });
  // Saved: on to the next step, which says what was saved.
  if ((result as { ok?: boolean }).ok) throw redirect(savedRedirect("municipalities"));
  return result;
}

export default function Municipalities({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading level={2}>1. Gemeenten</Heading>
      <Paragraph>
        Kies de gemeenten van je regio uit de CBS-lijst van 2026. Een gemeente hoort bij hoogstens één regio; gemeenten die al bij een
        andere regio horen zijn niet te kiezen. Nu gekozen: <strong data-testid="municipality-count">{loaderData.selectedCount}</strong>.
      </Paragraph>
      <FormMessages result={actionData} />
      <Form method="post">
        {loaderData.groups.map(([group, municipalities]) => (
          <details key={group} className="jr-fieldset" open={municipalities.some((m) => m.selected)}>
            <summary>
              <strong>{group}</strong> ({municipalities.length} gemeenten)
            </summary>
            <div className="jr-checkbox-grid">
              {municipalities.map((m) => (
                <label key={m.code} className={m.takenBy ? "jr-muted" : undefined}>
                  <input type="checkbox" name="codes" value={m.code} defaultChecked={m.selected} disabled={Boolean(m.takenBy)} />
                  {m.name}
                  {m.takenBy && <small> (al in {m.takenBy})</small>}
                </label>
              ))}
            </div>
          </details>
        ))}
        <Button disabled={busy}>Gemeenten opslaan</Button>
      </Form>
    </>
  );
}
