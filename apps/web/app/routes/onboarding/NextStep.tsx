import { Link, useLocation } from "react-router";
import { ONBOARDING_STEP_LABELS } from "@jeugdregie/domain";
import { Paragraph } from "@jeugdregie/ui";
import { stepAfter } from "./steps.ts";

/** The way on from a wizard step whose page collects several things (segments, providers, ...). */
export function NextStep() {
  const next = stepAfter(useLocation().pathname);
  if (!next) return null;
  return (
    <Paragraph>
      <Link className="utrecht-button utrecht-button--primary-action jr-next-step" to={next.path}>
        Verder naar stap {next.number}: {ONBOARDING_STEP_LABELS[next.step].nl}
      </Link>
    </Paragraph>
  );
}
