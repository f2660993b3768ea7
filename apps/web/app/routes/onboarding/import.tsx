import { Form, Link, redirect, useNavigation } from "react-router";
import { Button, Cell, FormField, Heading, Paragraph, Row, Select, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/import";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { codeLabel, IMPORT_KINDS, MAX_IMPORT_BYTES } from "@jeugdregie/domain";
import { FORM_OVERHEAD_BYTES, readFormData, runAction, text } from "../../lib/forms.server.ts";
import { dateTime } from "../../lib/format.ts";
import { FormMessages } from "../../components/FormMessages.tsx";
import { cursorFrom, Pager } from "../../components/Pager.tsx";

type Kind = "providers" | "locations" | "contracts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const page = await caller.imports.list({ cursor: cursorFrom(request) }).catch(rethrowAsResponse);
  return { imports: page.items, nextCursor: page.nextCursor };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const result = await runAction(async () => {
    const form = await readFormData(request, MAX_IMPORT_BYTES + FORM_OVERHEAD_BYTES);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return { error: "Kies een CSV-bestand." };
    const job = await caller.imports.start({ kind: text(form, "kind") as Kind, filename: file.name, content: await file.text() });
    return { ok: true, id: job.id };
  });
  if ("id" in result && typeof result.id === "string") throw redirect(`/inrichting/import/${result.id}`);
  return result;
}

export default function Import({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading level={2}>Importeren en exporteren</Heading>
      <Paragraph>
        Lever aanbieders, locaties of contracten aan als CSV (scheidingsteken ;). Elke regel wordt gecontroleerd; bij één fout regel wordt
        niets opgeslagen en krijg je per regelnummer de reden. Grote bestanden worden op de achtergrond verwerkt, met voortgang.
      </Paragraph>
      <Table caption="Sjablonen en export">
        <TableHead columns={["Wat", "Sjabloon", "Huidige gegevens"]} />
        <TableBody>
          {IMPORT_KINDS.map((kind) => (
            <Row key={kind}>
              <Cell>{codeLabel("importKind", kind)}</Cell>
              <Cell>
                <a className="utrecht-link" href={`/inrichting/import/sjabloon/${kind}`} download>
                  Sjabloon (CSV)
                </a>
              </Cell>
              <Cell>
                <a className="utrecht-link" href={`/inrichting/import/export/${kind}`} download>
                  Exporteren (CSV)
                </a>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <FormMessages result={actionData as { error?: string } | undefined} />
      <Form method="post" encType="multipart/form-data" className="jr-fieldset">
        <div className="jr-form-row">
          <FormField label="Wat importeer je?" htmlFor="kind">
            <Select id="kind" name="kind">
              {IMPORT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {codeLabel("importKind", kind)}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label="CSV-bestand" htmlFor="file">
            <input
              id="file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              required
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          </FormField>
          <Button disabled={busy}>Importeren</Button>
        </div>
      </Form>
      <Table caption="Eerdere imports">
        <TableHead columns={["Bestand", "Wat", "Gestart", "Status", "Regels", "Fouten"]} />
        <TableBody>
          {loaderData.imports.map((i) => (
            <Row key={i.id}>
              <Cell>
                <Link className="utrecht-link" to={`/inrichting/import/${i.id}`}>
                  {i.filename}
                </Link>
              </Cell>
              <Cell>{codeLabel("importKind", i.kind)}</Cell>
              <Cell>{dateTime(i.createdAt)}</Cell>
              <Cell>{codeLabel("importStatus", i.status)}</Cell>
              <Cell numeric>{i.totalRows}</Cell>
              <Cell numeric>{i.errors.length}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Pager nextCursor={loaderData.nextCursor} />
    </>
  );
}
