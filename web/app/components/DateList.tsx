import { formatDate, type Lang } from "~/i18n/messages";

/** Labelled dates as a definition list; dates that are not known (null) are left out. */
export function DateList({
  lang,
  items,
  className = "key-dates",
}: {
  lang: Lang;
  items: { label: string; date: string | null | undefined; testId?: string }[];
  className?: string;
}) {
  const known = items.filter((i) => i.date);
  if (known.length === 0) return null;
  return (
    <dl className={className}>
      {known.map((i) => (
        <div key={i.label} className="date-row">
          <dt>{i.label}</dt>
          <dd data-testid={i.testId}>{formatDate(lang, i.date)}</dd>
        </div>
      ))}
    </dl>
  );
}
