import { redirect } from "react-router";
import type { Route } from "./+types/logout";
import { apiFor } from "../lib/api.server.ts";

export async function action({ request, context }: Route.ActionArgs) {
  const { caller, resHeaders } = await apiFor(request, context);
  await caller.auth.logout();
  return redirect("/inloggen", { headers: resHeaders });
}

export function loader() {
  return redirect("/");
}
