import type { ExplanationStep } from "@yakkan/api";
import { Citations } from "~/components/Citations";
import { t, type Lang } from "~/i18n/messages";

/** One rendered step as the API gives it (decision 010): the verbaliser's sentence, its clauses, and its notes. */
export type ExplanationView = Pick<ExplanationStep, "rule" | "sentence" | "citations" | "notes">;

/** "How this was computed": each step with its clauses; interpretations and assumptions marked as such. */
export function Explanation({ lang, steps }: { lang: Lang; steps: ExplanationView[] }) {
  return (
    <>
      <h3>{t(lang, "explanation")}</h3>
      <ol className="explanation">
        {steps.map((s, i) => (
          <li key={i} data-rule={s.rule || undefined}>
            {s.sentence} <Citations citations={s.citations} />
            {s.notes.length > 0 ? (
              <ul className="notes">
                {s.notes.map((n, j) => (
                  <li key={j} className={`note note-${n.kind}`}>
                    <strong>{t(lang, n.kind === "assumption" ? "noteAssumption" : "noteInterpretation")}</strong>{" "}
                    {n.text} <Citations citations={n.citations} />
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
