import { data, redirect } from "react-router";
import type { Route } from "./+types/oidc-start";
import { apiFor } from "../lib/api.server.ts";
import { signInRefusal } from "../lib/forms.server.ts";

/** /inloggen/oidc?regio=code: sends the browser to the region's identity provider. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const { caller } = await apiFor(request, context);
  try {
    const { redirectTo } = await caller.auth.oidcStart({
      regionCode: url.searchParams.get("regio") ?? "",
      returnTo: url.searchParams.get("terug") ?? undefined,
    });
    return redirect(redirectTo);
  } catch (error) {
    const refusal = signInRefusal(error);
    if (refusal) throw redirect(`/inloggen?fout=${encodeURIComponent(refusal.message)}`);
    throw error;
  }
}

export function action() {
  return data(null, { status: 405 });
}
