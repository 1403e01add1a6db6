import { t, type Lang } from "~/i18n/messages";

/** The fee items the terms define without publishing their price (none: nothing is shown). */
export function UnpricedItems({ lang, items }: { lang: Lang; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{t(lang, "unpriced")}</h3>
      <ul>
        {items.map((u) => (
          <li key={u}>{u}</li>
        ))}
      </ul>
    </>
  );
}
