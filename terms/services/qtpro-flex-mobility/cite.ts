import type { Citation } from "../../src/dsl/index.js";

/** The document every clause of this service cites: `../shared/seeds/qtpro-flex-mobility.terms.ja.txt`. */
export const DOCUMENT = "qtpro-flex-mobility.terms";

export function cite(clause: string, text?: string): Citation {
  return text === undefined ? { document: DOCUMENT, clause } : { document: DOCUMENT, clause, text };
}

// Clauses cited from several places, quoted once.
export const PLAN_TABLE = cite(
  "別紙1 1.",
  "Starter 以下に該当するもの ・デバイスライセンス数は 100 から 500 の範囲で指定可能 ・Mobility サーバー帯域は 100M 固定 ・アクセス回線接続帯域は、50M 又は 100M から指定可能",
);
export const CORE_COMPLETE_TABLE = cite(
  "別紙1 1.",
  "Core 以下に該当するもの ・デバイスライセンス数は 100 から 60,000 の範囲で指定可能 ・Mobility サーバー帯域およびアクセス回線接続帯域は 200M から 2G の範囲で指定可能",
);
export const COMPLETE_LOG = cite("別紙1 1.", "・可視化ログ保管期間は 90 日/180 日/360 日 から指定可能");
export const LICENCE_UNITS = cite(
  "別紙1 2.(1)①",
  "※ 50 ライセンス単位でのご提供 (101 ライセンス必要な場合は 150 ライセンス分の料金適用となります)",
);
export const OPTIONS_CORE_COMPLETE = cite("別紙1 3.(1)", "Core,Complete 共通");
export const PROXY_TWICE_MONTHLY = cite(
  "別紙1 3.(1)②",
  "※マルチリージョンオプション利用で且つ透過プロキシ利用の場合は、50,000 円×2 契約となります。",
);
export const PROXY_TWICE_INITIAL = cite(
  "別紙1 3.(2)②",
  "※マルチリージョンオプション利用で且つ透過プロキシ利用の場合は、30,000 円×2 契約となります。",
);

export const PAYMENT_DEADLINE = cite(
  "第8条第3項",
  "なお、支払期限が金融機関の休業日にあたる場合は、その前営業日を支払期限とします。",
);
