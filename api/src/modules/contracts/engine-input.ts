import type { IsoDate, ServiceDefinition } from "@yakkan/terms";

/** What the engine needs to know about a contract, stored or hypothetical, to quote ending it. */
export interface ContractForEngine {
  serviceId: string;
  parameters: unknown;
  /** The day service (and billing) started. */
  startDate: IsoDate;
  /** A contract-specific monthly fee in yen (見積書; QT PRO Cloud's unpublished prices), or null. */
  monthlyFee?: string | null | undefined;
}

/** The contract part of the engine's cancellation, earliest-end and planner inputs. */
export interface EngineContractInput {
  service: ServiceDefinition;
  parameters: unknown;
  startDate: IsoDate;
  monthlyFee: string | undefined;
}

/**
 * The one mapping from a contract to the engine's input: the service definition it is quoted under
 * (today's published terms, or a draft's for an impact analysis), its configuration, start date and
 * contract-specific fee (absent, not null, where there is none: the engine then uses the terms' price).
 */
export function engineInputFor(
  contract: Pick<ContractForEngine, "parameters" | "startDate" | "monthlyFee">,
  service: ServiceDefinition,
): EngineContractInput {
  return {
    service,
    parameters: contract.parameters,
    startDate: contract.startDate,
    monthlyFee: contract.monthlyFee ?? undefined,
  };
}
