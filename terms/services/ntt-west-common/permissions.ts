import type { Cited, Entry } from "./index.js";

type Permission = Entry<"permissions">;

/** The clauses the shared operations rest on, as a document states them. */
export interface PermissionClauses {
  /** 第10条: a change of the items of 第7条第1項第2号, handled like an application (第9条). */
  changeDetails: Cited;
  /** 第11条第1項–第3項: the right of use is transferred only with NTT West's approval. */
  assign: Cited;
  /** 第12条: the right to the service may not be otherwise assigned or pledged. */
  pledge: Cited;
  /** 第13条第1項・第2項・第5項: succession is notified with proof. */
  succession: Cited;
  /** 第15条第1項・第3項: changes of name, address and contacts are notified. */
  notifyChanges: Cited;
  /** UTM 第36条第6項, Server 第35条第5項: a change of the communication environment needs permission. */
  changeEnvironment: Cited;
  /** 別紙4: the qualified invoice and the payment certificate on request. */
  qualifiedInvoice: Cited;
  paymentCertificate: Cited;
}

/** The operations both documents provide for in the same words, by the same operation ids. */
export function permissions(c: PermissionClauses): {
  contract: Permission[];
  changeEnvironment: Permission;
  documents: Permission[];
} {
  const shared = {
    changeDetails: {
      operation: "contract.change-details",
      label: { ja: "申込内容（第7条第1項第2号の事項）の変更", en: "Change the application details (第7条第1項第2号)" },
      mode: "request",
      note: {
        ja: "新規申込みの承諾（第9条）に準じて審査され、承諾されないことがあります。手数料・期間は定められていません。回線の番号（第1号）や機器の変更は定められていません。",
        en: "Screened like a new application (第9条) and may be refused; no fee or lead time is stated. Changing the line number (第1号) or the device is not provided for.",
      },
      cite: c.changeDetails,
    },
    assign: {
      operation: "contract.assign",
      label: { ja: "利用権の譲渡", en: "Transfer the right of use" },
      mode: "request",
      documents: [
        {
          ja: "当事者が連署した当社所定の書面（譲渡を証明する書類で代替可）",
          en: "NTT West's form signed by both parties (or a document proving the transfer instead)",
        },
      ],
      note: {
        ja: "当社の承認が必要です。回線の契約の譲渡に伴わない場合、譲受人が回線の契約者と同一でない場合、料金の不払いがある場合は承認されません。手数料は定められていません。",
        en: "Needs NTT West's approval; refused when not tied to the transfer of the line contract, when the transferee is not the line's contractor, or on payment default. No fee is stated.",
      },
      cite: c.assign,
    },
    pledge: {
      operation: "contract.pledge",
      label: {
        ja: "サービスの提供を受ける権利の第三者への譲渡・質入れ等",
        en: "Sell, pledge or otherwise give the right to the service to a third party",
      },
      mode: "not-allowed",
      note: {
        ja: "本契約で別に定める場合（第11条の承認を受けた譲渡など）を除きます。",
        en: "Except where the contract provides otherwise (e.g. a transfer approved under 第11条).",
      },
      cite: c.pledge,
    },
    succession: {
      operation: "contract.succession",
      label: { ja: "相続・合併・分割による地位の承継の届出", en: "Notify succession (inheritance, merger, split)" },
      mode: "request",
      documents: [
        { ja: "当社所定の書面と承継を証明する書類", en: "NTT West's form with documents proving the succession" },
        {
          ja: "承継者が 2 人以上のときは代表者の届出",
          en: "Notice of a representative when there are two or more successors",
        },
      ],
      note: {
        ja: "手続きがなされない間は本サービスが提供されないことがあります。手数料は定められていません。",
        en: "The service may be withheld until this is done. No fee is stated.",
      },
      cite: c.succession,
    },
    notifyChanges: {
      operation: "contract.notify-changes",
      label: {
        ja: "氏名・住所・連絡先・請求書送付先の変更の届出",
        en: "Notify a change of name, address, contacts or invoice address",
      },
      mode: "request",
      documents: [
        { ja: "求められた場合、届出の事実を証明する書類", en: "If asked, documents proving the notified facts" },
      ],
      note: { ja: "速やかに届け出ます。手数料は定められていません。", en: "Notify promptly; no fee is stated." },
      cite: c.notifyChanges,
    },
    changeEnvironment: {
      operation: "network.change-environment",
      label: { ja: "通信環境の変更", en: "Change the communication environment" },
      mode: "request",
      note: {
        ja: "事前に当社へ連絡し許可を得る必要があります。許可なく変更したことによる中断・停止について当社は責任を負いません。手数料は定められていません。",
        en: "Contact NTT West beforehand and get its permission; it is not responsible for interruptions caused by unapproved changes. No fee is stated.",
      },
      cite: c.changeEnvironment,
    },
    qualifiedInvoice: {
      operation: "billing.qualified-invoice",
      label: { ja: "適格請求書の発行", en: "Issue a qualified invoice (適格請求書)" },
      mode: "request",
      feeCode: "qualified-invoice",
      note: {
        ja: "手数料 400 円（税込 440 円）のほか、郵送料その他経費（実費）がかかります。",
        en: "400 yen (440 including tax) plus postage and other expenses at cost.",
      },
      cite: c.qualifiedInvoice,
    },
    paymentCertificate: {
      operation: "billing.payment-certificate",
      label: { ja: "支払証明書の発行", en: "Issue a payment certificate" },
      mode: "request",
      feeCode: "payment-certificate",
      note: {
        ja: "手数料 400 円（税込 440 円）のほか、郵送料その他経費（実費）がかかります。債権を請求事業者に譲渡した場合は発行されません。",
        en: "400 yen (440 including tax) plus postage and other expenses at cost. Not issued where the claim was assigned to the billing agent.",
      },
      cite: c.paymentCertificate,
    },
  } satisfies Record<string, Permission>;
  return {
    /** 第10条–第15条: the contract's own procedures, in the documents' order. */
    contract: [shared.changeDetails, shared.assign, shared.pledge, shared.succession, shared.notifyChanges],
    changeEnvironment: shared.changeEnvironment,
    /** 別紙4: the documents issued on request, each for a fee. */
    documents: [shared.qualifiedInvoice, shared.paymentCertificate],
  };
}
