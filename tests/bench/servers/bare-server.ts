import { createServer } from "node:http";
import pg from "pg";
import { readSessionToken, sessionIdFromToken } from "@jeugdregie/auth";

// The baseline: a bare Node HTTP server answering `me` with plain pg, the same statements the API
// runs for it (the live session, then the user and their memberships with names, as the app role
// under the caller's identity), and nothing else.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_APP_URL!, max: 20 });

async function me(cookie: string | undefined) {
  const token = readSessionToken(cookie ?? null, false);
  if (!token) return null;
  const client = await pool.connect();
  try {
    const session = await client.query("select id, user_id, active_region_id from sessions where id = $1 and expires_at > now()", [
      sessionIdFromToken(token),
    ]);
    const userId = session.rows[0]?.user_id as string | undefined;
    if (!userId) return null;
    await client.query("begin");
    await client.query("select set_config('app.user_id', $1, true)", [userId]);
    const user = await client.query("select id, email, display_name, locale, disabled_at from users where id = $1", [userId]);
    const memberships = await client.query(
      `select m.role, m.region_id, m.provider_id, m.supra_region_id, r.name as region_name, p.name as provider_name, s.name as supra_name
       from memberships m left join regions r on r.id = m.region_id left join providers p on p.id = m.provider_id
       left join supra_regions s on s.id = m.supra_region_id where m.user_id = $1
       order by m.created_at, coalesce(r.name, p.name, s.name), m.role, m.id`,
      [userId],
    );
    await client.query("commit");
    return { user: user.rows[0], memberships: memberships.rows };
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  void me(req.headers.cookie).then(
    (body) => {
      res.writeHead(body ? 200 : 401, { "content-type": "application/json" });
      res.end(JSON.stringify({ result: { data: body } }));
    },
    () => {
      res.writeHead(500);
      res.end();
    },
  );
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`ready ${typeof address === "object" && address ? address.port : 0}`);
});
process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void pool.end().finally(() => process.exit(0));
});
