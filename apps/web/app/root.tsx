import { useEffect } from "react";
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from "react-router";
import utrechtCss from "@utrecht/component-library-css/dist/index.css?url";
import themeCss from "@jeugdregie/ui/theme.css?url";
import layoutCss from "@jeugdregie/ui/layout.css?url";
import { errorPageTitle } from "@jeugdregie/domain";
import { Alert, Heading, Paragraph } from "@jeugdregie/ui";
import type { Route } from "./+types/root";
import { langFromCookie, type Lang } from "./i18n.ts";

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "stylesheet", href: utrechtCss },
  { rel: "stylesheet", href: themeCss },
  { rel: "stylesheet", href: layoutCss },
];

export function loader({ request }: Route.LoaderArgs) {
  return { lang: langFromCookie(request.headers.get("cookie")) };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData("root") as { lang: Lang } | undefined;
  return (
    <html lang={data?.lang ?? "nl"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Jeugdregie</title>
        <Meta />
        <Links />
      </head>
      <body className="jeugdregie-theme utrecht-document">
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  // Marks the moment the page reacts like a client app (forms submit through the router).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // The heading per status comes from the one error table (ERROR_STATUS) that also gave the status.
  // Our own refusals carry a Dutch message for users; the router's own (an unknown address) and
  // anything unexpected get ours instead of their technical text.
  // The router's own text starts with "Error:" and its internal flag does not always survive hydration.
  const own =
    isRouteErrorResponse(error) &&
    !(error as { internal?: boolean }).internal &&
    typeof error.data === "string" &&
    !error.data.startsWith("Error:");
  const message = own
    ? (error.data as string)
    : status === 404
      ? "Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de start."
      : "Er ging iets mis aan onze kant. Probeer het opnieuw.";
  return (
    <main className="jr-main">
      <Heading level={1}>{errorPageTitle(status).nl}</Heading>
      <Alert type="error">{message}</Alert>
      <Paragraph>
        <a className="utrecht-link" href="/">
          Terug naar de start
        </a>
      </Paragraph>
    </main>
  );
}
