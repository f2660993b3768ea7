import { sql, type Kysely } from "kysely";

/**
 * The provider's inbox and the supra coordinator's out-of-region list come from SECURITY DEFINER
 * functions, which PostgreSQL never inlines: the page's `where (keys) > cursor ... limit n` stayed
 * outside, so each page built the caller's whole set first (1.56 s and 1.21 s at national scale,
 * tens of thousands of offers). The functions now take the cursor and the page size and read
 * only that page, through indexes in the lists' orders:
 * - inbox: the provider's offers, newest first (sent_at, id descending);
 * - out-of-region: per member region in name order, its offers to other regions' locations by id.
 * The outer keyset filter still applies, so the page is exactly what it was.
 *
 * Matching read every location of the region and of every region it pools anything with (3,749
 * rows for 137 candidates in the busiest region at national scale) and asked a definer function
 * per candidate whether its contract was confirmed. It now reads only the regions that pool the
 * request's care type, and asks about the candidates' contracts in one call.
 */
const PROVIDER_OFFERS_COLUMNS = `
  offer_id uuid, region_id uuid, region_name text, status text, sent_at timestamptz, deadline_at timestamptz,
  location_id uuid, location_name text, urgency text, care_type text, expertise_tags text[], intensity_band text,
  birth_year int, gender text, home_municipality text, keep_school boolean, siblings_together boolean,
  constraints text, analysis_summary text, decline_reason text, placement_id uuid, placement_at_risk boolean`;

const PROVIDER_OFFERS_SELECT = `
  select o.id, o.region_id, rg.name, o.status, o.sent_at, o.deadline_at, o.location_id, l.name, r.urgency, r.care_type,
    r.expertise_tags, r.intensity_band, extract(year from c.birth_date)::int, c.gender, m.name, r.keep_school,
    r.siblings_together, r.constraints, r.analysis_summary, o.decline_reason, p.id, p.at_risk
  from offers o
  join regions rg on rg.id = o.region_id
  join locations l on l.region_id = o.location_region_id and l.id = o.location_id
  join placement_requests r on r.region_id = o.region_id and r.id = o.request_id
  join children c on c.region_id = r.region_id and c.id = r.child_id
  join reference_municipalities m on m.code = c.home_municipality_code
  left join placements p on p.region_id = o.region_id and p.offer_id = o.id and p.ended_on is null`;

const OUT_OF_REGION_COLUMNS = `
  offer_id uuid, region_id uuid, justification_id uuid, region_name text, request_id uuid, care_type text, age_years int,
  location_name text, location_region_name text, offer_status text, placed boolean, criteria text[], evidence jsonb,
  in_region_reasons text, justification_status text, decided_at timestamptz`;

const OUT_OF_REGION_SELECT = (from: string) => `
  select o.id, o.region_id, j.id, rr.name, r.id, r.care_type, date_part('year', age(current_date, c.birth_date))::int, l.name, lr.name,
         o.status, exists (select 1 from placements p where p.region_id = o.region_id and p.offer_id = o.id),
         j.criteria, j.evidence, j.in_region_reasons, j.status, j.decided_at
  ${from}
  join placement_requests r on r.region_id = o.region_id and r.id = o.request_id
  join children c on c.region_id = r.region_id and c.id = r.child_id
  join locations l on l.region_id = o.location_region_id and l.id = o.location_id
  join regions lr on lr.id = o.location_region_id
  left join oor_justifications j on j.region_id = o.region_id and j.request_id = o.request_id and j.location_id = o.location_id`;

