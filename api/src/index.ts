export { createApi, type Api, type CreateApiOptions, type RequestApi } from "./app.js";
export type { Operations } from "./operations.js";
export type { Viewer, Role } from "./modules/auth/viewer.js";
export type { RequestRecord } from "./modules/requests/requests.service.js";
export type { ContractRow, ContractOverview } from "./modules/contracts/contracts.service.js";
export { SESSION_COOKIE } from "./modules/auth/sessions.service.js";
export { langFromHeader, readCookie, type ApiContext } from "./context.js";
export { AppError, type AppErrorCode, type Lang, type LocatedIssue } from "./errors.js";
export { estimateFees, type EstimateFeesInput, type FeeEstimateResult } from "./modules/fees/fees.service.js";
export { parameterForm, type ParameterForm } from "./modules/services/parameter-form.service.js";
export { listServices, findService, type ServiceDescription } from "./modules/services/services.service.js";
// The one verbaliser (terms): the portal renders explanations with it, exactly as /graphql does.
export { explain, stepText, type RenderedStep, type Trace } from "@yakkan/terms";
