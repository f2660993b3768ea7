import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inspectOfficeZip, inspectPdf } from "./document-content.ts";

/** A small PDF with these objects written plainly, and these packed into a compressed object stream. */
function pdf(objects: string[], packed: string[] = [], options: { objStmFilter?: string; random?: Buffer } = {}): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  objects.forEach((body, i) => parts.push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, "latin1")));
  if (packed.length) {
    const first = packed.map((_, i) => `${objects.length + 2 + i} 0`).join(" ") + " ";
    const raw = Buffer.from(first + packed.join("\n"), "latin1");
    const data = options.objStmFilter === "none" ? raw : deflateSync(raw);
    const filter = options.objStmFilter === "none" ? "" : `/Filter ${options.objStmFilter ?? "/FlateDecode"} `;
    parts.push(
      Buffer.from(
        `${objects.length + 1} 0 obj\n<< /Type /ObjStm /N ${packed.length} /First ${first.length} ${filter}/Length ${data.length} >>\nstream\n`,
        "latin1",
      ),
    );
    parts.push(data, Buffer.from("\nendstream\nendobj\n", "latin1"));
  }
  if (options.random) {
    parts.push(
      Buffer.from(`99 0 obj\n<< /Type /XObject /Subtype /Image /Filter /DCTDecode /Length ${options.random.length} >>\nstream\n`, "latin1"),
    );
    parts.push(options.random, Buffer.from("\nendstream\nendobj\n", "latin1"));
  }
  parts.push(Buffer.from("trailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1"));
  return Buffer.concat(parts);
}

const catalog = "<< /Type /Catalog /Pages 2 0 R >>";
const pages = "<< /Type /Pages /Kids [] /Count 0 >>";

describe("inspectPdf", () => {
  it("accepts an ordinary PDF, also with an /OpenAction that only sets the view", () => {
    expect(inspectPdf(pdf([catalog, pages]))).toEqual({ ok: true });
    expect(inspectPdf(pdf(["<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /FitH null] >>", pages]))).toEqual({ ok: true });
  });

  it("refuses an auto-run JavaScript action", () => {
    const js = pdf(["<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>", pages, "<< /S /JavaScript /JS (app.alert('hoi')) >>"]);
    expect(inspectPdf(js)).toMatchObject({ ok: false, reason: "active", feature: "/JavaScript" });
  });

  it.each([
    ["/Launch", "<< /S /Launch /F (cmd.exe) >>"],
    ["/AA", "<< /Type /Page /AA << /O 4 0 R >> >>"],
    ["/EmbeddedFile", "<< /Type /EmbeddedFile /Length 0 >>"],
    ["/RichMedia", "<< /Subtype /RichMedia >>"],
    ["/XFA", "<< /Fields [] /XFA 5 0 R >>"],
    ["/SubmitForm", "<< /S /SubmitForm /F (https://example.invalid) >>"],
  ])("refuses %s", (feature, object) => {
    expect(inspectPdf(pdf([catalog, pages, object]))).toMatchObject({ ok: false, reason: "active", feature });
  });

  it("sees through #xx escapes in names", () => {
    expect(inspectPdf(pdf([catalog, pages, "<< /S /J#61vaScript /J#53 (x) >>"]))).toMatchObject({ ok: false, feature: "/JavaScript" });
  });

  it("finds JavaScript hidden in a compressed object stream", () => {
    const hidden = pdf([catalog, pages], ["<< /S /JavaScript /JS (app.launchURL('x')) >>"]);
    expect(hidden.includes(Buffer.from("JavaScript"))).toBe(false);
    expect(inspectPdf(hidden)).toMatchObject({ ok: false, reason: "active", feature: "/JavaScript" });
    expect(inspectPdf(pdf([catalog, pages], ["<< /Type /Font >>"]))).toEqual({ ok: true });
  });

  it("finds it in an uncompressed object stream too", () => {
    expect(inspectPdf(pdf([catalog, pages], ["<< /S /Launch >>"], { objStmFilter: "none" }))).toMatchObject({
      ok: false,
      feature: "/Launch",
    });
  });

  it("refuses what it cannot check: an object stream in another encoding, a broken one, an encrypted file", () => {
    expect(inspectPdf(pdf([catalog, pages], ["<< >>"], { objStmFilter: "/LZWDecode" }))).toMatchObject({ ok: false, reason: "unreadable" });
    const broken = pdf([catalog, pages], ["<< >>"]);
    const at = broken.indexOf("stream\n") + 7;
    broken.fill(0x41, at, at + 4);
    expect(inspectPdf(broken)).toMatchObject({ ok: false, reason: "unreadable" });
    const encrypted = Buffer.from(pdf([catalog, pages]).toString("latin1").replace("<< /Root", "<< /Encrypt 3 0 R /Root"), "latin1");
    expect(inspectPdf(encrypted)).toMatchObject({ ok: false, reason: "unreadable", feature: "/Encrypt" });
  });

  it("never mistakes image bytes for a name", () => {
    const noise = Buffer.from("xx /JS /AA /JavaScript yy", "latin1");
    expect(inspectPdf(pdf([catalog, pages], [], { random: noise }))).toEqual({ ok: true });
  });

  it("stops at a decompression bomb instead of filling memory", () => {
    const bomb = deflateSync(Buffer.alloc(40 * 1024 * 1024, 0x20), { level: 1 });
    const file = Buffer.concat([
      Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`, "latin1"),
      bomb,
      Buffer.from("\nendstream\nendobj\n%%EOF\n", "latin1"),
    ]);
    expect(inspectPdf(file)).toMatchObject({ ok: false, reason: "unreadable" });
  });
});

describe("inspectOfficeZip", () => {
  it("refuses a Word file with macros and accepts one without", () => {
    expect(inspectOfficeZip(Buffer.from("PK\x03\x04....word/document.xml....word/vbaProject.bin", "latin1"))).toMatchObject({ ok: false });
    expect(inspectOfficeZip(Buffer.from("PK\x03\x04....[Content_Types].xml....word/document.xml", "latin1"))).toEqual({ ok: true });
  });
});
