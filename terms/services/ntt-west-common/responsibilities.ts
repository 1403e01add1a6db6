import type { Block, Cited, Entry } from "./index.js";

type Responsibility = Entry<"responsibilities">;

/** The parties of both documents: the customer, NTT West, and the billing agent its claims go to (第34条). */
export const parties: Block<"parties"> = [
  { id: "customer", name: { ja: "契約者", en: "Customer" } },
  { id: "ntt-west", name: { ja: "当社（西日本電信電話株式会社）", en: "NTT West (the provider)" } },
  { id: "billing-agent", name: { ja: "請求事業者", en: "Billing agent (請求事業者)" } },
];

/** The clauses the shared duties rest on, as a document states them. */
export interface ResponsibilityClauses {
  /** 第14条: the customer provides the environment in which the target network reaches the internet. */
  environment: Cited;
  /** 第9条第2項: NTT West schedules and performs the initial work. */
  initialWork: Cited;
  /** 第34条: the billing agent bills the claims NTT West assigns to it. */
  billingAgent: Cited;
}

/** The duties both documents state in the same words. */
export function responsibilities(c: ResponsibilityClauses) {
  return {
    environment: {
      area: { ja: "利用環境", en: "Environment" },
      duty: {
        ja: "対象ネットワーク（機器を設置する論理ネットワーク）とインターネットとの通信が行われる環境を用意する",
        en: "Provide an environment in which the target network (the logical network where the device is installed) can communicate with the internet",
      },
      party: "customer",
      cite: c.environment,
    },
    initialWork: {
      area: { ja: "初期工事", en: "Initial work" },
      duty: {
        ja: "契約成立後、契約者と日程を調整し、監視開始に必要な初期工事を行う",
        en: "After the contract is formed, schedule with the customer and perform the initial work needed to start monitoring",
      },
      party: "ntt-west",
      cite: c.initialWork,
    },
    billingAgent: {
      area: { ja: "請求・収納", en: "Billing and collection" },
      duty: {
        ja: "当社から譲渡された料金債権を請求する（契約者への個別の通知は省略されます）",
        en: "Bill the fee claims NTT West assigns to it (no individual notice to the customer)",
      },
      party: "billing-agent",
      cite: c.billingAgent,
    },
  } satisfies Record<string, Responsibility>;
}
