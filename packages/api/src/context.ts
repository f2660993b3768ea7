import { randomUUID } from "node:crypto";
import { defineAbilityFor, readSessionToken, sessionIdFromToken, type AppAbility, type FieldCrypto } from "@jeugdregie/auth";
import {
  findLiveSession,
  findUserById,
  membershipsOf,
  withIdentity,
  type Database,
  type MembershipWithNames,
  type SessionRecord,
} from "@jeugdregie/db";
import { scopeFor, type TenantScope } from "@jeugdregie/domain";
import type { JobQueue } from "@jeugdregie/jobs";

export interface ApiDeps {
  db: Database;
  cookieSecure: boolean;
  heartbeatEveryMs: number;
  /** Hands work to the worker; invitations and imports need it. */
  jobs: JobQueue;
  /** Public base URL for links in e-mails and on screen, e.g. https://jeugdregie.nl. */
  appUrl: string;
  /** Encrypts BSN and names; finds children by keyed BSN hash. */
  crypto: FieldCrypto;
  /** Structured log (pino): internal errors with the request id the user is shown. */
  logger: ApiLogger;
  /** Accept the government's test BSNs (99999...): only where the platform runs as a demo or test. */
  allowTestBsn?: boolean;
  /** The time the login throttle counts by; tests move it instead of waiting. Defaults to the system clock. */
  clock?: () => Date;
}

/** The part of a pino logger the API uses. */
export interface ApiLogger {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface Viewer {
  session: SessionRecord;
  user: { id: string; email: string; displayName: string; locale: string };
  memberships: MembershipWithNames[];
  scope: TenantScope;
  ability: AppAbility;
}

export interface Context {
  deps: ApiDeps;
  /** Names this call in logs and in what the user sees when something breaks. */
  requestId: string;
  ip: string;
  userAgent: string | null;
  resHeaders: Headers;
  viewer: Viewer | null;
}

export interface IncomingCall {
  request: Request;
  /**
   * The caller's address as the web server established it from the socket and trusted proxies
   * (clientAddress in @jeugdregie/config): never read from request headers here, which anyone can forge.
   */
  clientAddress: string;
  resHeaders: Headers;
}

/** Resolves who is calling from the session cookie; the tenant scope never comes from input. */
export async function createContext(deps: ApiDeps, { request, clientAddress, resHeaders }: IncomingCall): Promise<Context> {
  const requestId = randomUUID();
  resHeaders.set("x-request-id", requestId);
  const base = { deps, requestId, ip: clientAddress, userAgent: request.headers.get("user-agent"), resHeaders };
  const token = readSessionToken(request.headers.get("cookie"), deps.cookieSecure);
  if (!token) return { ...base, viewer: null };
  const session = await findLiveSession(deps.db, sessionIdFromToken(token));
  if (!session) return { ...base, viewer: null };
  const { user, memberships } = await withIdentity(deps.db, session.userId, async (tx) => ({
    user: await findUserById(tx, session.userId),
    memberships: await membershipsOf(tx, session.userId),
  }));
  const scope = user && !user.disabled_at && scopeFor(user.id, memberships, session.activeRegionId);
  if (!user || !scope) return { ...base, viewer: null };
  return {
    ...base,
    viewer: {
      session,
      user: { id: user.id, email: user.email, displayName: user.display_name, locale: user.locale },
      memberships,
      scope,
      ability: defineAbilityFor(scope),
    },
  };
}
