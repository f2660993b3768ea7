import pg from "pg";
import { readFileSync } from "node:fs";
const [dir, port, ...q] = process.argv.slice(2);
const pw = readFileSync(`${dir}/postgres-superuser-password`, "utf8").trim();
const c = new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(pw)}@127.0.0.1:${port}/postgres` });
await c.connect();
for (const s of q) { const r = await c.query(s); console.table(r.rows); }
await c.end();
