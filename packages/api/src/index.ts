export { appRouter, createCaller, type AppRouter } from "./router.ts";
export { createContext, type ApiDeps, type Context, type IncomingCall, type Viewer } from "./context.ts";
export { handleTrpcRequest, isCrossOriginWrite } from "./http.ts";
export type { FormattedErrorData } from "./errors.ts";
