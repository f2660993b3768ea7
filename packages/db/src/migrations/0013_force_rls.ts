import { sql, type Kysely } from "kysely";

/**
 * Row-level security applies to the tables' owner too (FORCE), so that a process that ever
 * connects as the owner by mistake still sees one tenant only. The owner then needs BYPASSRLS
 * (or superuser) for migrations, the seed and the SECURITY DEFINER functions that count across
 * tenants; without it those functions would silently count only the caller's rows, so the
 * migration stops with the reason instead.
 */
const upSql = sql.raw(/* sql */ `
do $$
declare
  t record;
begin
  if not (select rolsuper or rolbypassrls from pg_roles where rolname = current_user) then
    raise exception 'the migration role "%" needs BYPASSRLS (or superuser): tables force row-level security and cross-tenant counts run as the owner', current_user;
  end if;
  for t in select c.relname from pg_class c
           where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relrowsecurity loop
    execute format('alter table %I force row level security', t.relname);
  end loop;
end $$;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `do $$ declare t record; begin
         for t in select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and relforcerowsecurity loop
           execute format('alter table %I no force row level security', t.relname);
         end loop;
       end $$;`,
    )
    .execute(db);
}
