import { createHash, randomBytes } from "node:crypto";

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000; // a working day; sliding on activity

/** A random secret for a cookie or a link; the database keeps only its SHA-256 (`id`). */
export function newOpaqueToken(): { token: string; id: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, id: sessionIdFromToken(token) };
}

/** The cookie holds a random token; the database holds only its SHA-256. */
export const newSessionToken = newOpaqueToken;

export function sessionIdFromToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function sessionCookieName(secure: boolean): string {
  // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and Path=/.
  return secure ? "__Host-jr_session" : "jr_session";
}

export function serializeSessionCookie(token: string, options: { secure: boolean; maxAgeMs: number }): string {
  const parts = [
    `${sessionCookieName(options.secure)}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${Math.floor(options.maxAgeMs / 1000)}`,
  ];
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

export function clearSessionCookie(secure: boolean): string {
  return serializeSessionCookie("", { secure, maxAgeMs: 0 });
}

export function readSessionToken(cookieHeader: string | null, secure: boolean): string | null {
  if (!cookieHeader) return null;
  const name = sessionCookieName(secure);
  for (const part of cookieHeader.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=") || null;
  }
  return null;
}
