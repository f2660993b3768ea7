import type { NextFunction, Request, Response } from "express";

/**
 * No request body larger than the largest thing the platform accepts (a 10 MB document as
 * base64 in an API call). Refused from the declared length before a byte is read; a body
 * without a declared length is refused too (browsers always declare it), so Node's parser never
 * delivers more than was declared. Routes read their bodies with tighter limits (readFormData).
 */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

const page = (title: string, text: string) =>
  `<!doctype html><html lang="nl"><meta charset="utf-8"><title>${title}</title><main style="font-family:sans-serif;max-width:40rem;margin:3rem auto"><h1>${title}</h1><p>${text}</p><p><a href="javascript:history.back()">Terug</a></p></main></html>`;

export function requestLimits(req: Request, res: Response, next: NextFunction) {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const declared = req.get("content-length");
  if (declared === undefined && req.get("transfer-encoding")) {
    res.status(411).set("Connection", "close").type("html").send(page("Lengte ontbreekt", "Stuur het verzoek met een Content-Length."));
    return;
  }
  if (Number(declared) > MAX_REQUEST_BYTES) {
    res
      .status(413)
      .set("Connection", "close")
      .type("html")
      .send(page("Bestand te groot", "Het verzoek is te groot: een document is hoogstens 10 MB. Kies een kleiner bestand."));
    return;
  }
  next();
}
