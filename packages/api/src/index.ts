export { appRouter, createCaller, type AppRouter } from "./router.ts";
export { createContext, type ApiDeps, type Context, type IncomingCall, type Viewer } from "./context.ts";
export { handleTrpcRequest, isCrossOriginWrite, MAX_API_BODY_BYTES } from "./http.ts";
export { bodyTooLarge, limitBody, readFormData } from "./body-limit.ts";
export { MAX_DOCUMENT_BYTES, tooLarge as documentTooLarge } from "./uploads/check-upload.ts";
export { refusalOf, type FormattedErrorData, type Refusal } from "./errors.ts";
export { handleOpenApiRequest, OPEN_API_PREFIX } from "./open/handler.ts";
export { OPEN_API_DOCUMENT } from "./open/openapi.ts";
export { canonicalJson, type CsvDownload } from "./open/respond.ts";
