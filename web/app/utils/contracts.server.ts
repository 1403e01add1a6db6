import type { ContractRow, RequestApi } from "@yakkan/api";
import type { Lang } from "~/i18n/messages";

/** What a contract card and page show, in the visitor's language, computed by the API today. */
export async function contractSummary(api: RequestApi, lang: Lang, contract: ContractRow) {
  const overview = api.contractOverview(contract);
  const service = await api.findService(contract.serviceId);
  const q = overview.earliestEnd;
  return {
    id: contract.id,
    contractNumber: contract.contractNumber,
    serviceId: contract.serviceId,
    serviceName: service ? (lang === "ja" ? service.definition.name : service.definition.nameEn) : contract.serviceId,
    organizationName: lang === "ja" ? contract.organizationName : contract.organizationNameEn,
    startDate: contract.startDate,
    confirmationDate: contract.confirmationDate,
    initialWorkCompletedOn: contract.initialWorkCompletedOn,
    endDate: contract.endDate,
    status: contract.status,
    parameters: contract.parameters,
    monthlyFee: contract.monthlyFee ?? overview.fees?.monthly ?? null,
    monthlyFeeSource: contract.monthlyFeeSource,
    computable: overview.fees !== null || overview.earliestEnd !== null,
    minimumTermEndDate: q?.minimumTermEndDate ?? null,
    maximumTermEndDate: q?.maximumTermEndDate ?? null,
    earliestEndDate: q?.effectiveEndDate ?? null,
    noticeDeadline: q?.latestNoticeDate ?? null,
    plan: overview.plan && {
      noticeDate: overview.plan.noticeDate,
      options: overview.plan.options.map((o) => ({ ...o })),
      withoutCharge: overview.plan.earliestWithoutEarlyTerminationCharge,
      cheapest: overview.plan.cheapest,
    },
  };
}

export type ContractSummary = Awaited<ReturnType<typeof contractSummary>>;
