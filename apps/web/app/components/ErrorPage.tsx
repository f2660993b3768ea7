import { Form, isRouteErrorResponse } from "react-router";
import { errorPageTitle } from "@jeugdregie/domain";
import { Alert, Button, Heading, Paragraph } from "@jeugdregie/ui";

/** Who is looking, when known: the page says who they are signed in as and where their own work is. */
export interface ErrorViewer {
  roleLabel: string;
  organisationName: string;
}

/** An error's status and the words to show; the router's own text and anything unexpected get ours. */
export function describeRouteError(error: unknown): { status: number; message: string } {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // Our own refusals carry a Dutch message for users; the router's own (an unknown address) and
  // anything unexpected get ours instead of their technical text. The router's own text starts
  // with "Error:" and its internal flag does not always survive hydration.
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
  return { status, message };
}

/**
 * The page for a refusal or a fault: a heading, why, and what to do next (the viewer's own start
 * page; for a page of another role, signing in with the account that has that role).
 */
export function ErrorPage({ status, message, viewer }: { status: number; message: string; viewer?: ErrorViewer }) {
  // The heading per status comes from the one error table (ERROR_STATUS) that also gave the status.
  const title = errorPageTitle(status).nl;
  return (
    <section className="jr-error-page" aria-labelledby="error-title" data-testid="error-page" data-status={status}>
      <Heading level={1} id="error-title">
        {title}
      </Heading>
      <Alert type={status >= 500 ? "error" : "warning"}>{message}</Alert>
      {viewer && (
        <Paragraph>
          Je bent ingelogd als <strong>{viewer.roleLabel}</strong> bij {viewer.organisationName}.
          {status === 403 && " Heb je voor dit werk een ander account, log dan daarmee in."}
        </Paragraph>
      )}
      <div className="jr-error-page__actions">
        <a className="utrecht-button utrecht-button--primary-action" href="/">
          {viewer ? "Naar je startpagina" : "Naar de start"}
        </a>
        {viewer && status === 403 && (
          <Form method="post" action="/uitloggen">
            <Button appearance="secondary">Inloggen met een ander account</Button>
          </Form>
        )}
      </div>
    </section>
  );
}
