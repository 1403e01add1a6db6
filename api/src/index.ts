export { createApi, type Api, type CreateApiOptions, type RequestApi } from "./app.js";
export { langFromHeader, type ApiContext } from "./context.js";
export { AppError, type AppErrorCode, type Lang, type LocatedIssue } from "./errors.js";
export { estimateFees, type EstimateFeesInput, type FeeEstimateResult } from "./modules/fees/estimate-fees.service.js";
export { parameterForm, type ParameterForm } from "./modules/services/parameter-form.js";
export { getService, listServices, findService, type ServiceDescription } from "./modules/services/describe-service.js";
