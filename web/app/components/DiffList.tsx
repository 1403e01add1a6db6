import { Citations, type CitationView } from "~/components/Citations";
import { t, type Lang } from "~/i18n/messages";

/** The differences between two versions in plain language, each with its clauses. */
export function DiffList({
  lang,
  lines,
}: {
  lang: Lang;
  lines: { area: string; text: string; citations: CitationView[] }[];
}) {
  if (lines.length === 0) return <p className="empty">{t(lang, "noDifferences")}</p>;
  return (
    <ul className="rules" data-testid="diff">
      {lines.map((l, i) => (
        <li key={i}>
          {l.text} <Citations citations={l.citations} />
        </li>
      ))}
    </ul>
  );
}
