import { AppError } from "@jeugdregie/domain";

/**
 * Request bodies are read with their size limit enforced while reading: a declared length over
 * the limit is refused before a byte is read, and a body that turns out longer stops being read
 * (and the sender is cut off) as soon as it passes the limit, so at most the limit plus one
 * chunk is ever held. Refusals are AppError TOO_LARGE (HTTP 413).
 */
export const bodyTooLarge = (maxBytes: number) =>
  new AppError("TOO_LARGE", {
    nl: `Het verzoek is te groot: hoogstens ${megabytes(maxBytes)} MB.`,
    en: `The request is too large: at most ${megabytes(maxBytes)} MB.`,
  });

const megabytes = (bytes: number) => Math.floor(bytes / 1024 / 1024);

export interface LimitedRequest {
  request: Request;
  /** True once the body went past the limit (the stream then errors). */
  exceeded(): boolean;
}

/** The same request with a body that errors once more than maxBytes have been read. */
export function limitBody(request: Request, maxBytes: number, tooLarge: () => AppError = () => bodyTooLarge(maxBytes)): LimitedRequest {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return { request, exceeded: () => false };
  const source = request.body.getReader();
  let read = 0;
  let exceeded = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await source.read();
      if (done) return controller.close();
      read += value.byteLength;
      if (read > maxBytes) {
        exceeded = true;
        await source.cancel();
        controller.error(tooLarge());
        return;
      }
      controller.enqueue(value);
    },
    cancel: (reason) => source.cancel(reason),
  });
  const limited = new Request(request.url, { method: request.method, headers: request.headers, body, duplex: "half" } as RequestInit);
  return { request: limited, exceeded: () => exceeded };
}

/** request.formData(), but never more than maxBytes read or held. */
export async function readFormData(request: Request, maxBytes: number, tooLarge?: () => AppError): Promise<FormData> {
  const limited = limitBody(request, maxBytes, tooLarge);
  try {
    return await limited.request.formData();
  } catch (error) {
    if (limited.exceeded()) throw tooLarge?.() ?? bodyTooLarge(maxBytes);
    if (error instanceof AppError) throw error;
    throw new AppError("BAD_INPUT", { nl: "Het formulier kon niet gelezen worden.", en: "The form could not be read." });
  }
}
