import { exportCsv } from "../procedures/imports/export.ts";
import { getImport, listImports, startImport, template } from "../procedures/imports/imports.ts";
import { router } from "../trpc.ts";

export const importsRouter = router({ template, start: startImport, get: getImport, list: listImports, export: exportCsv });
