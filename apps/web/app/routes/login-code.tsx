import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Alert, Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/login-code";
import { apiFor } from "../lib/api.server.ts";
import { retryAfterOf, signInRefusal, text } from "../lib/forms.server.ts";

/** The second step of a sign-in: the 6-digit code from the authenticator app, after the password. */
function safeReturnPath(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/overzicht";
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { viewer } = await apiFor(request, context);
  const returnTo = safeReturnPath(new URL(request.url).searchParams.get("terug"));
  if (viewer) throw redirect(returnTo);
  return { returnTo };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller, resHeaders } = await apiFor(request, context);
  const form = await request.formData();
  try {
    await caller.auth.verifyCode({ code: text(form, "code") });
  } catch (error) {
    const refusal = signInRefusal(error);
    if (!refusal) throw error;
    // no pending sign-in (any more): the password comes first again
    const startOver = refusal.appCode === "UNAUTHENTICATED";
    return data({ error: refusal.message, startOver }, { status: refusal.status, headers: retryAfterOf(resHeaders) });
  }
  return redirect(safeReturnPath(new URL(request.url).searchParams.get("terug")), { headers: resHeaders });
}

export default function LoginCode({ actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  return (
    <main className="jr-main" id="inhoud">
      <div className="jr-login">
        <p className="jr-brand" style={{ color: "var(--jr-color-primary)" }}>
          Jeugdregie
        </p>
        <Heading level={1}>Code uit je app</Heading>
        <Paragraph>Je wachtwoord klopt. Vul nu de code van 6 cijfers in die je authenticator-app voor Jeugdregie toont.</Paragraph>
        {actionData?.error && <Alert type="error">{actionData.error}</Alert>}
        {actionData?.startOver ? (
          <Paragraph>
            <Link to="/inloggen">Opnieuw inloggen</Link>
          </Paragraph>
        ) : (
          <Form method="post" noValidate>
            <FormField label="Code van 6 cijfers" htmlFor="code">
              <Textbox
                id="code"
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9 ]*"
                maxLength={7}
                required
                invalid={Boolean(actionData?.error)}
              />
            </FormField>
            <Button disabled={busy}>Inloggen</Button>
          </Form>
        )}
        <Form method="post" action="/uitloggen">
          <Button appearance="subtle">Annuleren en uitloggen</Button>
        </Form>
      </div>
    </main>
  );
}
