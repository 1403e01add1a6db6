import type { TermsBodyInput } from "../../src/dsl/index.js";
import { cite } from "./cite.js";

export const outline: NonNullable<TermsBodyInput["outline"]> = [
  { clause: "第4条", title: "プラン", paragraphs: 2 },
  { clause: "第5条", title: "利用期間", paragraphs: 2 },
  { clause: "第6条", title: "契約内容の変更", paragraphs: 2 },
  { clause: "第7条", title: "契約者が行う解約", paragraphs: 2 },
  { clause: "第8条", title: "利用料金", paragraphs: 11 },
  { clause: "第11条", title: "サービスの提供", paragraphs: 6 },
  { clause: "第12条", title: "機密保持", paragraphs: 1 },
  { clause: "第13条", title: "解除", paragraphs: 4 },
  { clause: "第14条", title: "免責", paragraphs: 4 },
  { clause: "第15条", title: "反社会的勢力の排除", paragraphs: 4 },
  { clause: "別紙1", title: "料金表" },
  { clause: "別紙2", title: "本サービス固有の制限事項等" },
];

export const crossReferences: NonNullable<TermsBodyInput["crossReferences"]> = [
  {
    at: "第8条第11項",
    target: "第5条第2項",
    subject: "最低利用期間",
    cite: [cite("第8条第11項", "第 5 条第 2 項に定める最低利用期間内に解約が生じた時は、")],
  },
  {
    at: "第14条第3項第6号",
    target: "第11条第2項",
    cite: [
      cite("第14条第3項第6号", "第 11 条第 2 項ないし第 4 項の本サービスの仕様変更、中断、停止等により生じた損害"),
    ],
  },
  {
    at: "第3条第2項第6号",
    target: "第12条",
    subject: "反社会的勢力",
    knownDefect: {
      intended: "第15条",
      note: {
        ja: "保証・表明・確約を定めるのは第15条のみで、第12条（機密保持）と第13条（解除）は該当しません。",
        en: "Only 第15条 contains the representations and covenants; 第12条 (confidentiality) and 第13条 (termination) do not.",
      },
    },
    cite: [cite("第3条第2項第6号", "第 1 2 条、第 1 3 条および第 1 5 条の保証、表明に反する事実があり、")],
  },
];
