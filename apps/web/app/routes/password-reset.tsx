import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Alert, Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/password-reset";
import { apiFor } from "../lib/api.server.ts";
import { linkRefusal, text } from "../lib/forms.server.ts";

/*
 * The page behind the mailed reset link: a new password under the invitation's rules. Opening
 * the page spends nothing (a mail scanner following the link cannot use it up); saving ends every
 * session of the account, and the user signs in again with the new password.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await apiFor(request, context);
  try {
    return { reset: await caller.auth.passwordResetInfo({ token: params.token }), problem: null };
  } catch (error) {
    const refusal = linkRefusal(error);
    if (refusal) return data({ reset: null, problem: refusal.message }, { status: refusal.status });
    throw error;
  }
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { caller, resHeaders } = await apiFor(request, context);
  const form = await request.formData();
  if (text(form, "password") !== text(form, "passwordAgain"))
    return data({ error: "De twee wachtwoorden zijn niet gelijk.", linkGone: false }, { status: 400 });
  try {
    await caller.auth.resetPassword({ token: params.token, password: text(form, "password") });
  } catch (error) {
    const refusal = linkRefusal(error);
    if (!refusal) throw error;
    return data({ error: refusal.message, linkGone: refusal.linkGone }, { status: refusal.status });
  }
  // Every session ended, this browser's too: sign in again with the new password.
  await caller.auth.logout();
  return redirect("/inloggen?wachtwoord=nieuw", { headers: resHeaders });
}

export default function PasswordReset({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const { reset, problem } = loaderData;
  const gone = Boolean(problem || !reset || actionData?.linkGone);
  return (
    <main className="jr-main" id="inhoud">
      <div className="jr-login">
        <p className="jr-brand" style={{ color: "var(--jr-color-primary)" }}>
          Jeugdregie
        </p>
        <Heading level={1}>Nieuw wachtwoord kiezen</Heading>
        {gone ? (
          <>
            <Alert type="error">{actionData?.error ?? problem}</Alert>
            <Paragraph>
              <Link to="/wachtwoord-vergeten">Nieuwe link aanvragen</Link>
            </Paragraph>
          </>
        ) : (
          <>
            <Paragraph>
              Kies een nieuw wachtwoord voor <strong>{reset!.email}</strong>. Daarna log je overal opnieuw in: je bent op alle apparaten
              uitgelogd.
            </Paragraph>
            {actionData?.error && <Alert type="error">{actionData.error}</Alert>}
            <Form method="post">
              <FormField
                label="Nieuw wachtwoord"
                htmlFor="password"
                description="Minstens 12 tekens; een zin van een paar woorden werkt goed."
              >
                <Textbox id="password" name="password" type="password" required autoComplete="new-password" minLength={12} />
              </FormField>
              <FormField label="Herhaal het wachtwoord" htmlFor="passwordAgain">
                <Textbox id="passwordAgain" name="passwordAgain" type="password" required autoComplete="new-password" />
              </FormField>
              <Button disabled={busy}>Wachtwoord opslaan</Button>
            </Form>
          </>
        )}
      </div>
    </main>
  );
}
