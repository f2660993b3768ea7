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
  /** Accept the government's test BSNs (99999...): only where the platform runs as a demo or test. */
  allowTestBsn?: boolean;
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
  ip: string;
  userAgent: string | null;
  resHeaders: Headers;
  viewer: Viewer | null;
}

/** Resolves who is calling from the session cookie; the tenant scope never comes from input. */
export async function createContext(deps: ApiDeps, request: Request, resHeaders: Headers): Promise<Context> {
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
  const base = { deps, ip, userAgent: request.headers.get("user-agent"), resHeaders };
  const token = readSessionToken(request.headers.get("cookie"), deps.cookieSecure);
  if (!token) return { ...base, viewer: null };
  const session = await findLiveSession(deps.db, sessionIdFromToken(token));
  if (!session) return { ...base, viewer: null };
  const [user, memberships] = await Promise.all([
    findUserById(deps.db, session.userId),
    withIdentity(deps.db, session.userId, (tx) => membershipsOf(tx, session.userId)),
  ]);
  const scope = user && scopeFor(user.id, memberships, session.activeRegionId);
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
