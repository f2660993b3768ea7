import { export as exportCsv } from "../procedures/imports/export.ts";
import { get } from "../procedures/imports/get.ts";
import { list } from "../procedures/imports/list.ts";
import { start } from "../procedures/imports/start.ts";
import { template } from "../procedures/imports/template.ts";
import { router } from "../trpc.ts";

export const importsRouter = router({ template, start, get, list, export: exportCsv });
