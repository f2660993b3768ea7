import type { Database } from "@jeugdregie/db";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { ApiSession, apiDeps } from "../integration/helpers/api.ts";

export type Caller = Awaited<ReturnType<ApiSession["caller"]>>["caller"];

/**
 * One signed-in browser session per person, callable through the application role (RLS applies)
 * or through the owner (RLS bypassed): the same procedure, the same code, with and without RLS.
 */
export class Sessions {
  private readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: Database,
    private readonly owner: Database,
  ) {}

  async caller(email: string, via: "app" | "owner" = "app"): Promise<Caller> {
    let cookie = this.cookies.get(email);
    if (!cookie) {
      const session = new ApiSession(apiDeps(this.app), "127.0.0.1");
      await session.login(email, DEMO_PASSWORD);
      cookie = session.cookie;
      this.cookies.set(email, cookie);
    }
    const session = new ApiSession(apiDeps(via === "app" ? this.app : this.owner), "127.0.0.1");
    session.cookie = cookie;
    return (await session.caller()).caller;
  }

  cookieOf(email: string): string | undefined {
    return this.cookies.get(email);
  }
}

/** How many rows a list procedure returned: the array itself, or the longest array in its answer. */
export function rowsIn(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  if (result && typeof result === "object") return Math.max(0, ...Object.values(result).map((v) => (Array.isArray(v) ? v.length : 0)));
  return 0;
}
