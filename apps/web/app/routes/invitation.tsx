import { data, Form, redirect, useNavigation } from "react-router";
import { ROLE_LABELS } from "@jeugdregie/domain";
import { Alert, Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/invitation";
import { afterSignIn, apiFor } from "../lib/api.server.ts";
import { linkRefusal, text } from "../lib/forms.server.ts";
import { date } from "../lib/format.ts";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await apiFor(request, context);
  try {
    return { invitation: await caller.invitations.get({ token: params.token }), problem: null };
  } catch (error) {
    const refusal = linkRefusal(error);
    if (refusal) return data({ invitation: null, problem: refusal.message }, { status: refusal.status });
    throw error;
  }
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { caller, resHeaders } = await apiFor(request, context);
  const form = await request.formData();
  if (text(form, "password") !== text(form, "passwordAgain"))
    return data({ error: "De twee wachtwoorden zijn niet gelijk." }, { status: 400 });
  try {
    const accepted = await caller.invitations.accept({
      token: params.token,
      displayName: text(form, "displayName"),
      password: text(form, "password"),
    });
    return redirect(afterSignIn(accepted, accepted.role === "region_admin" ? "/inrichting" : "/overzicht"), { headers: resHeaders });
  } catch (error) {
    const refusal = linkRefusal(error);
    if (refusal) return data({ error: refusal.message }, { status: refusal.status });
    throw error;
  }
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const { invitation, problem } = loaderData;
  return (
    <main className="jr-main" id="inhoud">
      <div className="jr-login">
        <p className="jr-brand" style={{ color: "var(--jr-color-primary)" }}>
          Jeugdregie
        </p>
        <Heading level={1}>Uitnodiging</Heading>
        {problem || !invitation ? (
          <Alert type="error">{problem}</Alert>
        ) : (
          <>
            <Paragraph>
              Je bent uitgenodigd als <strong>{ROLE_LABELS[invitation.role].nl.toLowerCase()}</strong> voor{" "}
              <strong>{invitation.providerName ?? invitation.regionName}</strong>. Je account wordt <strong>{invitation.email}</strong>. De
              uitnodiging is geldig tot {date(invitation.expiresAt)}.
            </Paragraph>
            {actionData?.error && <Alert type="error">{actionData.error}</Alert>}
            <Form method="post">
              <FormField label="Je naam" htmlFor="displayName">
                <Textbox id="displayName" name="displayName" required autoComplete="name" />
              </FormField>
              <FormField
                label="Kies een wachtwoord"
                htmlFor="password"
                description="Minstens 12 tekens; een zin van een paar woorden werkt goed."
              >
                <Textbox id="password" name="password" type="password" required autoComplete="new-password" minLength={12} />
              </FormField>
              <FormField label="Herhaal het wachtwoord" htmlFor="passwordAgain">
                <Textbox id="passwordAgain" name="passwordAgain" type="password" required autoComplete="new-password" />
              </FormField>
              <Button disabled={busy}>Account aanmaken</Button>
            </Form>
          </>
        )}
      </div>
    </main>
  );
}
