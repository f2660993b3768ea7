import { redirect } from "react-router";
import type { Route } from "./+types/switch-region";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  await caller.auth.switchRegion({ regionId: String(form.get("regionId") ?? "") }).catch(rethrowAsResponse);
  const back = String(form.get("terug") ?? "/overzicht");
  return redirect(back.startsWith("/") && !back.startsWith("//") ? back : "/overzicht");
}

export function loader() {
  return redirect("/overzicht");
}
