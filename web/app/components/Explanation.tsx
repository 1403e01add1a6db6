import { Citations, type CitationView } from "~/components/Citations";
import { t, type Lang } from "~/i18n/messages";

/** One rendered step: the verbaliser's sentence, its clauses, and the notes it relied on. */
export interface ExplanationView {
  rule: string;
  message: string;
  citations: CitationView[];
  notes: { kind: string; text: string; citations: CitationView[] }[];
}

/** "How this was computed": each step with its clauses; interpretations and assumptions marked as such. */
export function Explanation({ lang, steps }: { lang: Lang; steps: ExplanationView[] }) {
  return (
    <>
      <h3>{t(lang, "explanation")}</h3>
      <ol className="explanation">
        {steps.map((s, i) => (
          <li key={i} data-rule={s.rule || undefined}>
            {s.message} <Citations citations={s.citations} />
            {s.notes.length > 0 ? (
              <ul className="notes">
                {s.notes.map((n, j) => (
                  <li key={j} className={`note note-${n.kind}`}>
                    <strong>{t(lang, n.kind === "assumption" ? "noteAssumption" : "noteInterpretation")}</strong> {n.text} <Citations citations={n.citations} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
