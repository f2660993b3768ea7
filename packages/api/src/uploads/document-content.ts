import { constants, inflateSync } from "node:zlib";

/**
 * Documents about a child are opened by coordinators and providers: a file that can run
 * something when opened is refused. PDF: the names that start actions or carry files or
 * scripts, also when written with #xx escapes or hidden inside compressed (object) streams;
 * what cannot be checked (encrypted, undecodable object streams) is refused too. Word: macros.
 */
export type ContentVerdict =
  { ok: true } | { ok: false; reason: "active"; feature: string } | { ok: false; reason: "unreadable"; feature: string };

/** PDF names that run code, open other programs or files, submit data, or embed files or media. */
const ACTIVE_PDF_NAMES = new Set([
  "JavaScript",
  "JS",
  "Launch",
  "AA",
  "EmbeddedFile",
  "EmbeddedFiles",
  "RichMedia",
  "XFA",
  "SubmitForm",
  "ImportData",
  "GoToE",
]);

/** At most this much decompressed data is inspected per file (a guard against zip bombs). */
const INFLATE_BUDGET = 32 * 1024 * 1024;

export function inspectPdf(content: Buffer): ContentVerdict {
  const budget = { left: INFLATE_BUDGET };
  const text = content.toString("latin1");
  // encrypted objects cannot be read, so neither can they be checked
  if (/\/Encrypt\b/.test(decodeNames(text))) return { ok: false, reason: "unreadable", feature: "/Encrypt" };
  return scan(text, budget, 0);
}

/**
 * Active names live in object dictionaries: at the top level or inside object streams. Other
 * stream data (page content, images, fonts) is left out of the name scan, so random bytes in an
 * image never read as "/JS".
 */
function scan(text: string, budget: { left: number }, depth: number): ContentVerdict {
  const found = [...streams(text)];
  let outside = "";
  let from = 0;
  for (const stream of found) {
    outside += text.slice(from, stream.start);
    from = stream.end;
  }
  outside += text.slice(from);
  const active = activeName(outside);
  if (active) return { ok: false, reason: "active", feature: active };
  for (const stream of found.filter((s) => /\/Type\s*\/ObjStm\b/.test(decodeNames(s.dictionary)))) {
    if (depth >= 3) return { ok: false, reason: "unreadable", feature: "/ObjStm (nested too deep)" };
    const filters = (decodeNames(stream.dictionary).match(/\/Filter\s*(\[[^\]]*\]|\/[^\s/<>[\]]+)/)?.[1] ?? "")
      .replace(/[[\]\s]/g, "")
      .split("/")
      .filter(Boolean);
    if (!filters.every((f) => f === "FlateDecode")) return { ok: false, reason: "unreadable", feature: `/ObjStm /${filters.join(" /")}` };
    let data: Buffer = Buffer.from(text.slice(stream.start, stream.end), "latin1");
    try {
      for (let i = 0; i < filters.length; i++) data = inflate(data, budget);
    } catch {
      return { ok: false, reason: "unreadable", feature: "/ObjStm /FlateDecode" };
    }
    const inner = scan(data.toString("latin1"), budget, depth + 1);
    if (!inner.ok) return inner;
  }
  return { ok: true };
}

function inflate(data: Buffer, budget: { left: number }): Buffer {
  if (budget.left <= 0) throw new Error("inflate budget spent");
  // a sync flush also reads streams whose end marker is missing, as PDF readers do
  const out = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: budget.left });
  budget.left -= out.length;
  return out;
}

/** Names with #xx escapes decoded, so /J#61vaScript reads as /JavaScript. */
function decodeNames(text: string): string {
  return text.replace(/\/[^\s()<>[\]{}/%]*#[0-9a-fA-F]{2}[^\s()<>[\]{}/%]*/g, (name) =>
    name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  );
}

function activeName(text: string): string | undefined {
  for (const match of decodeNames(text).matchAll(/\/([^\s()<>[\]{}/%]+)/g)) {
    if (ACTIVE_PDF_NAMES.has(match[1]!)) return `/${match[1]}`;
  }
  return undefined;
}

/** Stream bodies (start/end of the data) with the dictionary written before each. */
function* streams(text: string): Generator<{ dictionary: string; start: number; end: number }> {
  const keyword = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = keyword.exec(text))) {
    if (text.slice(match.index - 3, match.index) === "end") continue;
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) return;
    const dictionaryStart = Math.max(text.lastIndexOf("obj", match.index), match.index - 4096, 0);
    yield { dictionary: text.slice(dictionaryStart, match.index), start, end };
    keyword.lastIndex = end + "endstream".length;
  }
}

/** Word documents with macros (a VBA project) are refused; the names sit uncompressed in the zip directory. */
export function inspectOfficeZip(content: Buffer): ContentVerdict {
  const names = content.toString("latin1");
  for (const marker of ["vbaProject.bin", "vbaData.xml", "activeX/", "macroEnabled"]) {
    if (names.includes(marker)) return { ok: false, reason: "active", feature: marker };
  }
  return { ok: true };
}
