import { Form, redirect, useNavigation } from "react-router";
import { Alert, Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/mfa-enrol";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { runAction, text } from "../lib/forms.server.ts";

/*
 * Setting up two-step verification: a new secret for an authenticator app (typed in, or the
 * otpauth link opened on the phone), which counts once a first code from the app confirms it.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return caller.mfa.status().catch(rethrowAsResponse);
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  if (text(form, "intent") === "start") {
    return runAction(async () => ({ ok: true, ...(await caller.mfa.startEnrolment()) }));
  }
  const shown = { secret: text(form, "secret"), otpauthUri: text(form, "otpauthUri") };
  // A refused code shows next to the form again, with the secret the user is typing over.
  return runAction(async () => {
    await caller.mfa.confirmEnrolment({ code: text(form, "code") });
    throw redirect("/overzicht");
  }, shown);
}

/** The secret in groups of four, as authenticator apps show it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

export default function MfaEnrol({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const { required, enrolled } = loaderData;
  const pending = actionData && "secret" in actionData ? (actionData as { secret: string; otpauthUri: string; error?: string }) : null;
  return (
    <>
      <Heading level={1}>Tweestapsverificatie</Heading>
      {enrolled ? (
        <Alert type="ok">
          Tweestapsverificatie staat aan. Na je wachtwoord vragen we bij het inloggen steeds de code uit je authenticator-app. Nieuwe
          telefoon of app kwijt? Vraag de platformbeheerder om je tweestapsverificatie te herstellen; daarna stel je hem opnieuw in.
        </Alert>
      ) : (
        <>
          {required && (
            <Alert type="warning">Voor jouw rol is tweestapsverificatie verplicht. Stel hem nu in; daarna kun je verder werken.</Alert>
          )}
          <Paragraph lead>
            Met tweestapsverificatie is je wachtwoord alleen niet genoeg om in te loggen: je vult ook een code in die een app op je telefoon
            elke 30 seconden maakt (bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP).
          </Paragraph>
          {!pending ? (
            <Form method="post">
              <input type="hidden" name="intent" value="start" />
              <Button disabled={busy}>Tweestapsverificatie instellen</Button>
            </Form>
          ) : (
            <>
              <Heading level={2}>1. Voeg Jeugdregie toe aan je app</Heading>
              <Paragraph>
                Kies in je authenticator-app voor een account toevoegen met een sleutel en typ deze sleutel over (tijdgebaseerd, 6 cijfers):
              </Paragraph>
              <p className="jr-secret" data-testid="mfa-secret" data-secret={pending.secret}>
                <strong>{grouped(pending.secret)}</strong>
              </p>
              <details>
                <summary>Open de koppeling op je telefoon</summary>
                <Paragraph>
                  Op je telefoon kun je ook deze koppeling openen:{" "}
                  <a href={pending.otpauthUri}>Jeugdregie toevoegen aan je authenticator-app</a>.
                </Paragraph>
              </details>
              <Heading level={2}>2. Vul de code uit je app in</Heading>
              {pending.error && <Alert type="error">{pending.error}</Alert>}
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="confirm" />
                <input type="hidden" name="secret" value={pending.secret} />
                <input type="hidden" name="otpauthUri" value={pending.otpauthUri} />
                <FormField label="Code van 6 cijfers" htmlFor="code">
                  <Textbox
                    id="code"
                    name="code"
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={7}
                    required
                    invalid={Boolean(pending.error)}
                  />
                </FormField>
                <Button disabled={busy}>Bevestigen</Button>
              </Form>
            </>
          )}
        </>
      )}
    </>
  );
}
