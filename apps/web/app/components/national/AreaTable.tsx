import { Link } from "react-router";
import type { OpenMetricDefinition } from "@jeugdregie/domain";
import { figureText, REGION_COLUMNS, type RegionColumn, type RegionRow } from "../../lib/national/view.ts";
import { Definitions, labelOf, unitOf } from "./Definitions.tsx";
import { ScrollArea } from "@jeugdregie/ui";

export interface SortState {
  column: RegionColumn;
  direction: "op" | "af";
  /** The link that sorts by a column (the other direction when it is the current one). */
  href: (column: RegionColumn) => string;
}

/**
 * Areas (regions or supra areas) as rows, every figure of the chosen care type as columns, as the
 * release published them. With `sort`, each header is a link that sorts the table (works without
 * JavaScript) and says how it is sorted (aria-sort).
 */
export function AreaTable({
  caption,
  rows,
  definitions,
  supraNames,
  sort,
  highlight,
  testId,
}: {
  caption: string;
  rows: RegionRow[];
  definitions: OpenMetricDefinition[];
  /** Show each row's supra area (the region table). */
  supraNames?: ReadonlyMap<string, string>;
  sort?: SortState;
  /** A row to mark (a policy officer's own region). */
  highlight?: string;
  testId: string;
}) {
  const header = (column: RegionColumn, label: string) => {
    const current = sort?.column === column;
    return (
      <th
        key={column}
        scope="col"
        className="utrecht-table__header-cell"
        aria-sort={current ? (sort!.direction === "op" ? "ascending" : "descending") : undefined}
        title={column === "name" ? undefined : definitions.find((d) => d.metric === column)?.definition}
      >
        {sort ? (
          <Link className="utrecht-link" to={sort.href(column)} preventScrollReset>
            {label}
            {current ? (sort.direction === "op" ? " ▲" : " ▼") : ""}
          </Link>
        ) : (
          label
        )}
      </th>
    );
  };
  return (
    <>
      <ScrollArea label={caption}>
        <table className="utrecht-table utrecht-table--html-table jr-area-table" data-testid={testId}>
          <caption className="utrecht-table__caption">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {header("name", "Gebied")}
              {supraNames && (
                <th scope="col" className="utrecht-table__header-cell">
                  Landsdeel
                </th>
              )}
              {REGION_COLUMNS.map((m) => header(m, labelOf(definitions, m)))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((r) => (
              <tr
                key={r.code}
                className={r.code === highlight ? "utrecht-table__row jr-row-highlight" : "utrecht-table__row"}
                data-area={r.code}
              >
                <th scope="row" className="utrecht-table__header-cell">
                  {r.name}
                  {r.code === highlight && <span className="jr-muted"> (uw regio)</span>}
                </th>
                {supraNames && <td className="utrecht-table__cell">{r.supraArea ? (supraNames.get(r.supraArea) ?? r.supraArea) : ""}</td>}
                {REGION_COLUMNS.map((m) => (
                  <td key={m} className="utrecht-table__cell utrecht-table__cell--numeric" data-metric={m}>
                    {figureText(r.figures[m], unitOf(definitions, m))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <Definitions definitions={definitions} metrics={REGION_COLUMNS} />
    </>
  );
}
