import type { OpenFlow, OpenMetricDefinition } from "@jeugdregie/domain";
import { figureText, flowMatrix, heat } from "../../lib/national/view.ts";
import { Definitions } from "./Definitions.tsx";
import { ScrollArea } from "@jeugdregie/ui";

/**
 * The region-to-region flow matrix ("geen kind de regio uit"): children of the row's region in a
 * running placement in the column's region, as published. A table first (every cell has its text;
 * the colour only repeats it, darker for more), so it is its own table alternative.
 */
export function FlowMatrix({
  flows,
  rowCodes,
  names,
  definitions,
}: {
  flows: OpenFlow[];
  rowCodes: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  definitions: OpenMetricDefinition[];
}) {
  const matrix = flowMatrix(flows, rowCodes);
  if (matrix.rows.length === 0)
    return <p className="utrecht-paragraph">Deze publicatie heeft geen stromen tussen regio&rsquo;s met gegevens.</p>;
  const name = (code: string) => names.get(code) ?? code;
  // One region that sends nobody elsewhere: a sentence, not a matrix of one empty cell.
  if (matrix.rows.length === 1 && matrix.columns.length === 1)
    return (
      <p className="utrecht-paragraph" data-testid="no-outgoing-flows">
        Er zijn geen kinderen uit {name(matrix.rows[0]!)} in een andere regio geplaatst.
      </p>
    );
  return (
    <>
      <ScrollArea label="Stromenmatrix">
        <table className="utrecht-table utrecht-table--html-table jr-flow-matrix" data-testid="flow-matrix">
          <caption className="utrecht-table__caption">
            Kinderen per regio van herkomst (rijen) geplaatst in een andere regio (kolommen)
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Van \ naar
              </th>
              {matrix.columns.map((c) => (
                <th key={c} scope="col" className="utrecht-table__header-cell jr-flow-matrix__to">
                  <span>{name(c)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {matrix.rows.map((from) => (
              <tr key={from} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {name(from)}
                </th>
                {matrix.columns.map((to) => {
                  const flow = matrix.cell(from, to);
                  const hidden = flow?.status === "suppressed";
                  return (
                    <td
                      key={to}
                      className={`utrecht-table__cell jr-heat jr-heat--${from === to ? "self" : hidden ? "hidden" : heat(flow, matrix.max)}`}
                      data-from={from}
                      data-to={to}
                    >
                      {from === to ? <span className="jr-visually-hidden">eigen regio</span> : figureText(flow, "children")}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <p className="jr-legend utrecht-paragraph">
        <span className="jr-heat jr-heat--0">0</span> <span className="jr-heat jr-heat--1">weinig</span>{" "}
        <span className="jr-heat jr-heat--2">meer</span> <span className="jr-heat jr-heat--3">veel</span>{" "}
        <span className="jr-heat jr-heat--4">meest</span> <span className="jr-heat jr-heat--hidden">&lt;10 of x: afgeschermd</span> De kleur
        herhaalt het getal in de cel. Kolommen van regio&rsquo;s buiten dit gebied staan er alleen als er kinderen naartoe gaan.
      </p>
      <Definitions definitions={definitions} metrics={["out_of_region"]} />
    </>
  );
}
