/** Types a browser shows itself without running anything of ours: opened in the browser; the rest is downloaded. */
export const INLINE_DOCUMENT_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;

export function documentDisposition(contentType: string): "inline" | "attachment" {
  return (INLINE_DOCUMENT_TYPES as readonly string[]).includes(contentType) ? "inline" : "attachment";
}
