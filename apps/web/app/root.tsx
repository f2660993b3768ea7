import { useEffect } from "react";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from "react-router";
import utrechtCss from "@utrecht/component-library-css/dist/index.css?url";
import themeCss from "@jeugdregie/ui/theme.css?url";
import layoutCss from "@jeugdregie/ui/layout.css?url";
import type { Route } from "./+types/root";
import { describeRouteError, ErrorPage } from "./components/ErrorPage.tsx";

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "stylesheet", href: utrechtCss },
  { rel: "stylesheet", href: themeCss },
  { rel: "stylesheet", href: layoutCss },
];

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
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
  const { status, message } = describeRouteError(useRouteError());
  return (
    <main className="jr-main">
      <ErrorPage status={status} message={message} />
    </main>
  );
}
