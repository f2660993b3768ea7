// Moved to packages/api/src/invitations/links.ts; onboarding and provider accounts still import it from here until they move.
export * from "../../invitations/links.ts";
