import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Alert, Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/login-link";
import { afterSignIn, apiFor } from "../lib/api.server.ts";
import { linkRefusal, text } from "../lib/forms.server.ts";
import { dateTime } from "../lib/format.ts";

/*
 * The page behind the link mailed to an account under a distributed guess: the password plus the
 * link sign the user in from this address (docs/decisions/0006-login-throttling.md). Opening the
 * page spends nothing, so a mail scanner that follows the link cannot use it up.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller, viewer } = await apiFor(request, context);
  if (viewer) throw redirect("/overzicht");
  try {
    return { link: await caller.auth.linkInfo({ token: params.token }), problem: null };
  } catch (error) {
    const refusal = linkRefusal(error);
    if (refusal) return data({ link: null, problem: refusal.message }, { status: refusal.status });
    throw error;
  }
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { caller, resHeaders } = await apiFor(request, context);
  const form = await request.formData();
  try {
    const result = await caller.auth.loginWithLink({ token: params.token, password: text(form, "password") });
    return redirect(afterSignIn(result, "/overzicht"), { headers: resHeaders });
  } catch (error) {
    const refusal = linkRefusal(error);
    if (!refusal) throw error;
    return data({ error: refusal.message, linkGone: refusal.linkGone }, { status: refusal.status });
  }
}

export default function LoginLink({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const { link, problem } = loaderData;
  const gone = Boolean(problem || !link || actionData?.linkGone);
  return (
    <main className="jr-main" id="inhoud">
      <div className="jr-login">
        <p className="jr-brand" style={{ color: "var(--jr-color-primary)" }}>
          Jeugdregie
        </p>
        <Heading level={1}>Inloggen met de link uit je e-mail</Heading>
        {gone ? (
          <>
            <Alert type="error">{actionData?.error ?? problem}</Alert>
            <Paragraph>
              <Link to="/inloggen">Opnieuw inloggen</Link>
            </Paragraph>
          </>
        ) : (
          <>
            <Paragraph>
              Vul het wachtwoord van <strong>{link!.email}</strong> in. Daarna werkt je wachtwoord vanaf dit adres ook zonder link. De link
              werkt tot {dateTime(link!.expiresAt)} en één keer.
            </Paragraph>
            {actionData?.error && <Alert type="error">{actionData.error}</Alert>}
            <Form method="post">
              <FormField label="Wachtwoord" htmlFor="password">
                <Textbox
                  id="password"
                  name="password"
                  type="password"
                  required
                  autoComplete="current-password"
                  invalid={Boolean(actionData?.error)}
                />
              </FormField>
              <Button disabled={busy}>Inloggen</Button>
            </Form>
          </>
        )}
      </div>
    </main>
  );
}
