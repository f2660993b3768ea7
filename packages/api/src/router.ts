import { authRouter } from "./router/auth.ts";
import { mfaRouter } from "./router/mfa.ts";
import { accountsRouter } from "./router/accounts.ts";
import { me } from "./procedures/me.ts";
import { regionsRouter } from "./router/regions.ts";
import { locationsRouter } from "./router/locations.ts";
import { systemRouter } from "./router/system.ts";
import { tenantsRouter } from "./router/tenants.ts";
import { invitationsRouter } from "./router/invitations.ts";
import { onboardingRouter } from "./router/onboarding.ts";
import { contractsRouter } from "./router/contracts.ts";
import { registryRouter } from "./router/registry.ts";
import { providerAccountsRouter } from "./router/provider-accounts.ts";
import { importsRouter } from "./router/imports.ts";
import { auditRouter } from "./router/audit.ts";
import { documentsRouter } from "./router/documents.ts";
import { providerRouter } from "./router/provider.ts";
import { intakeRouter } from "./router/intake.ts";
import { placementRouter } from "./router/placement.ts";
import { supraRouter } from "./router/supra.ts";
import { negotiationsRouter } from "./router/negotiations.ts";
import { moneyRouter } from "./router/money.ts";
import { kpiRouter } from "./router/kpi.ts";
import { reportRouter } from "./router/report.ts";
import { createCallerFactory, router } from "./trpc.ts";

/** The API. Each namespace is assembled in router/<namespace>.ts from procedures/<namespace>/, one procedure per file. */
export const appRouter = router({
  auth: authRouter,
  mfa: mfaRouter,
  accounts: accountsRouter,
  me,
  regions: regionsRouter,
  locations: locationsRouter,
  system: systemRouter,
  tenants: tenantsRouter,
  invitations: invitationsRouter,
  onboarding: onboardingRouter,
  contracts: contractsRouter,
  registry: registryRouter,
  providerAccounts: providerAccountsRouter,
  imports: importsRouter,
  audit: auditRouter,
  documents: documentsRouter,
  provider: providerRouter,
  intake: intakeRouter,
  placement: placementRouter,
  supra: supraRouter,
  negotiations: negotiationsRouter,
  money: moneyRouter,
  kpi: kpiRouter,
  report: reportRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
