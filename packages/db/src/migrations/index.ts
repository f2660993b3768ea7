import type { Migration } from "kysely/migration";
import * as core from "./0001_core.ts";
import * as onboarding from "./0002_onboarding.ts";
import * as placement from "./0003_placement.ts";
import * as notifications from "./0004_notifications.ts";
import * as crisisTeam from "./0005_crisis_team.ts";
import * as supraRegional from "./0006_supra_regional.ts";
import * as allocations from "./0007_allocations.ts";
import * as negotiations from "./0008_negotiations.ts";
import * as phaseOut from "./0009_phase_out.ts";
import * as providerAdmin from "./0010_provider_admin.ts";
import * as secretsOutbox from "./0011_secrets_outbox.ts";
import * as hardening from "./0012_hardening.ts";
import * as forceRls from "./0013_force_rls.ts";
import * as oneChild from "./0014_one_child.ts";
import * as userPrivacy from "./0015_user_privacy.ts";
import * as jobOutbox from "./0016_job_outbox.ts";
import * as loginThrottle from "./0017_login_throttle.ts";
import * as rolesA from "./0018_roles_a.ts";
import * as rolesB from "./0019_roles_b.ts";
import * as platformAdmin from "./0021_platform_admin.ts";
import * as bench from "./0020_bench.ts";
import * as listPages from "./0023_list_pages.ts";
import * as policyScope from "./0025_policy_scope.ts";
import * as money from "./0026_money.ts";
import * as kpiSnapshots from "./0027_kpi_snapshots.ts";
import * as auditChainIndex from "./0028_audit_chain_index.ts";
import * as openReleases from "./0029_open_releases.ts";
import * as definerPages from "./0031_definer_pages.ts";
import * as kpiMunicipality from "./0032_kpi_municipality.ts";
import * as locationExtras from "./0033_location_extras.ts";
import * as providerFigures from "./0034_provider_figures.ts";
import * as locationPoolKeys from "./0035_location_pool_keys.ts";
import * as placementFiguresIndex from "./0036_placement_figures_index.ts";
import * as documentReferrer from "./0037_document_referrer.ts";
import * as membershipsRegionIndex from "./0038_memberships_region_index.ts";

/** Migrations in code, in order. Add a file and list it here; never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  "0001_core": core,
  "0002_onboarding": onboarding,
  "0003_placement": placement,
  "0004_notifications": notifications,
  "0005_crisis_team": crisisTeam,
  "0006_supra_regional": supraRegional,
  "0007_allocations": allocations,
  "0008_negotiations": negotiations,
  "0009_phase_out": phaseOut,
  "0010_provider_admin": providerAdmin,
  "0011_secrets_outbox": secretsOutbox,
  "0012_hardening": hardening,
  "0013_force_rls": forceRls,
  "0014_one_child": oneChild,
  "0015_user_privacy": userPrivacy,
  "0016_job_outbox": jobOutbox,
  "0017_login_throttle": loginThrottle,
  "0018_roles_a": rolesA,
  "0019_roles_b": rolesB,
  "0020_bench": bench,
  "0021_platform_admin": platformAdmin,
  "0023_list_pages": listPages,
  "0025_policy_scope": policyScope,
  "0026_money": money,
  "0027_kpi_snapshots": kpiSnapshots,
  "0028_audit_chain_index": auditChainIndex,
  "0029_open_releases": openReleases,
  "0031_definer_pages": definerPages,
  "0032_kpi_municipality": kpiMunicipality,
  "0033_location_extras": locationExtras,
  "0034_provider_figures": providerFigures,
  "0035_location_pool_keys": locationPoolKeys,
  "0036_placement_figures_index": placementFiguresIndex,
  "0037_document_referrer": documentReferrer,
  "0038_memberships_region_index": membershipsRegionIndex,
};
