import { t, type Lang, type MessageKey } from "~/i18n/messages";

const REQUEST_STATUS: Record<string, MessageKey> = {
  pending: "statusReqPending",
  accepted: "statusReqAccepted",
  rejected: "statusReqRejected",
  completed: "statusReqCompleted",
  withdrawn: "statusReqWithdrawn",
};

export function requestStatusLabel(lang: Lang, status: string): string {
  const key = REQUEST_STATUS[status];
  return key ? t(lang, key) : status;
}

export function RequestStatus({ lang, status }: { lang: Lang; status: string }) {
  const key = REQUEST_STATUS[status];
  return <span className={`badge badge-${status}`}>{key ? t(lang, key) : status}</span>;
}

export function requestKindLabel(lang: Lang, kind: string) {
  return t(lang, kind === "cancellation" ? "kindCancellation" : "kindChange");
}
