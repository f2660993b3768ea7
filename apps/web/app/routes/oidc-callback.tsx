import { redirect } from "react-router";
import type { Route } from "./+types/oidc-callback";
import { afterSignIn, apiFor } from "../lib/api.server.ts";
import { signInRefusal } from "../lib/forms.server.ts";

/** Where the identity provider sends the browser back with a code. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const providerError = url.searchParams.get("error_description") ?? url.searchParams.get("error");
  if (providerError) throw redirect(`/inloggen?fout=${encodeURIComponent(`De identiteitsprovider meldt: ${providerError}`)}`);
  const { caller, resHeaders } = await apiFor(request, context);
  try {
    const { returnTo, mfaPending } = await caller.auth.oidcFinish({
      code: url.searchParams.get("code") ?? "",
      state: url.searchParams.get("state") ?? "",
    });
    return redirect(afterSignIn({ mfaPending }, returnTo), { headers: resHeaders });
  } catch (error) {
    const refusal = signInRefusal(error);
    if (refusal) throw redirect(`/inloggen?fout=${encodeURIComponent(refusal.message)}`);
    throw error;
  }
}
