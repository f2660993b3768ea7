import { Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/admin-status";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { useLang, useT } from "../i18n.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { status: await caller.system.status().catch(rethrowAsResponse) };
}

export default function AdminStatus({ loaderData }: Route.ComponentProps) {
  const { status } = loaderData;
  const t = useT();
  const lang = useLang();
  const format = (date: Date | string) =>
    new Date(date).toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { timeZone: "Europe/Amsterdam" });
  return (
    <>
      <Heading level={1}>{t("status.title")}</Heading>
      <Heading level={2}>{t("status.workers")}</Heading>
      {status.workers.length === 0 ? (
        <Paragraph>{t("status.none")}</Paragraph>
      ) : (
        <Table>
          <TableHead columns={["Worker", "Status", t("status.lastBeat"), t("status.beats"), t("status.started")]} />
          <TableBody>
            {status.workers.map((w) => (
              <Row key={w.workerId}>
                <Cell>{w.workerId}</Cell>
                <Cell>
                  <span data-testid="worker-status">
                    <span className={`jr-status-dot jr-status-dot--${w.alive ? "ok" : "down"}`} aria-hidden="true" />
                    {w.alive ? t("status.alive") : t("status.down")}
                  </span>
                </Cell>
                <Cell>{format(w.lastBeatAt)}</Cell>
                <Cell numeric>{w.beats}</Cell>
                <Cell>{format(w.startedAt)}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
