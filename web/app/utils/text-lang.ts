/** Kana, kanji and full-width forms. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff5e]/;

/**
 * The `lang` to put on a name or quoted text that has only one language (a clause identifier, a
 * person's or organisation's Japanese name): "ja" when it is written in Japanese, so that assistive
 * technology reads it as Japanese on an English page; otherwise none (the page's own).
 */
export function langOfText(text: string | null | undefined): "ja" | undefined {
  return text && JAPANESE.test(text) ? "ja" : undefined;
}
