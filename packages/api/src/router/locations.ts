import { create } from "../procedures/locations/create.ts";
import { get } from "../procedures/locations/get.ts";
import { list } from "../procedures/locations/list.ts";
import { setActive } from "../procedures/locations/set-active.ts";
import { update } from "../procedures/locations/update.ts";
import { router } from "../trpc.ts";

export const locationsRouter = router({ list, create, get, update, setActive });
