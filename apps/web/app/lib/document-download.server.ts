/**
 * The one way a page hands out an uploaded document. Its type was checked from its bytes at
 * upload, so the stored Content-Type is what the file is; PDF and images open in the browser,
 * anything else is downloaded. `sandbox` gives the document a unique origin with no scripts,
 * forms or plugins of ours, so a PDF cannot act in this site. nosniff, which keeps the type as
 * stated, is set for every response by server.ts (a second one here would repeat the header).
 */
export function documentResponse(
  doc: { filename: string; contentType: string; disposition: "inline" | "attachment"; contentBase64: string },
  options: { download?: boolean } = {},
): Response {
  const disposition = options.download ? "attachment" : doc.disposition;
  const ascii = doc.filename.replace(/[^\w.-]/g, "_");
  return new Response(Buffer.from(doc.contentBase64, "base64"), {
    headers: {
      "Content-Type": doc.contentType,
      "Content-Disposition": `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
      "Content-Security-Policy": "sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "private, no-store",
    },
  });
}
