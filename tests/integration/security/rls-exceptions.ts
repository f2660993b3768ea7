/**
 * The documented exceptions to "every table that names a tenant has forced row-level security
 * and no policy that lets everyone through". Each entry says why; the catalog test fails on a
 * table or policy that is neither protected nor listed here, and on an entry that is no longer
 * needed, so this list cannot silently grow stale.
 */
export const TABLES_WITHOUT_RLS: Record<string, string> = {
  supra_region_members:
    "Public structure of the supra-regional groups (which region belongs to which landsdeel); the app role may only read it.",
  supra_region_care_types: "Public structure: which care types a supra region pools; the app role may only read it.",
  oidc_login_states:
    "A sign-in in progress, before any session or tenant exists; found only by its unguessable state and deleted when used. Holds no tenant data beyond the region the sign-in started for.",
};

/** Policies whose condition is literally `true`, with the reason it is safe. */
export const POLICIES_USING_TRUE: Record<string, string> = {};
