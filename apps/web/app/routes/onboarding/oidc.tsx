import { Form, useNavigation } from "react-router";
import { Button, FormField, Heading, Paragraph, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/oidc";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { runAction, text } from "../../lib/forms.server.ts";
import { FormMessages } from "../../components/FormMessages.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const [settings, me] = await Promise.all([caller.onboarding.oidc.get().catch(rethrowAsResponse), caller.me()]);
  const regionCode = (await caller.regions.list()).find((r) => r.id === me.activeRegionId)?.code ?? "";
  return { settings, regionCode, callbackUrl: new URL("/inloggen/oidc/terug", request.url).toString() };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    await caller.onboarding.oidc.save({
      issuer: text(form, "issuer"),
      clientId: text(form, "clientId"),
      clientSecret: text(form, "clientSecret"),
      scopes: text(form, "scopes") || "openid email profile",
      enabled: form.get("enabled") === "on",
    });
    return { ok: true, message: "Identiteitsprovider opgeslagen en bereikbaar." };
  });
}

export default function OidcSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { settings, regionCode, callbackUrl } = loaderData;
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading level={2}>Inloggen via identiteitsprovider</Heading>
      <Paragraph>
        Koppel de identiteitsmakelaar van je regio (OpenID Connect, autorisatiecode met PKCE). Gebruikers loggen dan in met code{" "}
        <code>{regionCode}</code>; wat ze mogen blijft bepaald door hun uitnodiging in Jeugdregie. Geef je provider deze terugkeer-URL:{" "}
        <code>{callbackUrl}</code>.
      </Paragraph>
      <FormMessages result={actionData} />
      <Form method="post" className="jr-fieldset">
        <FormField label="Issuer-URL" htmlFor="issuer">
          <Textbox id="issuer" name="issuer" type="url" required defaultValue={settings?.issuer} placeholder="https://login.example.nl" />
        </FormField>
        <div className="jr-form-row">
          <FormField label="Client-ID" htmlFor="clientId">
            <Textbox id="clientId" name="clientId" required defaultValue={settings?.clientId} />
          </FormField>
          <FormField
            label={
              !settings
                ? "Client-secret"
                : settings.secretSet
                  ? "Client-secret (leeg laten om te behouden)"
                  : "Client-secret (ontbreekt: vul het opnieuw in)"
            }
            htmlFor="clientSecret"
          >
            <Textbox id="clientSecret" name="clientSecret" type="password" autoComplete="off" required={!settings?.secretSet} />
          </FormField>
          <FormField label="Scopes" htmlFor="scopes">
            <Textbox id="scopes" name="scopes" defaultValue={settings?.scopes ?? "openid email profile"} />
          </FormField>
        </div>
        <label className="jr-check">
          <input type="checkbox" name="enabled" defaultChecked={settings?.enabled ?? true} /> Inloggen via deze provider aanzetten
        </label>
        <Button disabled={busy}>Opslaan en verbinding controleren</Button>
      </Form>
    </>
  );
}
