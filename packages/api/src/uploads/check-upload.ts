import { AppError } from "@jeugdregie/domain";
import { inspectOfficeZip, inspectPdf, type ContentVerdict } from "./document-content.ts";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const latin1 = (text: string) => [...Buffer.from(text, "latin1")];
const zip = [0x50, 0x4b, 0x03, 0x04];

/**
 * Accepted document types, recognised by their bytes as well as by name and declared type:
 * the signature at the start, and for the zip-based formats what the zip holds.
 */
const TYPES: {
  contentType: string;
  extensions: string[];
  magic: number[];
  holds?: (content: Buffer) => boolean;
  inspect?: (content: Buffer) => ContentVerdict;
}[] = [
  { contentType: "application/pdf", extensions: [".pdf"], magic: latin1("%PDF-"), inspect: inspectPdf },
  {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: [".docx"],
    magic: zip,
    holds: (content) => content.includes("[Content_Types].xml") && content.includes("word/"),
    inspect: inspectOfficeZip,
  },
  {
    contentType: "application/vnd.oasis.opendocument.text",
    extensions: [".odt"],
    magic: zip,
    // ODF puts an uncompressed "mimetype" entry first
    holds: (content) => content.subarray(30, 77).toString("latin1") === "mimetypeapplication/vnd.oasis.opendocument.text",
    inspect: inspectOfficeZip,
  },
  { contentType: "image/png", extensions: [".png"], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { contentType: "image/jpeg", extensions: [".jpg", ".jpeg"], magic: [0xff, 0xd8, 0xff] },
];

export const tooLarge = (bytes?: number) =>
  new AppError("TOO_LARGE", {
    nl: `Het bestand is ${bytes === undefined ? "groter dan 10 MB" : `${(bytes / 1024 / 1024).toFixed(1)} MB`}; een document is hoogstens 10 MB.`,
    en: `The file is ${bytes === undefined ? "larger than 10 MB" : `${(bytes / 1024 / 1024).toFixed(1)} MB`}; a document is at most 10 MB.`,
  });

export function checkUpload(filename: string, contentType: string, content: Buffer): Buffer {
  if (content.length === 0) throw new AppError("BAD_INPUT", { nl: "Het bestand is leeg.", en: "The file is empty." });
  if (content.length > MAX_DOCUMENT_BYTES) throw tooLarge(content.length);
  const lower = filename.toLowerCase();
  const type = TYPES.find((t) => t.contentType === contentType && t.extensions.some((e) => lower.endsWith(e)));
  if (!type || !type.magic.every((byte, i) => content[i] === byte) || (type.holds && !type.holds(content))) {
    throw new AppError("BAD_INPUT", {
      nl: "Dit bestandstype wordt niet aangenomen: lever PDF, Word (.docx), OpenDocument (.odt), PNG of JPEG aan.",
      en: "This file type is not accepted: upload PDF, Word (.docx), OpenDocument (.odt), PNG or JPEG.",
    });
  }
  const verdict = type.inspect?.(content) ?? { ok: true };
  if (!verdict.ok) {
    throw new AppError(
      "BAD_INPUT",
      verdict.reason === "active"
        ? {
            nl: `Dit document bevat actieve inhoud (${verdict.feature}: scripts, macro's, acties of ingesloten bestanden) en wordt niet aangenomen. Sla het op of druk het af als gewone PDF en lever dat aan.`,
            en: `This document contains active content (${verdict.feature}: scripts, macros, actions or embedded files) and is not accepted. Save or print it as a plain PDF and upload that.`,
          }
        : {
            nl: `Dit document kan niet gecontroleerd worden (${verdict.feature}, bijvoorbeeld versleuteld) en wordt niet aangenomen. Sla het op of druk het af als gewone PDF en lever dat aan.`,
            en: `This document cannot be checked (${verdict.feature}, e.g. encrypted) and is not accepted. Save or print it as a plain PDF and upload that.`,
          },
    );
  }
  return content;
}
