import { Form, redirect, useNavigation } from "react-router";
import { allowedActions, codeLabel, DOCUMENT_LABELS, DOCUMENT_TYPES, type DocumentType } from "@jeugdregie/domain";
import { Alert, Button, Cell, FormField, Heading, Options, Paragraph, Row, Select, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/referrer-detail";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { documentTooLarge, FORM_OVERHEAD_BYTES, MAX_DOCUMENT_BYTES, readFormData, runAction, text } from "../../lib/forms.server.ts";
import { dateTime } from "../../lib/format.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { useResetOnSuccess } from "../../components/useResetOnSuccess.ts";
import { ReferrerFacts, ReferrerOutcome } from "./referrer-facts.tsx";
import { statusLabel } from "./request-records.tsx";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { request: await caller.intake.get({ requestId: params.id }).catch(rethrowAsResponse) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const result = await runAction(async () => {
    // read while counting: a file over 10 MB is refused without holding more than that
    const form = await readFormData(request, MAX_DOCUMENT_BYTES + FORM_OVERHEAD_BYTES, () => documentTooLarge());
    if (text(form, "intent") === "submit") {
      await caller.intake.submit({ requestId: params.id });
      return { ok: true, message: "Aanmelding ingediend bij het centraal punt." };
    }
    if (text(form, "intent") === "delete") {
      await caller.intake.deleteDraft({ requestId: params.id });
      return { ok: true, deleted: true };
    }
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return { error: "Kies een bestand." };
    await caller.intake.uploadDocument({
      requestId: params.id,
      kind: text(form, "kind") as DocumentType,
      filename: file.name,
      contentType: file.type,
      contentBase64: Buffer.from(await file.arrayBuffer()).toString("base64"),
    });
    return { ok: true, message: `${file.name} toegevoegd.` };
  });
  if ("deleted" in result && result.deleted) throw redirect("/aanmeldingen?verwijderd");
  return result;
}

export default function ReferrerRequest({ loaderData, actionData }: Route.ComponentProps) {
  const { request } = loaderData;
  const busy = useNavigation().state === "submitting";
  const formRef = useResetOnSuccess(actionData);
  const missing = request.requiredDocuments.filter((d) => !request.documents.includes(d));
  // The state machine decides what this status allows; the page only shows those actions.
  const can = new Set(allowedActions(request.status));
  return (
    <>
      <Heading level={1}>
        Aanmelding {request.initials ? `${request.initials} · ` : ""}
        {request.pseudonym}
      </Heading>
      <Paragraph lead>
        Status: <strong data-testid="request-status">{codeLabel("requestStatus", request.status)}</strong>
        {request.referrer_reference && <> · jouw kenmerk: {request.referrer_reference}</>}
      </Paragraph>
      <FormMessages result={actionData as { error?: string; message?: string } | undefined} />
      <ReferrerOutcome request={request} />

      <div className="jr-request-layout">
        <ReferrerFacts request={request} />
        <div>
          {request.documentList.length === 0 ? (
            <Paragraph>
              <strong>Documenten:</strong> nog geen documenten toegevoegd.
            </Paragraph>
          ) : (
            <Table caption="Documenten">
              <TableHead columns={["Soort", "Bestand", "Grootte", "Toegevoegd"]} />
              <TableBody>
                {request.documentList.map((d) => (
                  <Row key={d.id}>
                    <Cell>{codeLabel("documentType", d.kind, "document")}</Cell>
                    <Cell>{d.filename}</Cell>
                    <Cell numeric>{Math.ceil(d.size_bytes / 1024)} kB</Cell>
                    <Cell>{dateTime(d.uploaded_at)}</Cell>
                  </Row>
                ))}
              </TableBody>
            </Table>
          )}
          {missing.length > 0 && (
            <Paragraph>
              Nog nodig voordat het centraal punt kan matchen: {missing.map((d) => codeLabel("documentType", d).toLowerCase()).join(", ")}.
            </Paragraph>
          )}
          {can.has("addDocument") && (
            <Form method="post" encType="multipart/form-data" className="jr-fieldset" ref={formRef}>
              <div className="jr-form-row">
                <FormField label="Soort document" htmlFor="kind">
                  <Select id="kind" name="kind" defaultValue={missing[0] ?? "dossier"}>
                    <Options values={DOCUMENT_TYPES} label={(d) => DOCUMENT_LABELS[d].nl} />
                  </Select>
                </FormField>
                <FormField label="Bestand (PDF, Word, ODT, PNG of JPEG; hoogstens 10 MB)" htmlFor="file">
                  <input
                    id="file"
                    name="file"
                    type="file"
                    required
                    accept=".pdf,.docx,.odt,.png,.jpg,.jpeg"
                    className="utrecht-textbox utrecht-textbox--html-input"
                  />
                </FormField>
                <Button appearance="secondary" disabled={busy}>
                  Document toevoegen
                </Button>
              </div>
            </Form>
          )}
          {(can.has("submit") || can.has("deleteDraft")) && (
            <div className="jr-form-row">
              {can.has("submit") && (
                <Form method="post">
                  <input type="hidden" name="intent" value="submit" />
                  <Button disabled={busy}>Aanmelding indienen</Button>
                </Form>
              )}
              {can.has("deleteDraft") && (
                <Form method="post" className="jr-inline-form">
                  <input type="hidden" name="intent" value="delete" />
                  <details>
                    <summary>Concept verwijderen</summary>
                    <Alert type="warning">
                      Het concept en zijn documenten worden verwijderd. Dit kan niet ongedaan worden gemaakt; het verwijderen wordt
                      vastgelegd.
                    </Alert>
                    <Button appearance="secondary" disabled={busy}>
                      Ja, verwijder dit concept
                    </Button>
                  </details>
                </Form>
              )}
            </div>
          )}
          <Table caption="Statusverloop">
            <TableHead columns={["Wanneer", "Status"]} />
            <TableBody>
              {request.history.map((h, i) => (
                <Row key={i}>
                  <Cell>{dateTime(h.changed_at)}</Cell>
                  <Cell>
                    <span data-testid="history-status">{statusLabel(h.status)}</span>
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </div>
      </div>
    </>
  );
}
