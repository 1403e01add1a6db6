export { createApi, type Api, type CreateApiOptions, type RequestApi } from "./app.js";
export type { Operations } from "./operations.js";
export type { Viewer, Role } from "./modules/auth/viewer.js";
export { SESSION_COOKIE } from "./modules/auth/sessions.service.js";
export { langFromHeader, readCookie, type ApiContext } from "./context.js";
export { AppError, type AppErrorCode, type Lang, type LocatedIssue } from "./errors.js";
export type { EstimateFeesInput } from "./modules/fees/fees.service.js";
export type { ParameterForm } from "./modules/services/parameter-form.service.js";
export type { ConfigurationRow } from "./modules/services/parameter-field.type.js";
// The one typed boundary (decision 010): what the operations return is what GraphQL serves.
export type { ChargeLine } from "./modules/common/charge-line.type.js";
export type { Citation } from "./modules/common/citation.type.js";
export type { ExplanationNote, ExplanationStep } from "./modules/common/explanation.type.js";
export type { TermsVersion } from "./modules/common/terms-version.type.js";
export type { Contract, ContractConnection } from "./modules/contracts/contracts.type.js";
export type { ContractOverview } from "./modules/contracts/contracts.service.js";
export type { FeeEstimate } from "./modules/fees/fees.type.js";
export type {
  CancellationOption,
  CancellationPlan,
  CancellationQuote,
  ChangeQuote,
} from "./modules/quotes/quotes.type.js";
export type { RequestView } from "./modules/requests/requests.type.js";
export type { QuoteReview, RequiredAcknowledgement } from "./modules/quote-snapshots/quote-snapshots.type.js";
export type { ServiceDescription } from "./modules/services/services.service.js";
export {
  toParameterFields,
  type ParameterField,
  type ParameterOption,
  type ParameterValue,
} from "./modules/services/parameter-field.type.js";
// The DSL's schema and traversal: the legal editor reads a version's editable values with them.
export { priceLeaves, termsVersionSchema } from "@yakkan/terms";
