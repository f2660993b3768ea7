import { data, Form, Link, useNavigation } from "react-router";
import { Alert, Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/password-forgot";
import { apiFor } from "../lib/api.server.ts";
import { retryAfterOf, signInRefusal, text } from "../lib/forms.server.ts";

/** "Wachtwoord vergeten?": the same answer whether or not the address has an account. */
export async function action({ request, context }: Route.ActionArgs) {
  const { caller, resHeaders } = await apiFor(request, context);
  const form = await request.formData();
  const email = text(form, "email");
  try {
    await caller.auth.requestPasswordReset({ email });
    return { sent: true as const, email, error: null };
  } catch (error) {
    const refusal = signInRefusal(error);
    if (!refusal) throw error;
    return data({ sent: false as const, email, error: refusal.message }, { status: refusal.status, headers: retryAfterOf(resHeaders) });
  }
}

export default function PasswordForgot({ actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  return (
    <main className="jr-main" id="inhoud">
      <div className="jr-login">
        <p className="jr-brand" style={{ color: "var(--jr-color-primary)" }}>
          Jeugdregie
        </p>
        <Heading level={1}>Wachtwoord vergeten</Heading>
        {actionData?.sent ? (
          <Alert type="ok">
            Als er een account is met het adres {actionData.email}, hebben we daar een link naartoe gestuurd om een nieuw wachtwoord te
            kiezen. De link is 1 uur geldig en werkt één keer. Geen mail gekregen? Kijk ook in je map met ongewenste mail.
          </Alert>
        ) : (
          <>
            <Paragraph>Vul het e-mailadres van je account in. We sturen je een link waarmee je een nieuw wachtwoord kiest.</Paragraph>
            {actionData?.error && <Alert type="error">{actionData.error}</Alert>}
            <Form method="post" noValidate>
              <FormField label="E-mailadres" htmlFor="email">
                <Textbox
                  id="email"
                  name="email"
                  type="email"
                  autoComplete="username"
                  required
                  defaultValue={actionData?.email}
                  invalid={Boolean(actionData?.error)}
                />
              </FormField>
              <Button disabled={busy}>Stuur de link</Button>
            </Form>
          </>
        )}
        <Paragraph>
          <Link to="/inloggen">Terug naar inloggen</Link>
        </Paragraph>
      </div>
    </main>
  );
}
