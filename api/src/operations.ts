import { readSourceDocument, tokyoDate } from "@yakkan/terms";
import type { ApiContext } from "./context.js";
import { auditTrail } from "./modules/audit/audit.service.js";
import { changePassword, signIn, signOut } from "./modules/auth/sessions.service.js";
import {
  contractOverview,
  earliestEnd,
  getContract,
  listContractOrganizations,
  listContracts,
} from "./modules/contracts/contracts.service.js";
import { estimateFees } from "./modules/fees/fees.service.js";
import * as legal from "./modules/legal/drafts.service.js";
import { impactAnalysis, impactAnalysisCsv, impactProgress } from "./modules/legal/impact.service.js";
import { approveAndPublish } from "./modules/legal/publish.service.js";
import { calendarFeedStatus, revokeCalendarFeed, rotateCalendarFeed } from "./modules/mail/calendar-feed.service.js";
import {
  mailLog,
  mailSettings,
  retryMail,
  unsubscribe,
  unsubscribeTarget,
  updateMyMailSettings,
} from "./modules/mail/mail.service.js";
import { DEFAULT_MIN_NOTICE_DAYS } from "./modules/legal/notice-period.js";
import { listNotices, markNoticeRead } from "./modules/notices/notices.service.js";
import { orderDeadline, planCancellation, quoteCancellation, quoteChange } from "./modules/quotes/quotes.service.js";
import * as reviews from "./modules/quote-snapshots/quote-snapshots.service.js";
import * as requests from "./modules/requests/requests.service.js";
import { listRequestPage } from "./modules/requests/request-list.service.js";
import * as submit from "./modules/requests/submit-request.service.js";
import * as transitions from "./modules/requests/transition-request.service.js";
import { findService, listServices } from "./modules/services/services.service.js";
import { configurationRows, parameterForm } from "./modules/services/parameter-form.service.js";
import { businessDays, ruleSummaries, serviceTerms } from "./modules/terms-info/terms-info.service.js";

type Bound<F> = F extends (ctx: ApiContext, ...args: infer A) => infer R ? (...args: A) => R : never;
const bind = <F extends (ctx: ApiContext, ...args: never[]) => unknown>(ctx: ApiContext, fn: F): Bound<F> =>
  ((...args: never[]) => fn(ctx, ...args)) as Bound<F>;

/**
 * Every operation bound to one request's context, for in-process callers (the portal's loaders
 * and actions): the same service functions the GraphQL resolvers call, with the same authorisation.
 */
export function bindOperations(ctx: ApiContext) {
  return {
    /** Today in Japan, from the API's clock. */
    today: () => tokyoDate(ctx.now()),
    /** The least days between publishing a terms change and its effective date (民法548条の4). */
    termsChangeMinNoticeDays: () => ctx.termsChangeMinNoticeDays ?? DEFAULT_MIN_NOTICE_DAYS,
    /** A cited source document's text (public: the terms themselves), or null. */
    sourceDocument: (id: string) => readSourceDocument(id),
    listServices: bind(ctx, listServices),
    findService: bind(ctx, findService),
    estimateFees: bind(ctx, estimateFees),
    parameterForm: bind(ctx, parameterForm),
    configurationRows: bind(ctx, configurationRows),
    serviceTerms: bind(ctx, serviceTerms),
    ruleSummaries: bind(ctx, ruleSummaries),
    businessDays: bind(ctx, businessDays),
    orderDeadline: bind(ctx, orderDeadline),
    quoteCancellation: bind(ctx, quoteCancellation),
    quoteChange: bind(ctx, quoteChange),
    planCancellation: bind(ctx, planCancellation),
    signIn: bind(ctx, signIn),
    signOut: () => signOut(ctx.db, ctx.sessionToken),
    changePassword: bind(ctx, changePassword),
    listContracts: bind(ctx, listContracts),
    listContractOrganizations: bind(ctx, listContractOrganizations),
    getContract: bind(ctx, getContract),
    contractOverview: bind(ctx, contractOverview),
    earliestEnd: bind(ctx, earliestEnd),
    listRequests: bind(ctx, requests.listRequests),
    contractWithRequests: bind(ctx, requests.contractWithRequests),
    getRequest: bind(ctx, requests.getRequest),
    reviewCancellation: bind(ctx, reviews.reviewCancellation),
    reviewChange: bind(ctx, reviews.reviewChange),
    getQuoteReview: bind(ctx, reviews.getQuoteReview),
    listRequestPage: bind(ctx, listRequestPage),
    submitCancellationRequest: bind(ctx, submit.submitCancellationRequest),
    submitChangeRequest: bind(ctx, submit.submitChangeRequest),
    withdrawRequest: bind(ctx, transitions.withdrawRequest),
    acceptRequest: bind(ctx, transitions.acceptRequest),
    rejectRequest: bind(ctx, transitions.rejectRequest),
    completeRequest: bind(ctx, transitions.completeRequest),
    auditTrail: bind(ctx, auditTrail),
    listVersions: bind(ctx, legal.listVersions),
    getVersion: bind(ctx, legal.getVersion),
    createDraft: bind(ctx, legal.createDraft),
    updateDraft: bind(ctx, legal.updateDraft),
    requestReview: bind(ctx, legal.requestReview),
    deleteDraft: bind(ctx, legal.deleteDraft),
    lintDraft: bind(ctx, legal.lintDraft),
    diffVersions: bind(ctx, legal.diffVersions),
    impactAnalysis: bind(ctx, impactAnalysis),
    impactCsv: bind(ctx, impactAnalysisCsv),
    impactProgress: bind(ctx, impactProgress),
    approveAndPublish: bind(ctx, approveAndPublish),
    listNotices: bind(ctx, listNotices),
    markNoticeRead: bind(ctx, markNoticeRead),
    mailLog: bind(ctx, mailLog),
    retryMail: bind(ctx, retryMail),
    mailSettings: bind(ctx, mailSettings),
    updateMailSettings: bind(ctx, updateMyMailSettings),
    unsubscribeTarget: bind(ctx, unsubscribeTarget),
    unsubscribe: bind(ctx, unsubscribe),
    calendarFeedStatus: bind(ctx, calendarFeedStatus),
    rotateCalendarFeed: bind(ctx, rotateCalendarFeed),
    revokeCalendarFeed: bind(ctx, revokeCalendarFeed),
  };
}

export type Operations = ReturnType<typeof bindOperations>;
