import { AppError } from "@jeugdregie/domain";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Accepted document types, recognised by their first bytes as well as by name and declared type. */
const TYPES: { contentType: string; extensions: string[]; magic: number[] | null }[] = [
  { contentType: "application/pdf", extensions: [".pdf"], magic: [0x25, 0x50, 0x44, 0x46] },
  {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: [".docx"],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  { contentType: "application/vnd.oasis.opendocument.text", extensions: [".odt"], magic: [0x50, 0x4b, 0x03, 0x04] },
  { contentType: "image/png", extensions: [".png"], magic: [0x89, 0x50, 0x4e, 0x47] },
  { contentType: "image/jpeg", extensions: [".jpg", ".jpeg"], magic: [0xff, 0xd8, 0xff] },
];

export function checkUpload(filename: string, contentType: string, content: Buffer): Buffer {
  if (content.length === 0) throw new AppError("BAD_INPUT", { nl: "Het bestand is leeg.", en: "The file is empty." });
  if (content.length > MAX_DOCUMENT_BYTES) {
    throw new AppError("BAD_INPUT", {
      nl: `Het bestand is ${(content.length / 1024 / 1024).toFixed(1)} MB; hoogstens 10 MB.`,
      en: `The file is ${(content.length / 1024 / 1024).toFixed(1)} MB; at most 10 MB.`,
    });
  }
  const lower = filename.toLowerCase();
  const type = TYPES.find((t) => t.contentType === contentType && t.extensions.some((e) => lower.endsWith(e)));
  if (!type || (type.magic && !type.magic.every((byte, i) => content[i] === byte))) {
    throw new AppError("BAD_INPUT", {
      nl: "Dit bestandstype wordt niet aangenomen: lever PDF, Word (.docx), OpenDocument (.odt), PNG of JPEG aan.",
      en: "This file type is not accepted: upload PDF, Word (.docx), OpenDocument (.odt), PNG or JPEG.",
    });
  }
  return content;
}
