import { createHash, randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { http, HttpResponse } from "msw";

/**
 * A mocked OpenID Connect provider for msw: discovery, JWKS and a token endpoint that checks
 * client authentication and the PKCE verifier, and signs ID tokens. `login()` plays the user
 * authenticating at the authorization endpoint and returns the code the browser would bring back.
 */
export async function createMockIdentityProvider(
  issuer = "https://idp.example.test",
  client = { id: "jeugdregie", secret: "s3cret-value" },
) {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "key-1", alg: "RS256", use: "sig" };
  const codes = new Map<string, { email: string; nonce: string; challenge: string; redirectUri: string }>();
  let signingKey: CryptoKey = privateKey;
  const requests: string[] = [];

  const handlers = [
    http.get(`${issuer}/.well-known/openid-configuration`, () =>
      HttpResponse.json({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        code_challenge_methods_supported: ["S256"],
      }),
    ),
    http.get(`${issuer}/jwks`, () => HttpResponse.json({ keys: [jwk] })),
    http.post(`${issuer}/token`, async ({ request }) => {
      requests.push("token");
      const [id, secret] = Buffer.from((request.headers.get("authorization") ?? "").replace(/^Basic /, ""), "base64")
        .toString()
        .split(":")
        .map(decodeURIComponent);
      if (id !== client.id || secret !== client.secret) return HttpResponse.json({ error: "invalid_client" }, { status: 401 });
      const form = new URLSearchParams(await request.text());
      const grant = codes.get(form.get("code") ?? "");
      codes.delete(form.get("code") ?? "");
      if (!grant || form.get("redirect_uri") !== grant.redirectUri) return HttpResponse.json({ error: "invalid_grant" }, { status: 400 });
      const challenge = createHash("sha256")
        .update(form.get("code_verifier") ?? "")
        .digest("base64url");
      if (challenge !== grant.challenge)
        return HttpResponse.json({ error: "invalid_grant", error_description: "PKCE verification failed" }, { status: 400 });
      const idToken = await new SignJWT({ email: grant.email, email_verified: true, name: "Via IdP", nonce: grant.nonce })
        .setProtectedHeader({ alg: "RS256", kid: "key-1" })
        .setIssuer(issuer)
        .setAudience(client.id)
        .setSubject(`sub-${grant.email}`)
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(signingKey);
      return HttpResponse.json({ access_token: "at", token_type: "Bearer", id_token: idToken });
    }),
  ];

  return {
    issuer,
    client,
    handlers,
    requests,
    /** The user signs in at the provider: returns the callback parameters for the authorization request URL. */
    login(authorizationRequest: string, email: string) {
      const url = new URL(authorizationRequest);
      if (url.searchParams.get("code_challenge_method") !== "S256") throw new Error("PKCE S256 required");
      const code = randomBytes(16).toString("hex");
      codes.set(code, {
        email,
        nonce: url.searchParams.get("nonce")!,
        challenge: url.searchParams.get("code_challenge")!,
        redirectUri: url.searchParams.get("redirect_uri")!,
      });
      return { code, state: url.searchParams.get("state")! };
    },
    /** Signs the next tokens with a key the JWKS does not publish (a forged token). */
    async forgeSignatures() {
      signingKey = (await generateKeyPair("RS256")).privateKey;
    },
  };
}
