/** What an audit entry is about and what happened, in words people read (never the stored codes). */
export const AUDIT_ENTITY_LABELS: Record<string, { nl: string; en: string }> = {
  placement_request: { nl: "aanmelding", en: "request" },
  request_document: { nl: "document", en: "document" },
  child: { nl: "gegevens van het kind", en: "child's details" },
  offer: { nl: "voorlegging", en: "offer" },
  placement: { nl: "plaatsing", en: "placement" },
};

export const AUDIT_ACTION_LABELS: Record<string, { nl: string; en: string }> = {
  read: { nl: "ingezien", en: "viewed" },
  create: { nl: "aangemaakt", en: "created" },
  update: { nl: "gewijzigd", en: "changed" },
  delete: { nl: "verwijderd", en: "deleted" },
  access_refused: { nl: "toegang geweigerd", en: "access refused" },
};

/** "document ingezien"; an unknown entity or action reads as a neutral phrase, never as its code. */
export function auditEventLabel(entity: string, action: string): string {
  return `${AUDIT_ENTITY_LABELS[entity]?.nl ?? "gegevens"} ${AUDIT_ACTION_LABELS[action]?.nl ?? "bewerkt"}`;
}
