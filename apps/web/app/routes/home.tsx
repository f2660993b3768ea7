import { redirect } from "react-router";
import type { Route } from "./+types/home";
import { apiFor } from "../lib/api.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { viewer } = await apiFor(request, context);
  throw redirect(viewer ? "/overzicht" : "/inloggen");
}
