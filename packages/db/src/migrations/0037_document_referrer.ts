import { sql, type Kysely } from "kysely";

/**
 * Issue 12: a referrer reads the documents of their own requests. The policy asked that per
 * document with a sub-select on placement_requests, under that table's own policies: in the
 * referrer's list (`intake.mine`, the document kinds of 100 requests) that was most of the 1.3-1.4x
 * row-level security cost. The request's referrer is now kept on the document (set by the database
 * on insert, followed when a request changes hands), and the policy compares one column.
 */
const POLICY = (referrerCheck: string) => `
  app.in_regions(region_id, (select app.region_ids_as('placement_coordinator')))
  or (app.in_regions(region_id, (select app.region_ids_as('referrer'))) and ${referrerCheck})`;

const upSql = sql.raw(/* sql */ `
alter table request_documents add column referrer_user_id uuid references users (id);
update request_documents d set referrer_user_id = r.referrer_user_id
  from placement_requests r where r.region_id = d.region_id and r.id = d.request_id;

/* Whatever the writer says, a document's referrer is its request's. */
create function app.document_referrer() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
begin
  select r.referrer_user_id into new.referrer_user_id
  from placement_requests r where r.region_id = new.region_id and r.id = new.request_id;
  return new;
end $$;
create trigger request_documents_referrer before insert or update on request_documents
  for each row execute function app.document_referrer();

create function app.request_referrer_to_documents() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
begin
  update request_documents set referrer_user_id = new.referrer_user_id where region_id = new.region_id and request_id = new.id;
  return null;
end $$;
create trigger placement_requests_referrer_to_documents after update of referrer_user_id on placement_requests
  for each row when (old.referrer_user_id is distinct from new.referrer_user_id)
  execute function app.request_referrer_to_documents();

alter policy documents_region on request_documents
  using (${POLICY("referrer_user_id = (select app.user_id())")})
  with check (${POLICY("referrer_user_id = (select app.user_id())")});
`);

const EXISTS_CHECK = `exists (select 1 from placement_requests r where r.region_id = request_documents.region_id
  and r.id = request_documents.request_id and r.referrer_user_id = (select app.user_id()))`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `alter policy documents_region on request_documents using (${POLICY(EXISTS_CHECK)}) with check (${POLICY(EXISTS_CHECK)});
       drop trigger placement_requests_referrer_to_documents on placement_requests;
       drop function app.request_referrer_to_documents();
       drop trigger request_documents_referrer on request_documents;
       drop function app.document_referrer();
       alter table request_documents drop column referrer_user_id;`,
    )
    .execute(db);
}
