import { NavLink, Outlet } from "react-router";
import { ONBOARDING_STEP_LABELS, ONBOARDING_STEPS, type OnboardingStep } from "@jeugdregie/domain";
import { Alert, Bar, Heading, Paragraph } from "@jeugdregie/ui";
import type { Route } from "./+types/layout";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { EXTRA_PAGES, STEP_PATHS } from "./steps.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const [progress, me] = await Promise.all([caller.onboarding.progress().catch(rethrowAsResponse), caller.me()]);
  const saved = new URL(request.url).searchParams.get("opgeslagen");
  const savedStep = ONBOARDING_STEPS.find((s) => s === saved) ?? null;
  return { progress, regionName: me.organisationName, savedStep };
}

export default function OnboardingLayout({ loaderData }: Route.ComponentProps) {
  const { progress, regionName, savedStep } = loaderData;
  return (
    <>
      <Heading level={1}>Inrichting van {regionName}</Heading>
      <div className="jr-onboarding-progress">
        <Paragraph muted>
          <span data-testid="onboarding-progress">
            {progress.doneCount} van {progress.steps.length} stappen klaar
          </span>
        </Paragraph>
        <Bar value={progress.doneCount} max={progress.steps.length} label={`${progress.percentage}% ingericht`} />
      </div>
      <div className="jr-wizard">
        <nav aria-label="Stappen van de inrichting" className="jr-steps">
          <ol>
            {progress.steps.map(({ step, done }, i) => (
              <li key={step} className={done ? "jr-step jr-step--done" : "jr-step"}>
                <NavLink to={STEP_PATHS[step]}>
                  <span className="jr-step__marker" aria-hidden="true">
                    {done ? "✓" : i + 1}
                  </span>
                  {ONBOARDING_STEP_LABELS[step].nl}
                  <span className="jr-visually-hidden">{done ? " (klaar)" : " (nog te doen)"}</span>
                </NavLink>
              </li>
            ))}
          </ol>
          <ul>
            {EXTRA_PAGES.map((p) => (
              <li key={p.to}>
                <NavLink to={p.to}>{p.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <section className="jr-wizard__content">
          {savedStep && <SavedStep step={savedStep} />}
          <Outlet />
        </section>
      </div>
    </>
  );
}

/** After a step was saved the wizard moves on; this says what was saved and where the admin is now. */
function SavedStep({ step }: { step: OnboardingStep }) {
  const number = ONBOARDING_STEPS.indexOf(step) + 1;
  return (
    <Alert type="ok">
      Stap {number} ({ONBOARDING_STEP_LABELS[step].nl}) is opgeslagen. Je bent nu bij de volgende stap; terug kan altijd via het menu.
    </Alert>
  );
}
