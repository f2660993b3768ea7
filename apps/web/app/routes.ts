import { index, layout, prefix, route, type RouteConfig } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("inloggen", "routes/login.tsx"),
  route("inloggen/oidc", "routes/oidc-start.tsx"),
  route("inloggen/oidc/terug", "routes/oidc-callback.tsx"),
  route("uitloggen", "routes/logout.tsx"),
  route("taal", "routes/language.tsx"),
  route("uitnodiging/:token", "routes/invitation.tsx"),
  route("api/trpc/*", "routes/api.trpc.ts"),
  route("inrichting/import/:what/:kind", "routes/inrichting/import-template.ts"),
  layout("routes/shell.tsx", [
    route("overzicht", "routes/dashboard.tsx"),
    route("locaties", "routes/locations.tsx"),
    route("regios", "routes/regions.tsx"),
    route("regio-wisselen", "routes/switch-region.tsx"),
    route("aanbieder", "routes/provider-overview.tsx"),
    route("beheer/status", "routes/admin-status.tsx"),
    route("beheer/regios", "routes/tenants.tsx"),
    ...prefix("inrichting", [
      layout("routes/inrichting/layout.tsx", [
        index("routes/inrichting/index.tsx"),
        route("gemeenten", "routes/inrichting/municipalities.tsx"),
        route("centraal-punt", "routes/inrichting/settings.tsx"),
        route("segmenten", "routes/inrichting/segments.tsx"),
        route("aanbieders", "routes/inrichting/providers.tsx"),
        route("contracten", "routes/inrichting/contracts.tsx"),
        route("locaties", "routes/inrichting/locations.tsx"),
        route("gebruikers", "routes/inrichting/users.tsx"),
        route("inloggen", "routes/inrichting/oidc.tsx"),
        route("tarieven", "routes/inrichting/tariffs.tsx"),
        route("import", "routes/inrichting/import.tsx"),
        route("import/:id", "routes/inrichting/import-job.tsx"),
        route("audit", "routes/inrichting/audit.tsx"),
      ]),
    ]),
  ]),
] satisfies RouteConfig;
