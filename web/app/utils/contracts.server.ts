import type { Contract, ContractOverview, RequestApi, ServiceDescription } from "@yakkan/api";

/**
 * What a contract card and page show, in the visitor's language, computed by the API today. A page
 * that needs the overview or the service itself passes them in, so each is computed once.
 */
export async function contractSummary(
  api: RequestApi,
  contract: Contract,
  known?: { overview: ContractOverview; service: ServiceDescription | null },
) {
  const overview = known?.overview ?? api.contractOverview(contract);
  const service = known ? known.service : await api.findService(contract.serviceId);
  const q = overview.earliestEnd;
  return {
    id: contract.id,
    contractNumber: contract.contractNumber,
    serviceId: contract.serviceId,
    serviceName: service?.displayName ?? contract.serviceId,
    organizationName: contract.organizationName,
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
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- a plain copy for the loader's data; the DTO class has no methods to lose
      options: overview.plan.options.map((o) => ({ ...o })),
      withoutCharge: overview.plan.earliestWithoutEarlyTerminationCharge ?? null,
      cheapest: overview.plan.cheapest ?? null,
    },
  };
}

export type ContractSummary = Awaited<ReturnType<typeof contractSummary>>;
