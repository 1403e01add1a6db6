import type { IsoDate, Text } from "../dsl/index.js";

/** One problem with a configuration, located at the offending key. */
export interface ParameterIssue {
  path: (string | number)[];
  message: Text;
}

/** Base of every error the engine raises on purpose: a stable code and a bilingual message. */
export abstract class TermsError extends Error {
  abstract readonly code: string;
  constructor(readonly text: Text) {
    super(text.en);
    this.name = new.target.name;
  }
}

export class UnknownServiceError extends TermsError {
  readonly code = "UNKNOWN_SERVICE";
  constructor(readonly serviceId: string) {
    super({ ja: `サービス「${serviceId}」はありません。`, en: `There is no service "${serviceId}".` });
  }
}

export class InvalidParametersError extends TermsError {
  readonly code = "INVALID_PARAMETERS";
  constructor(
    readonly serviceId: string,
    readonly issues: ParameterIssue[],
  ) {
    super({
      ja: `設定に誤りがあります（${issues.length}件）。`,
      en: `The configuration has ${issues.length} problem${issues.length === 1 ? "" : "s"}.`,
    });
  }
}

export class NoTermsInForceError extends TermsError {
  readonly code = "NO_TERMS_IN_FORCE";
  constructor(
    readonly serviceId: string,
    readonly asOf: IsoDate,
    readonly firstEffectiveFrom: IsoDate,
  ) {
    super({
      ja: `${asOf} 時点で有効な「${serviceId}」の規約はありません（最初の版は ${firstEffectiveFrom} から有効）。`,
      en: `No terms of "${serviceId}" are in force on ${asOf} (the first known version starts ${firstEffectiveFrom}).`,
    });
  }
}

export class TermsNotAvailableError extends TermsError {
  readonly code = "TERMS_NOT_AVAILABLE";
  constructor(
    readonly serviceId: string,
    readonly version: string,
    readonly asOf: IsoDate,
  ) {
    super({
      ja: `${asOf} 時点の「${serviceId}」の規約（${version}）は本文が資料にないため計算できません。`,
      en: `The terms of "${serviceId}" in force on ${asOf} (${version}) are known by date only; their text is not in the sources, so nothing can be computed under them.`,
    });
  }
}

/** The terms in force have no rule of the kind asked for (e.g. Flex Mobility has no surcharge clause). */
export class NoSuchRuleError extends TermsError {
  readonly code = "NO_SUCH_RULE";
  constructor(
    readonly serviceId: string,
    readonly version: string,
    rule: Text,
  ) {
    super({
      ja: `「${serviceId}」の規約（${version}）には${rule.ja}の定めがありません。`,
      en: `The terms of "${serviceId}" (${version}) have no ${rule.en} rule.`,
    });
  }
}

/** Raised when service data breaks the DSL's rules (a defect in the data, not in the input). */
export class TermsDataError extends TermsError {
  readonly code = "TERMS_DATA";
  constructor(
    readonly serviceId: string,
    readonly path: string,
    detail: string,
  ) {
    super({
      ja: `規約データの誤り（${serviceId} ${path}）: ${detail}`,
      en: `Terms data defect (${serviceId} ${path}): ${detail}`,
    });
  }
}
