import { sql, type Kysely } from "kysely";

/** Capacity negotiations between member regions, or between a region and the supra pool. */
const upSql = sql.raw(/* sql */ `
create table capacity_negotiations (
  id uuid primary key default gen_random_uuid(),
  supra_region_id uuid not null references supra_regions(id),
  care_type text not null,
  location_id uuid,
  opener_region_id uuid references regions(id),
  counterparty_region_id uuid references regions(id),
  places int not null check (places > 0),
  period_start date not null,
  period_end date not null,
  status text not null default 'open' check (status in ('open', 'countered', 'accepted', 'rejected')),
  last_move text not null default 'opener' check (last_move in ('opener', 'counterparty')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (period_end >= period_start),
  check (opener_region_id is not null or counterparty_region_id is not null),
  foreign key (supra_region_id, care_type) references supra_region_care_types (supra_region_id, care_type)
);

create table negotiation_steps (
  id bigserial primary key,
  negotiation_id uuid not null references capacity_negotiations(id),
  side text not null check (side in ('opener', 'counterparty')),
  action text not null check (action in ('open', 'counter', 'accept', 'reject')),
  places int not null,
  note text,
  actor_user_id uuid not null references users(id),
  actor_role text not null,
  created_at timestamptz not null default now()
);

alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in ('capacity_for_waiting', 'crisis_cap', 'stale_capacity', 'negotiation'));

grant select, insert, update on capacity_negotiations to jeugdregie_app;
grant select, insert on negotiation_steps to jeugdregie_app;
grant usage on all sequences in schema public to jeugdregie_app;
alter table capacity_negotiations enable row level security;
alter table negotiation_steps enable row level security;

/* The parties see and move their negotiations: the two regions, or the supra coordinator for the pool side. */
create function app.negotiation_party(supra uuid, opener uuid, counterparty uuid) returns boolean language sql stable as $$
  select opener = any(app.region_ids()) or counterparty = any(app.region_ids()) or supra = app.supra_region_id()
$$;
create policy negotiations_parties on capacity_negotiations for all
  using (app.negotiation_party(supra_region_id, opener_region_id, counterparty_region_id))
  with check (app.negotiation_party(supra_region_id, opener_region_id, counterparty_region_id));
create policy negotiation_steps_parties on negotiation_steps for all using (
  exists (select 1 from capacity_negotiations n where n.id = negotiation_steps.negotiation_id)
) with check (
  exists (select 1 from capacity_negotiations n where n.id = negotiation_steps.negotiation_id)
);

/* An accepted negotiation moves places between the parties' allocations; the supra coordinator's table
   is not writable by regions, so this narrow function applies exactly the agreed change. */
create function app.apply_negotiation(negotiation uuid) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  n record;
  y int;
begin
  select * into n from capacity_negotiations where id = negotiation and status = 'accepted';
  if not found then raise exception 'negotiation % is not accepted', negotiation; end if;
  if not app.negotiation_party(n.supra_region_id, n.opener_region_id, n.counterparty_region_id) then
    raise exception 'not a party to negotiation %', negotiation;
  end if;
  y := extract(year from n.period_start)::int;
  -- The opener receives the places; the counterparty (a region) gives them up. The pool side gives from free capacity.
  if n.opener_region_id is not null then
    insert into supra_allocations (supra_region_id, care_type, year, region_id, places)
    values (n.supra_region_id, n.care_type, y, n.opener_region_id, n.places)
    on conflict (supra_region_id, care_type, year, region_id) do update set places = supra_allocations.places + excluded.places, updated_at = now();
  end if;
  if n.counterparty_region_id is not null then
    update supra_allocations set places = greatest(0, places - n.places), updated_at = now()
    where supra_region_id = n.supra_region_id and care_type = n.care_type and year = y and region_id = n.counterparty_region_id;
  end if;
end $$;
grant execute on function app.apply_negotiation(uuid) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop function if exists app.apply_negotiation(uuid), app.negotiation_party(uuid, uuid, uuid);
    drop table if exists negotiation_steps, capacity_negotiations;
  `,
    )
    .execute(db);
}
