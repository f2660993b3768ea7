import { index, layout, route, type RouteConfig } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("inloggen", "routes/login.tsx"),
  route("uitloggen", "routes/logout.tsx"),
  route("taal", "routes/language.tsx"),
  route("api/trpc/*", "routes/api.trpc.ts"),
  layout("routes/shell.tsx", [
    route("overzicht", "routes/dashboard.tsx"),
    route("locaties", "routes/locations.tsx"),
    route("regios", "routes/regions.tsx"),
    route("regio-wisselen", "routes/switch-region.tsx"),
    route("beheer/status", "routes/admin-status.tsx"),
  ]),
] satisfies RouteConfig;