const upSql = sql.raw(/* sql */ `
create index contracts_confirmed_pair_idx on contracts (region_id, provider_id) where status = 'confirmed';

/* Which of the (region, provider) pairs named have a running confirmed contract: what
   app.contract_confirmed answers for one pair, for all of matching's candidates in one call. */
create function app.confirmed_contracts(regions uuid[], providers uuid[]) returns table (region_id uuid, provider_id uuid)
language sql stable security definer set search_path = public, pg_temp as $$
  select distinct x.region_id, x.provider_id from unnest(regions, providers) as x(region_id, provider_id)
  where exists (select 1 from contracts c where c.region_id = x.region_id and c.provider_id = x.provider_id
                and c.status = 'confirmed' and c.ends_on >= current_date)
$$;
revoke execute on function app.confirmed_contracts(uuid[], uuid[]) from public;
grant execute on function app.confirmed_contracts(uuid[], uuid[]) to jeugdregie_app;

create index offers_provider_sent_idx on offers (provider_id, sent_at, id);
create index offers_out_of_region_idx on offers (region_id, id) where location_region_id <> region_id;

drop function app.provider_offers();
create function app.provider_offers(after_sent_at timestamptz default null, after_id uuid default null, page_size int default 101)
returns table (${PROVIDER_OFFERS_COLUMNS})
language sql stable security definer set search_path = public, pg_temp as $$
  ${PROVIDER_OFFERS_SELECT}
  where app.provider_id() is not null and o.provider_id = app.provider_id()
    and (after_sent_at is null or (o.sent_at, o.id) < (after_sent_at, after_id))
  order by o.sent_at desc, o.id desc
  limit least(greatest(page_size, 1), 101)
$$;
revoke execute on function app.provider_offers(timestamptz, uuid, int) from public;
grant execute on function app.provider_offers(timestamptz, uuid, int) to jeugdregie_app;

drop function app.supra_out_of_region();
create function app.supra_out_of_region(after_region_name text default null, after_id uuid default null, page_size int default 101)
returns table (${OUT_OF_REGION_COLUMNS})
language sql stable security definer set search_path = public, pg_temp as $$
  ${OUT_OF_REGION_SELECT(`from regions rr
  join supra_region_members m on m.region_id = rr.id and m.supra_region_id = app.supra_region_id()
  cross join lateral (
    select * from offers x
    where x.region_id = rr.id and x.location_region_id <> x.region_id
      and (after_region_name is null or rr.name > after_region_name or (rr.name = after_region_name and x.id > after_id))
    order by x.id
    limit least(greatest(page_size, 1), 101)
  ) o`)}
  where after_region_name is null or rr.name >= after_region_name
  order by rr.name, o.id
  limit least(greatest(page_size, 1), 101)
$$;
revoke execute on function app.supra_out_of_region(text, uuid, int) from public;
grant execute on function app.supra_out_of_region(text, uuid, int) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      /* sql */ `
drop function app.provider_offers(timestamptz, uuid, int);
create function app.provider_offers()
returns table (${PROVIDER_OFFERS_COLUMNS})
language sql stable security definer set search_path = public, pg_temp as $$
  ${PROVIDER_OFFERS_SELECT}
  where app.provider_id() is not null and o.provider_id = app.provider_id()
$$;
revoke execute on function app.provider_offers() from public;
grant execute on function app.provider_offers() to jeugdregie_app;

drop function app.supra_out_of_region(text, uuid, int);
create function app.supra_out_of_region()
returns table (${OUT_OF_REGION_COLUMNS})
language sql stable security definer set search_path = public, pg_temp as $$
  ${OUT_OF_REGION_SELECT(`from offers o join regions rr on rr.id = o.region_id`)}
  where o.location_region_id <> o.region_id
    and exists (select 1 from supra_region_members m where m.region_id = o.region_id and m.supra_region_id = app.supra_region_id())
$$;
revoke execute on function app.supra_out_of_region() from public;
grant execute on function app.supra_out_of_region() to jeugdregie_app;
drop index if exists offers_provider_sent_idx, offers_out_of_region_idx, contracts_confirmed_pair_idx;
drop function app.confirmed_contracts(uuid[], uuid[]);
`,
    )
    .execute(db);
}
