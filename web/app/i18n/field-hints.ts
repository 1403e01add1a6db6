import type { ParameterField } from "@yakkan/api";
import type { Lang } from "./messages";

/**
 * Customer-facing hints for configuration fields whose description in the terms data is written
 * for engineers (it names values as `true`/`false`, keys such as `hikariCollaboration`, or how the
 * key came to be). The terms data of a published version is not rewritten (decision 009), so the
 * portal shows these hints in its place: the same facts, in the words of the form the visitor sees.
 * Keyed by service id and parameter key.
 */
const HINTS: Record<string, { ja: string; en: string }> = {
  "server-support/corporate": {
    ja: "契約者が法人（法人に相当するものと当社が認めるものを含みます）の場合はチェックを付けます。法人には請求書等の発行に関する料金がかかりません（別紙4 2.(3)ⅱ）。個人の場合はチェックを外します。",
    en: "Tick for a corporation (or a body NTT West treats as one): corporations pay no invoice issue or collection fees (別紙4 2.(3)ⅱ). Untick for an individual.",
  },
  "server-support/paymentMethod": {
    ja: "法人でない契約者の請求書等の発行に関する料金を決めます。発行手数料 150 円は請求書又は口座振替通知書を発行する場合、収納手数料 50 円は請求書で支払う場合にかかります（別紙4 2.(1)）。請求事業者の一括請求（別紙4 2.(3)ⅰ）、約款で定める場合（ⅲ）、又は請求書・通知書を発行しない場合は「適用なし」を選びます。",
    en: "Decides the invoice fees of a non-corporate customer: the 150-yen issue fee applies when an invoice or a direct-debit notice is issued, the 50-yen collection fee when paying against an invoice (別紙4 2.(1)). Choose “No issue or collection fee” for bundled billing by the billing company (別紙4 2.(3)ⅰ), the tariff's own cases (ⅲ) or when no invoice or notice is issued.",
  },
  "utm-support/licensed": {
    ja: "別紙3 の機器のライセンス付の型を導入した場合はチェックを付けます。最長利用期間分の月額料金が免除されます（別紙4 1.）。",
    en: "Tick when the licensed variant of the 別紙3 device is installed: the monthly fee is waived for the maximum term (別紙4 1.).",
  },
  "utm-support/corporate": {
    ja: "契約者が法人（法人に相当すると当社が認めるものを含みます）の場合はチェックを付けます。法人には請求書等の発行に関する料金がかかりません（別紙4 2.(3)ⅱ）。個人の場合はチェックを外します。",
    en: "Tick for a corporation (or a body NTT West treats as one): invoice fees never apply to it (別紙4 2.(3)ⅱ). Untick for an individual.",
  },
  "utm-support/hikariCollaboration": {
    ja: "フレッツ 光ネクスト/クロスを光コラボレーションモデルの契約で利用している場合はチェックを付けます。請求書等の発行に関する料金はこの場合に限りかかります（別紙4 2.(1)）。",
    en: "Tick when your FLET'S line is provided under a Hikari Collaboration contract: invoice fees apply only then (別紙4 2.(1)).",
  },
  "utm-support/paymentMethod": {
    ja: "請求書で支払う場合は発行手数料 150 円と収納手数料 50 円、口座振替で口座振替通知書が発行される場合は発行手数料 150 円がかかります（別紙4 2.(1)）。手数料は光コラボレーションモデルの回線で、法人でない契約者に限りかかります。",
    en: "Paying by invoice costs the 150-yen issue fee and the 50-yen collection fee; direct debit with a debit notice costs the issue fee (別紙4 2.(1)). The fees apply only to non-corporate customers on a Hikari Collaboration line.",
  },
};

/** The hint to show under a field: the portal's own where it has one, else the terms data's (already in `lang`). */
export function fieldHint(
  serviceId: string | undefined,
  field: Pick<ParameterField, "key" | "description">,
  lang: Lang,
): string | undefined {
  const own = serviceId ? HINTS[`${serviceId}/${field.key}`] : undefined;
  return own ? own[lang] : (field.description ?? undefined);
}
