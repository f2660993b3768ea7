/** Dutch name particles (tussenvoegsels): written as small letters in initials ("S.d.V."). */
const PARTICLES = new Set([
  "de",
  "der",
  "den",
  "van",
  "von",
  "het",
  "'t",
  "ten",
  "ter",
  "te",
  "in",
  "op",
  "aan",
  "la",
  "le",
  "du",
  "da",
  "di",
]);

/**
 * The initials a referrer recognises a child by in their list ("Sem de Vries" → "S.d.V."),
 * derived once at intake so the list never needs the full name. Null when there is no name.
 */
export function initialsOf(name: string | null | undefined): string | null {
  const parts = (name ?? "")
    .normalize("NFC")
    .split(/[\s-]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const letters = parts.flatMap((part) => {
    const letter = part.match(/\p{L}/u)?.[0];
    if (!letter) return [];
    return [PARTICLES.has(part.toLocaleLowerCase("nl")) ? letter.toLocaleLowerCase("nl") : letter.toLocaleUpperCase("nl")];
  });
  return letters.length === 0 ? null : `${letters.slice(0, 8).join(".")}.`;
}
