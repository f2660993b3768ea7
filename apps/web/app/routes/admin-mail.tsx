import { Form, useNavigation } from "react-router";
import { codeLabel } from "@jeugdregie/domain";
import { Alert, Badge, Button, Cell, Heading, Paragraph, Row, StatCard, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/admin-mail";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { runAction, text } from "../lib/forms.server.ts";
import { dateTime } from "../lib/format.ts";
import { FormMessages } from "../components/FormMessages.tsx";
import { cursorFrom, Pager } from "../components/Pager.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { mail: await caller.system.mail({ cursor: cursorFrom(request) }).catch(rethrowAsResponse) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    await caller.system.retryMail({ outboxMessageId: text(form, "outboxMessageId") });
    return { ok: true, message: "Het bericht staat weer klaar: de worker verstuurt het bij de volgende ronde." };
  });
}

/** The platform admin's view of mail that did not go out: who, what, how often, why; never the body. */
export default function AdminMail({ loaderData, actionData }: Route.ComponentProps) {
  const { counts, items: messages, nextCursor } = loaderData.mail;
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading level={1}>Uitgaande post</Heading>
      <Paragraph lead>
        E-mail gaat via een wachtrij: het platform verstuurt elk bericht en probeert het bij een storing later opnieuw, steeds iets later.
        Na het maximale aantal pogingen wordt een bericht opgegeven. Je ziet hier ontvanger, onderwerp en foutmelding; de inhoud blijft
        versleuteld.
      </Paragraph>
      <div className="jr-cards">
        <StatCard value={counts.pending ?? 0} label="wacht op verzending" />
        <StatCard value={counts.sent ?? 0} label="verstuurd" />
        <StatCard value={counts.failed ?? 0} label="wordt opnieuw geprobeerd" />
        <StatCard value={counts.dead ?? 0} label="opgegeven" />
      </div>
      <FormMessages result={actionData as { ok?: boolean; message?: string; error?: string } | undefined} />
      {messages.length === 0 ? (
        <Alert type="ok">Alle e-mail is verstuurd: er wacht niets op een nieuwe poging.</Alert>
      ) : (
        <Table caption="Berichten die niet zijn verstuurd">
          <TableHead columns={["Ontvanger", "Onderwerp", "Status", "Pogingen", "Laatste fout", "Aangemaakt", "Actie"]} />
          <TableBody>
            {messages.map((m) => (
              <Row key={m.id}>
                <Cell>{m.recipient}</Cell>
                <Cell>{m.subject}</Cell>
                <Cell>
                  <Badge>{codeLabel("outboxStatus", m.status)}</Badge>
                  {m.nextAttemptAt && <div>volgende poging {dateTime(m.nextAttemptAt)}</div>}
                </Cell>
                <Cell numeric>{m.attempts}</Cell>
                <Cell>{m.lastError ?? "—"}</Cell>
                <Cell>{dateTime(m.createdAt)}</Cell>
                <Cell>
                  <Form method="post">
                    <input type="hidden" name="outboxMessageId" value={m.id} />
                    <Button appearance="secondary" disabled={busy} aria-label={`Opnieuw proberen: ${m.subject} aan ${m.recipient}`}>
                      Opnieuw proberen
                    </Button>
                  </Form>
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager nextCursor={nextCursor} />
    </>
  );
}
