import { Form, Link } from "react-router";
import { AUDIT_ENTITY_LABELS, auditChanges, auditWhat, isRole, readable, ROLE_LABELS } from "@jeugdregie/domain";
import { Button, Cell, FormField, Heading, Paragraph, Row, Select, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/audit";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { dateTime } from "../../lib/format.ts";
import { cursorFrom, PAGE_PARAM } from "../../components/Pager.tsx";

const PAGE_SIZE = 50;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const url = new URL(request.url);
  const entity = url.searchParams.get("soort") || undefined;
  const cursor = cursorFrom(request);
  const page = await caller.audit.page({ entity: entity?.slice(0, 60), cursor, limit: PAGE_SIZE }).catch(rethrowAsResponse);
  return {
    entity: entity ?? "",
    paged: Boolean(cursor),
    nextCursor: page.nextCursor,
    entities: page.entities.map((e) => ({ value: e, label: AUDIT_ENTITY_LABELS[e] ?? readable(e) })),
    // Rendered here: the page gets words, never stored codes or raw JSON.
    entries: page.items.map((e) => ({
      id: e.id,
      occurredAt: e.occurredAt,
      who: e.userEmail ?? (isRole(e.role) ? ROLE_LABELS[e.role].nl : "Systeem (automatische taak)"),
      what: auditWhat(e.entity, e.action),
      changes: auditChanges(e.details),
    })),
  };
}

const pageLink = (entity: string, cursor?: string | null) => {
  const params = new URLSearchParams();
  if (entity) params.set("soort", entity);
  if (cursor) params.set(PAGE_PARAM, cursor);
  const query = params.toString();
  return `/inrichting/audit${query ? `?${query}` : ""}`;
};

export default function Audit({ loaderData }: Route.ComponentProps) {
  const { entries, entities, entity, paged, nextCursor } = loaderData;
  return (
    <>
      <Heading level={2}>Wijzigingen (audit)</Heading>
      <Paragraph>
        Elke wijziging in de inrichting: wie, wat, wat er veranderde en wanneer, nieuwste eerst. Het logboek is alleen aan te vullen, nooit
        te wijzigen (hash-keten).
      </Paragraph>
      <Form method="get" className="jr-filters">
        <FormField label="Soort" htmlFor="soort">
          <Select id="soort" name="soort" defaultValue={entity}>
            <option value="">Alles</option>
            {entities.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </Select>
        </FormField>
        <Button appearance="secondary">Toon</Button>
      </Form>
      <Table caption={`${entries.length} wijzigingen${paged ? " (oudere)" : ""}`}>
        <TableHead columns={["Wanneer", "Wie", "Wat", "Wat veranderde"]} />
        <TableBody>
          {entries.map((e) => (
            <Row key={e.id}>
              <Cell>{dateTime(e.occurredAt)}</Cell>
              <Cell>
                <span className="jr-audit-who">{e.who}</span>
              </Cell>
              <Cell>
                <span data-testid="audit-what">{e.what}</span>
              </Cell>
              <Cell>
                {e.changes.length > 0 && (
                  <dl className="jr-audit-changes">
                    {e.changes.map((c, i) => (
                      <div key={i}>
                        <dt>{c.field}</dt>
                        <dd>
                          {c.before !== null && c.after !== null ? (
                            <>
                              <del>{c.before}</del> <span aria-hidden="true">→</span>
                              <span className="jr-visually-hidden"> wordt </span> <ins>{c.after}</ins>
                            </>
                          ) : (
                            (c.after ?? <del>{c.before}</del>)
                          )}
                        </dd>
                      </div>
                    ))}
                  </dl>
                )}
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <nav aria-label="Bladeren door het logboek" className="jr-form-row">
        {paged && (
          <Link className="utrecht-link" to={pageLink(entity)}>
            ← Nieuwste wijzigingen
          </Link>
        )}
        {nextCursor && (
          <Link className="utrecht-link" to={pageLink(entity, nextCursor)} data-testid="audit-older">
            Oudere wijzigingen →
          </Link>
        )}
      </nav>
    </>
  );
}
