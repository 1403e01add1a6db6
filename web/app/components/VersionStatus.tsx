import { t, type Lang } from "~/i18n/messages";

export function VersionStatus({
  lang,
  status,
  reviewRequested,
}: {
  lang: Lang;
  status: string;
  reviewRequested?: boolean;
}) {
  const key = status === "draft" ? "statusDraft" : status === "scheduled" ? "statusScheduled" : "statusPublished";
  return (
    <>
      <span
        className={`badge badge-${status === "draft" ? "pending" : status === "scheduled" ? "accepted" : "completed"}`}
      >
        {t(lang, key)}
      </span>
      {status === "draft" && reviewRequested ? (
        <span className="badge badge-accepted">{t(lang, "reviewRequested")}</span>
      ) : null}
    </>
  );
}
