import type { Text } from "@yakkan/terms";
import type { RequestAction, RequestStatus } from "./requests.machine.js";

/** What the request operations say to people, in both languages (the API answers in the caller's). */
export const REQUEST: Text = { ja: "申請", en: "Request" };
export const CONTRACT: Text = { ja: "契約", en: "Contract" };

const ACTION_TEXT: { readonly [A in RequestAction]: Text } = {
  withdraw: { ja: "取り下げ", en: "withdraw" },
  accept: { ja: "受付", en: "accept" },
  reject: { ja: "却下", en: "reject" },
  complete: { ja: "完了", en: "complete" },
};

export const notFromStatus = (status: RequestStatus, action: RequestAction, to: RequestStatus): Text => ({
  ja: `状態が「${status}」の申請は${ACTION_TEXT[action].ja}できません。`,
  en: `A request that is ${status} cannot be ${to}; nothing was changed.`,
});

export const contractEnds = (endDate: string): Text => ({
  ja: `この契約は ${endDate} に終了します（終了済み）。`,
  en: `This contract ends (or ended) on ${endDate}.`,
});

export const CONTRACT_NOT_ACTIVE: Text = {
  ja: "この契約は有効ではないため申請できません。",
  en: "This contract is not active, so nothing can be requested.",
};

export const CANCELLATION_IN_PROGRESS: Text = {
  ja: "この契約にはすでに処理中の解約申請があります。",
  en: "This contract already has a cancellation request in progress.",
};

export const changeNotAllowed = (reasons: readonly Text[]): Text => ({
  ja: `この変更はできません。${reasons.map((r) => r.ja).join(" ")}`,
  en: `This change is not allowed. ${reasons.map((r) => r.en).join(" ")}`,
});

export const NOT_A_CONTRACT_ID: Text = { ja: "契約 ID の形式が正しくありません", en: "not a contract id" };

export const inThePast = (today: string): Text => ({
  ja: `過去の日付（${today} より前）は指定できません`,
  en: `must not be in the past (before ${today})`,
});

export const beyondHorizon = (years: number, horizon: string): Text => ({
  ja: `${years} 年より先（${horizon} より後）の日付は指定できません`,
  en: `must be within ${years} years (on or before ${horizon})`,
});

export const confirmationBeyond = (years: number, latest: string): Text => ({
  ja: `確認完了日は ${latest} 以前にしてください`,
  en: `must be on or before ${latest} (within ${years} years)`,
});

export const confirmationBeforeNotice = (noticeDate: string): Text => ({
  ja: `確認完了日は通知日 ${noticeDate} 以降にしてください`,
  en: `must be on or after the notice date ${noticeDate}`,
});

export const REASON_REQUIRED: Text = { ja: "却下の理由を入力してください", en: "give the reason for rejecting" };

export const NO_CHANGE: Text = {
  ja: "変更内容がありません。現在の契約内容と異なる値を指定してください。",
  en: "Nothing would change: give a configuration that differs from the contract's.",
};

export const quoteStale = (reasons: readonly Text[]): Text => ({
  ja: `確認した見積りから条件が変わったため、申請しませんでした。新しい見積りを確認してください。${reasons.map((r) => r.ja).join(" ")}`,
  en: `The conditions changed since the quote was reviewed, so nothing was submitted. Review the new quote. ${reasons.map((r) => r.en).join(" ")}`,
});

export const QUOTE_MISMATCH: Text = {
  ja: "申請内容が確認した見積りと一致しません",
  en: "does not match the reviewed quote (its contract, kind or dates)",
};
