import { describe, expect, it } from "vitest";
import { importTemplate, IMPORT_COLUMNS } from "./columns.ts";
import type { ImportContext } from "./types.ts";
import { readImportFile, validateContractRecords, validateLocationRecords, validateProviderRecords } from "./validate.ts";

const context: ImportContext = {
  providerIdByKvk: new Map([
    ["12345678", "p1"],
    ["87654321", "p2"],
  ]),
  contractedProviderIds: new Set(["p1"]),
  regionMunicipalities: new Set(["GM0518", "GM0603"]),
  segmentIdByName: new Map([["specialistisch verblijf", "s1"]]),
  existingProductsByProvider: new Map([["p1", [{ productCode: "43A01", startsOn: "2026-01-01", endsOn: "2026-12-31" }]]]),
};

const header = IMPORT_COLUMNS.locations.join(";");
const goodLine = (i: number) => `12345678;Groep ${i};GM0518;behandelgroep|gezinshuis;trauma;6;18;R;${(i % 12) + 1}`;

describe("location import validation", () => {
  it("reports exactly the bad lines of 1,000, each with its line number and reason", () => {
    const badLines = new Map<number, string>([
      [12, "1234567;Groep;GM0518;behandelgroep;;6;18;R;4"],
      [100, "12345678;;GM0518;behandelgroep;;6;18;R;4"],
      [200, "12345678;Groep;GM9999;behandelgroep;;6;18;R;4"],
      [300, "12345678;Groep;GM0518;ruimteschip;;6;18;R;4"],
      [400, "12345678;Groep;GM0518;behandelgroep;;16;8;R;4"],
      [500, "12345678;Groep;GM0518;behandelgroep;;6;18;A;4"],
      [600, "12345678;Groep;GM0518;behandelgroep;;6;18;R;-2"],
      [700, "87654321;Groep;GM0518;behandelgroep;;6;18;R;4"],
      [800, "99999999;Groep;GM0518;behandelgroep;;6;18;R;4"],
      [900, "12345678;Groep;GM0518;;;6;18;R;4"],
    ]);
    const lines = [header];
    for (let line = 2; line <= 1001; line++) lines.push(badLines.get(line) ?? goodLine(line));
    const { records, errors } = readImportFile("locations", lines.join("\n"));
    expect(errors).toEqual([]);
    const result = validateLocationRecords(records, context);
    expect(result.rows).toHaveLength(990);
    expect(result.errors.map((e) => e.line)).toEqual([...badLines.keys()]);
    const reason = (line: number) => result.errors.find((e) => e.line === line)!.message;
    expect(reason(12)).toMatch(/precies 8 cijfers/);
    expect(reason(100)).toMatch(/naam is leeg/);
    expect(reason(200)).toMatch(/GM9999 hoort niet bij deze regio/);
    expect(reason(300)).toMatch(/onbekende zorgvorm: ruimteschip/);
    expect(reason(400)).toMatch(/leeftijd_min is groter/);
    expect(reason(500)).toMatch(/intensiteit "A"/);
    expect(reason(600)).toMatch(/capaciteit/);
    expect(reason(700)).toMatch(/geen contract met deze regio/);
    expect(reason(800)).toMatch(/geen aanbieder met KvK-nummer 99999999/);
    expect(reason(900)).toMatch(/zorgvormen is leeg/);
  });

  it("refuses a file without the template's columns", () => {
    expect(readImportFile("locations", "naam,kvk\nx,y").errors[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/Kolommen ontbreken/),
    });
    expect(readImportFile("locations", `${header}\n`).errors[0]?.message).toMatch(/geen regels/);
  });

  it("accepts its own template", () => {
    const { records } = readImportFile("locations", importTemplate("locations"));
    expect(validateLocationRecords(records, context).errors).toEqual([]);
  });
});

