import { OidcError } from "@jeugdregie/auth";
import { AppError } from "@jeugdregie/domain";

/* Signing in through a region's identity provider: auth.oidcStart sends the browser there, auth.oidcFinish takes it back. */

export const OIDC_CALLBACK_PATH = "/inloggen/oidc/terug";

export const notConfigured = () =>
  new AppError("NOT_FOUND", {
    nl: "Deze regio heeft geen inloggen via een identiteitsprovider ingesteld.",
    en: "This region has no identity provider login configured.",
  });

export const providerFailed = (error: unknown) => {
  if (error instanceof OidcError) {
    return new AppError("BAD_INPUT", {
      nl: `Inloggen via de identiteitsprovider is mislukt: ${error.message}.`,
      en: `Signing in through the identity provider failed: ${error.message}.`,
    });
  }
  return error;
};

/** Only a path on this site: never another host to send a freshly signed-in browser to. */
export const safeReturn = (path: string | undefined) => (path && path.startsWith("/") && !path.startsWith("//") ? path : "/overzicht");
