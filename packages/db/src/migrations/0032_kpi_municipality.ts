import { sql, type Kysely } from "kysely";

/**
 * The region dashboard (issue 13, part 2) filters on the child's home municipality: the monthly
 * computation now also splits the KPIs about requests by it, so a municipality's trend is stored
 * like a care type's and never recomputed from history. Null means all municipalities; the
 * one-value and series indexes take the new split (a snapshot is one value per split).
 */
const upSql = sql.raw(/* sql */ `
alter table kpi_snapshots add column municipality_code text check (municipality_code is null or municipality_code ~ '^GM[0-9]{4}$');
drop index kpi_snapshots_one_value_idx;
create unique index kpi_snapshots_one_value_idx
  on kpi_snapshots (region_id, month, kpi, care_type, provider_id, location_id, municipality_code, breakdown) nulls not distinct;
drop index kpi_snapshots_series_idx;
create index kpi_snapshots_series_idx on kpi_snapshots
  (region_id, kpi, coalesce(care_type, ''), coalesce(provider_id::text, ''), coalesce(location_id::text, ''),
   coalesce(municipality_code, ''), coalesce(breakdown, ''), month, id);
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `delete from kpi_snapshots where municipality_code is not null;
       drop index kpi_snapshots_one_value_idx, kpi_snapshots_series_idx;
       alter table kpi_snapshots drop column municipality_code;
       create unique index kpi_snapshots_one_value_idx
         on kpi_snapshots (region_id, month, kpi, care_type, provider_id, location_id, breakdown) nulls not distinct;
       create index kpi_snapshots_series_idx on kpi_snapshots
         (region_id, kpi, coalesce(care_type, ''), coalesce(provider_id::text, ''), coalesce(location_id::text, ''),
          coalesce(breakdown, ''), month, id);`,
    )
    .execute(db);
}
