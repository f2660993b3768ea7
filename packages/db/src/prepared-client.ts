import { createHash } from "node:crypto";
import pg from "pg";

type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;
type Result = { command: string; rowCount: number | null; rows: unknown[] };

/** A statement's name on the server: the same text always gets the same name. */
export function statementName(text: string): string {
  return `jr_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
}

const isBegin = (text: string) => /^\s*(begin|start transaction)\b/i.test(text);
const endsTransaction = (text: string) => /^\s*(commit|rollback)\s*$/i.test(text);
const noRows = (command: string): Result => ({ command, rowCount: null, rows: [] });
const lastResult = (result: unknown): Result => (Array.isArray(result) ? result[result.length - 1] : result) as Result;

/**
 * A pg client that saves round trips, the larger part of a short page's cost:
 *
 * - Every parameterised statement is prepared under a name derived from its text, so PostgreSQL
 *   parses and plans it once per connection instead of on every call. Row-level security makes
 *   planning the expensive part of a page query (the policies are inlined into every statement:
 *   7-8 ms of planning against 1-3 ms of execution for the coordinator's queue at 0.1 scale); a
 *   prepared statement keeps its plan, and the policies' scope is read at execution time (their
 *   `current_setting` calls are init plans), so one plan serves every tenant correctly.
 * - BEGIN is held back and sent in one message with the transaction's first statement when that
 *   statement has no parameters (the tenant scope's `set_config` call, see tenant.ts), so opening a
 *   tenant transaction costs one round trip instead of two. A transaction that ends before any
 *   statement never reaches the server. Statements with parameters get the BEGIN first.
 */
export class PreparedStatementClient extends pg.Client {
  private pendingBegin: string | null = null;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const plain = (this.query as Query).bind(this);
    const prepared: Query = (config, values, callback) =>
      typeof config === "string" && Array.isArray(values) && values.length > 0
        ? plain({ name: statementName(config), text: config, values }, callback)
        : plain(config, values, callback);
    const query: Query = (config, values, callback) => {
      const simple =
        typeof config === "string" && callback === undefined && (values === undefined || (Array.isArray(values) && values.length === 0));
      if (simple && isBegin(config) && this.pendingBegin === null) {
        this.pendingBegin = config;
        return Promise.resolve(noRows("BEGIN"));
      }
      const begin = this.pendingBegin;
      if (begin === null) return prepared(config, values, callback);
      this.pendingBegin = null;
      if (simple && endsTransaction(config)) return Promise.resolve(noRows(config.trim().toUpperCase()));
      if (simple) return (plain(`${begin};\n${config}`) as Promise<unknown>).then(lastResult);
      if (typeof callback === "function") {
        // pg's callback form (Kysely does not use it): the BEGIN first, the statement after it.
        return plain(begin, undefined, (error: unknown) => (error ? callback(error) : prepared(config, values, callback)));
      }
      return (plain(begin) as Promise<unknown>).then(() => prepared(config, values));
    };
    Object.assign(this, { query });
  }

  /** Back in the pool: a held BEGIN of a transaction that never ran a statement is dropped with it. */
  dropPendingBegin(): void {
    this.pendingBegin = null;
  }
}

/**
 * A connection is closed after this many checkouts from the pool, which bounds the prepared
 * statements a server process keeps (statements whose text carries literals are all distinct).
 */
export const CONNECTION_MAX_USES = 5000;
