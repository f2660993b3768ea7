import { createHash } from "node:crypto";
import { csvDocument, ERROR_STATUS, type AppError, type CsvText } from "@jeugdregie/domain";

/** How a CSV leaves the platform: the web app's csvDownload (the one place that serves CSV), handed in by the route. */
export type CsvDownload = (file: { filename: string; content: CsvText }) => Response;

/**
 * How the open API answers: the same release gives the same bytes. JSON with every object's keys
 * in sorted order (the stored JSONB has its own key order), arrays in the order the release was
 * built in, no time of the request anywhere; an ETag from the bytes, so clients can cache.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const etag = (body: string) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;

function answer(body: string, contentType: string, request: Request, extra: Record<string, string> = {}): Response {
  const tag = etag(body);
  const headers = { "content-type": contentType, "cache-control": "public, max-age=300", etag: tag, vary: "accept", ...extra };
  if (request.headers.get("if-none-match") === tag) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}

export function jsonAnswer(request: Request, value: unknown): Response {
  return answer(canonicalJson(value), "application/json; charset=utf-8", request);
}

/** A CSV table (csvDocument: semicolons, formula-looking cells defused), as a download named after what it holds. */
export function csvAnswer(csv: CsvDownload, filename: string, rows: string[][]): Response {
  return csv({ filename: `${filename}.csv`, content: csvDocument(rows) });
}

/** A refusal: the status of its code, the Dutch message first and the English one beside it; always JSON. */
export function errorAnswer(error: AppError): Response {
  const status = ERROR_STATUS[error.code].http;
  return new Response(canonicalJson({ error: { code: error.code, message: error.message, messageEn: error.messageEn } }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}
