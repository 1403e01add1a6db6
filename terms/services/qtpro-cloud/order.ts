import type { TermsBodyInput } from "../../src/dsl/index.js";
import { QTNET_CALENDAR_ID } from "./calendars.js";
import {
  INITIAL_BUILD_ADJUSTED,
  LEAD_TIMES,
  LEAD_TIME_CLOSED,
  LEAD_TIME_MONTH,
  WRITTEN_APPLICATION,
  spec,
} from "./cite.js";
import { CLOSED_NETWORK, NO_CLOSED_NETWORK } from "./parameters.js";

const businessDays = (amount: number) => ({ amount, unit: "businessDays" as const, calendar: QTNET_CALENDAR_ID });

// Spec §12① (mandatory business days) and §18③ (one month, "in principle"): every deadline that
// applies must be met, so the earliest wins. 30 business days always fall before one month.
export const order: NonNullable<TermsBodyInput["order"]> = {
  deadlines: [
    {
      when: CLOSED_NETWORK,
      before: businessDays(30),
      label: {
        ja: "閉域接続の開通を希望する場合: 30 営業日前まで（必須）",
        en: "With a closed-network connection: 30 business days before (mandatory)",
      },
      cite: [LEAD_TIMES, LEAD_TIME_CLOSED],
    },
    {
      when: NO_CLOSED_NETWORK,
      before: businessDays(20),
      label: {
        ja: "閉域接続が不要な場合: 20 営業日前まで（必須）",
        en: "Without a closed-network connection: 20 business days before (mandatory)",
      },
      cite: [LEAD_TIMES],
    },
    {
      before: { amount: 1, unit: "months" },
      label: {
        ja: "原則: サービス提供開始希望日の 1 ヶ月前まで",
        en: "In principle: one month before the desired service start",
      },
      cite: [LEAD_TIME_MONTH],
    },
  ],
  targets: [
    {
      label: { ja: "OCX 論理回線の開通（当社が構築する場合）", en: "OCX logical circuit live (when QTnet builds it)" },
      duration: businessDays(25),
      cite: [spec("§12③", "契約者から申込受付後、OCX 論理回線の開通は 25 営業日を目標とする。")],
    },
    {
      label: {
        ja: "OCF 仮想マシンの開通作業（当社が構築する場合）",
        en: "OCF virtual machine build (when QTnet builds it)",
      },
      duration: businessDays(15),
      cite: [spec("§12④", "契約者から申込受付後、仮想マシン開通作業は 15 営業日を目標とする。")],
    },
  ],
  note: {
    ja: "申込書は書面で、当社が受領した日で判断します。期限は開始希望日（月初日）から営業日を遡って数え、開始希望日自体は数えません。初期構築の依頼内容、初期構成や変更の規模が大きい場合は納期・期限が個別調整となります。開通の日数は目標であり保証ではありません（SLA は定められていません）。",
    en: "The written application counts on the day QTnet receives it. Deadlines count business days back from the desired start (a 1st), not counting that day. Build requests, and large initial configurations or changes, are scheduled individually. Build durations are targets, not guarantees (there is no SLA).",
  },
  cite: [WRITTEN_APPLICATION, INITIAL_BUILD_ADJUSTED, LEAD_TIME_CLOSED, spec("§17", "QT PRO CloudではSLAを定めない。")],
};
