import { ROLE_LABELS, type Role } from "@jeugdregie/domain";

export function invitationUrl(appUrl: string, token: string): string {
  return new URL(`/uitnodiging/${token}`, appUrl).toString();
}

export function invitationEmail(url: string, organisation: string, role: Role) {
  return {
    subject: `Uitnodiging voor Jeugdregie (${organisation})`,
    body: [
      "Goedendag,",
      "",
      `Je bent uitgenodigd als ${ROLE_LABELS[role].nl.toLowerCase()} voor ${organisation} in Jeugdregie.`,
      `Maak je account aan via deze link (7 dagen geldig, één keer te gebruiken):`,
      url,
      "",
      "Heb je deze uitnodiging niet verwacht? Dan kun je dit bericht negeren.",
    ].join("\n"),
  };
}
