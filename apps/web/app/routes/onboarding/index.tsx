import { redirect } from "react-router";
import type { Route } from "./+types/index";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { STEP_PATHS } from "./steps.ts";

/** Resumes where the region admin left off: the first step that is not done yet. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const progress = await caller.onboarding.progress().catch(rethrowAsResponse);
  throw redirect(progress.nextStep ? STEP_PATHS[progress.nextStep] : "/inrichting/gebruikers");
}
