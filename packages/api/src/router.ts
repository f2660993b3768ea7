import { login } from "./procedures/auth/login.ts";
import { logout } from "./procedures/auth/logout.ts";
import { me } from "./procedures/auth/me.ts";
import { switchRegion } from "./procedures/auth/switch-region.ts";
import { listLocationsProcedure } from "./procedures/locations/list.ts";
import { listRegions } from "./procedures/regions/list.ts";
import { systemStatus } from "./procedures/system/status.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: router({ login, logout, switchRegion }),
  me,
  regions: router({ list: listRegions }),
  locations: router({ list: listLocationsProcedure }),
  system: router({ status: systemStatus }),
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
