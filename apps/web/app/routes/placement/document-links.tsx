import { documentDisposition } from "@jeugdregie/domain";

/**
 * Open a document in the browser (PDF and images) or download it; both through /documenten,
 * where the API decides who may and records the opening. The filename is in the label, so a
 * screen reader says which document each link opens.
 */
export function DocumentLinks({ document: doc }: { document: { id: string; filename: string; content_type: string } }) {
  const href = `/documenten/${doc.id}`;
  return documentDisposition(doc.content_type) === "inline" ? (
    <>
      <a className="utrecht-link" href={href} target="_blank" rel="noopener" aria-label={`${doc.filename} openen (nieuw tabblad)`}>
        Openen
      </a>
      {" · "}
      <a className="utrecht-link" href={`${href}?downloaden`} aria-label={`${doc.filename} downloaden`}>
        Downloaden
      </a>
    </>
  ) : (
    <a className="utrecht-link" href={`${href}?downloaden`} aria-label={`${doc.filename} downloaden`}>
      Downloaden
    </a>
  );
}
