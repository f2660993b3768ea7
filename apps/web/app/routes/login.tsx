import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Alert, Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/login";
import { afterSignIn, apiFor } from "../lib/api.server.ts";
import { retryAfterOf, signInRefusal } from "../lib/forms.server.ts";

function safeReturnPath(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/overzicht";
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { viewer } = await apiFor(request, context);
  const params = new URL(request.url).searchParams;
  if (viewer) throw redirect(safeReturnPath(params.get("terug")));
  return { providerError: params.get("fout"), returnTo: params.get("terug"), newPassword: params.get("wachtwoord") === "nieuw" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  const { caller, resHeaders } = await apiFor(request, context);
  const returnTo = safeReturnPath(new URL(request.url).searchParams.get("terug"));
  try {
    const result = await caller.auth.login({ email, password: String(form.get("password") ?? "") });
    return redirect(afterSignIn(result, returnTo), { headers: resHeaders });
  } catch (error) {
    const refusal = signInRefusal(error);
    if (!refusal) return data({ error: "Inloggen lukt nu niet. Probeer het later opnieuw.", email, notice: false }, { status: 400 });
    // A wait names itself ("probeer het over 4 seconden opnieuw"); a link by e-mail is news, not a mistake.
    const notice = Boolean((refusal.details as { signInByEmailLink?: boolean } | undefined)?.signInByEmailLink);
    return data({ error: refusal.message, email, notice }, { status: refusal.status, headers: retryAfterOf(resHeaders) });
  }
}

export default function Login({ actionData, loaderData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  return (
    <main className="jr-main" id="inhoud">
      <div className="jr-login">
        <p className="jr-brand" style={{ color: "var(--jr-color-primary)" }}>
          Jeugdregie
        </p>
        <Heading level={1}>Inloggen</Heading>
        <Paragraph>Log in met het e-mailadres en wachtwoord van je organisatieaccount.</Paragraph>
        {actionData?.error && <Alert type={actionData.notice ? "warning" : "error"}>{actionData.error}</Alert>}
        {!actionData && loaderData?.providerError && <Alert type="error">{loaderData.providerError}</Alert>}
        {!actionData && loaderData?.newPassword && (
          <Alert type="ok">Je wachtwoord is gewijzigd en je bent overal uitgelogd. Log in met je nieuwe wachtwoord.</Alert>
        )}
        <Form method="post" noValidate>
          <FormField label="E-mailadres" htmlFor="email">
            <Textbox
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              defaultValue={actionData?.email}
              invalid={Boolean(actionData?.error && !actionData.notice)}
            />
          </FormField>
          <FormField label="Wachtwoord" htmlFor="password">
            <Textbox
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              invalid={Boolean(actionData?.error && !actionData.notice)}
            />
          </FormField>
          <Button disabled={busy}>Inloggen</Button>
        </Form>
        <Paragraph>
          <Link to="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
        </Paragraph>
        <Form method="get" action="/inloggen/oidc" className="jr-oidc-login">
          <Heading level={2}>Inloggen via je organisatie</Heading>
          <Paragraph>
            Gebruikt je regio een identiteitsprovider (zoals eHerkenning via een makelaar)? Vul de code van je regio in.
          </Paragraph>
          <FormField label="Regiocode" htmlFor="regio">
            <Textbox id="regio" name="regio" required placeholder="haaglanden" autoComplete="organization" />
          </FormField>
          {loaderData?.returnTo && <input type="hidden" name="terug" value={loaderData.returnTo} />}
          <Button appearance="secondary">Verder naar de identiteitsprovider</Button>
        </Form>
      </div>
    </main>
  );
}
