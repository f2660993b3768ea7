import { createHash, randomBytes } from "node:crypto";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";

/**
 * OpenID Connect login with the authorization code flow and PKCE (S256), configured by the
 * issuer's discovery document, so a region can plug in its identity broker (eHerkenning and
 * government brokers speak OIDC). Only what this flow needs; no implicit or hybrid flows.
 */
export interface OidcClientConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
}

export interface DiscoveryDocument {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

export class OidcError extends Error {}

const base64url = (bytes: Buffer) => bytes.toString("base64url");

export function newPkcePair(): { verifier: string; challenge: string } {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: base64url(createHash("sha256").update(verifier).digest()) };
}

export const newOidcState = () => base64url(randomBytes(24));

export async function discover(issuer: string): Promise<DiscoveryDocument> {
  const url = `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new OidcError(`identity provider unreachable at ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new OidcError(`discovery failed at ${url}: HTTP ${response.status}`);
  const doc = (await response.json()) as Partial<DiscoveryDocument>;
  if (doc.issuer !== issuer.replace(/\/$/, "") && doc.issuer !== issuer)
    throw new OidcError(`discovery issuer ${doc.issuer} does not match ${issuer}`);
  for (const key of ["authorization_endpoint", "token_endpoint", "jwks_uri"] as const) {
    if (!doc[key]?.startsWith("https://")) throw new OidcError(`discovery document lacks an https ${key}`);
  }
  return doc as DiscoveryDocument;
}

export function authorizationUrl(
  doc: DiscoveryDocument,
  config: OidcClientConfig,
  params: { redirectUri: string; state: string; nonce: string; codeChallenge: string },
): string {
  const url = new URL(doc.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: config.clientId,
    redirect_uri: params.redirectUri,
    scope: config.scopes,
    state: params.state,
    nonce: params.nonce,
    code_challenge: params.codeChallenge,
    code_challenge_method: "S256",
  }).toString();
  return url.toString();
}

export interface VerifiedIdentity {
  subject: string;
  email: string;
  name: string | null;
}

/** Exchanges the code (with the PKCE verifier) and verifies the ID token: signature, issuer, audience, expiry and nonce. */
export async function completeLogin(
  doc: DiscoveryDocument,
  config: OidcClientConfig,
  params: { code: string; redirectUri: string; codeVerifier: string; nonce: string },
): Promise<VerifiedIdentity> {
  const response = await fetch(doc.token_endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(config.clientId)}:${encodeURIComponent(config.clientSecret)}`).toString("base64")}`,
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: params.code,
      redirect_uri: params.redirectUri,
      code_verifier: params.codeVerifier,
    }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new OidcError(`token endpoint answered HTTP ${response.status}`);
  const tokens = (await response.json()) as { id_token?: string };
  if (!tokens.id_token) throw new OidcError("token response has no id_token");

  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(tokens.id_token, createRemoteJWKSet(new URL(doc.jwks_uri)), {
      issuer: doc.issuer,
      audience: config.clientId,
    }));
  } catch (error) {
    throw new OidcError(`ID token rejected: ${(error as Error).message}`);
  }
  if (payload.nonce !== params.nonce) throw new OidcError("ID token nonce does not match this login");
  const email = typeof payload.email === "string" ? payload.email : null;
  if (!email || payload.email_verified === false) throw new OidcError("ID token has no verified e-mail address");
  return { subject: payload.sub ?? "", email, name: typeof payload.name === "string" ? payload.name : null };
}