describe("location import: hybrid places and day-and-night support (optional columns)", () => {
  it("reads them where given, keeps an empty or missing cell as not recorded (null), and refuses nonsense", () => {
    const lines = [
      `${header};hybride_plaatsen;dag_en_nacht`,
      "12345678;A;GM0518;behandelgroep;;6;18;R;8;3;ja",
      "12345678;B;GM0518;behandelgroep;;6;18;R;8;;",
      "12345678;C;GM0518;behandelgroep;;6;18;R;8;0;nee",
      "12345678;D;GM0518;behandelgroep;;6;18;R;8;9;ja",
      "12345678;E;GM0518;behandelgroep;;6;18;R;8;-1;misschien",
    ];
    const result = validateLocationRecords(readImportFile("locations", lines.join("\n")).records, context);
    expect(result.rows.map((r) => [r.value.name, r.value.hybridPlaces, r.value.roundTheClockSupport])).toEqual([
      ["A", 3, true],
      ["B", null, null],
      ["C", 0, false],
    ]);
    expect(result.errors.map((e) => e.line)).toEqual([5, 6]);
    expect(result.errors[0]!.message).toMatch(/hybride_plaatsen is groter dan capaciteit/);
    expect(result.errors[1]!.message).toMatch(/hybride_plaatsen moet leeg zijn.*dag_en_nacht "misschien"/);
    // a file without the columns: nothing recorded
    const plain = validateLocationRecords(readImportFile("locations", [header, goodLine(1)].join("\n")).records, context);
    expect(plain.rows[0]!.value).toMatchObject({ hybridPlaces: null, roundTheClockSupport: null });
  });
});

describe("provider import validation", () => {
  it("catches bad KvK/AGB formats, duplicates in the file and providers already registered", () => {
    const text = ["naam;kvk;agb", "A;11111111;98000001", "B;1111111;", "C;22222222;9800001", "D;11111111;", "E;12345678;"].join("\n");
    const { records } = readImportFile("providers", text);
    const result = validateProviderRecords(records, context);
    expect(result.rows.map((r) => r.value.name)).toEqual(["A"]);
    expect(result.errors).toEqual([
      { line: 3, message: expect.stringMatching(/KvK-nummer "1111111" moet uit precies 8 cijfers/) },
      { line: 4, message: expect.stringMatching(/AGB-code "9800001"/) },
      { line: 5, message: expect.stringMatching(/staat ook op regel 2/) },
      { line: 6, message: expect.stringMatching(/al in het register/) },
    ]);
  });
});

describe("contract import validation", () => {
  it("catches overlapping periods against the database and within the file, and negative tariffs", () => {
    const head = IMPORT_COLUMNS.contracts.join(";");
    const text = [
      head,
      "12345678;Specialistisch verblijf;tactical_core;pxq;2027-01-01;2027-12-31;43A01;43;14;872,39;R;",
      "12345678;Specialistisch verblijf;tactical_core;pxq;2026-06-01;2027-06-30;43A02;43;14;-1;R;",
      "12345678;Specialistisch verblijf;tactical_core;pxq;2026-06-01;2026-06-30;43A01;43;14;872,39;R;",
      "12345678;Specialistisch verblijf;tactical_core;pxq;2027-06-01;2027-06-30;43A01;43;14;872,39;R;",
      "12345678;Onbekend;chef;gratis;2027-01-01;2026-01-01;4;99;00;x;A;",
    ].join("\n");
    const { records } = readImportFile("contracts", text);
    const result = validateContractRecords(records, context);
    expect(result.rows.map((r) => r.line)).toEqual([2]);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    expect(result.errors[0]!.message).toMatch(/onder nul/);
    expect(result.errors[1]!.message).toMatch(/al gecontracteerd van 2026-01-01 tot en met 2026-12-31/);
    expect(result.errors[2]!.message).toMatch(/overlapt met regel 2/);
    for (const part of [
      "segment",
      "rol",
      "financiering",
      "einddatum ligt voor begindatum",
      "productcode",
      "productcategorie",
      "eenheid",
      "tarief",
      "intensiteit",
    ]) {
      expect(result.errors[3]!.message).toContain(part);
    }
  });

  it("refuses product codes outside the iJw categories (ZZZZZ) and codes of another category", () => {
    const head = IMPORT_COLUMNS.contracts.join(";");
    const text = [
      head,
      "12345678;Specialistisch verblijf;tactical_core;pxq;2028-01-01;2028-12-31;ZZZZZ;43;14;872,39;R;",
      "12345678;Specialistisch verblijf;tactical_core;pxq;2028-01-01;2028-12-31;44A01;43;14;872,39;R;",
      "12345678;Specialistisch verblijf;tactical_core;pxq;2028-01-01;2028-12-31;43A09;43;14;872,39;R;",
    ].join("\n");
    const result = validateContractRecords(readImportFile("contracts", text).records, context);
    expect(result.rows.map((r) => r.line)).toEqual([4]);
    expect(result.errors).toEqual([
      { line: 2, message: expect.stringContaining("ZZZZZ is geen iJw-productcode") },
      { line: 3, message: expect.stringContaining("hoort bij categorie 44") },
    ]);
  });
});
