import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import type { ParameterState, Scalar } from "@yakkan/terms";
import type { Lang } from "../../errors.js";
import { Citation, toCitation } from "../common/citation.type.js";
import { ParameterTypeEnum, type ParameterType } from "../common/enums.js";

/** A parameter's value, as the service's terms type it: a string, a whole number or a boolean. */
export type ParameterValue = Scalar;

const isParameterValue = (value: unknown): value is ParameterValue =>
  typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));

function checked(value: unknown): ParameterValue {
  if (!isParameterValue(value)) throw new GraphQLError(`A parameter value is a string, number or boolean`);
  return value;
}

export const ParameterValueScalar = new GraphQLScalarType<ParameterValue, ParameterValue>({
  name: "ParameterValue",
  description: "A parameter's value as the service's terms type it: a string, a number or a boolean.",
  serialize: checked,
  parseValue: checked,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.BOOLEAN) return ast.value;
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return Number(ast.value);
    throw new GraphQLError("A parameter value is a string, number or boolean", { nodes: ast });
  },
});

/** One key of a configuration in words (a contract's, or the one a change asks for): what pages list and GraphQL serves. */
@ObjectType({ description: "One key of a configuration in words, in the requested language." })
export class ConfigurationRow {
  @Field(() => String, { description: "The parameter's key (Service.parameters)." })
  key!: string;

  @Field(() => String, { description: "The parameter's label; the key itself when today's terms do not define it." })
  label!: string;

  @Field(() => String, { description: "The value's label, a count with its unit, or Yes/No." })
  value!: string;
}

@ObjectType({ description: "One value an enum parameter takes, with its label in the requested language." })
export class ParameterOption {
  @Field(() => ParameterValueScalar)
  value!: ParameterValue;

  @Field(() => String)
  label!: string;
}

@ObjectType({
  description:
    "One field of a service's configuration form, already in the requested language, with the rule that governs it under the configuration it was evaluated with.",
})
export class ParameterField {
  @Field(() => String, { description: "The parameter's key in a configuration (Service.parameters)." })
  key!: string;

  @Field(() => ParameterTypeEnum)
  type!: ParameterType;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true, description: "What the parameter means, from the terms data." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Integers: what is counted, e.g. 台." })
  unit!: string | null;

  @Field(() => Int, { nullable: true, description: "Integers priced in blocks of this many, rounded up." })
  pricingBlock!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the key may be given under the configuration; null when that depends on a key whose value is missing or invalid.",
  })
  applies!: boolean | null;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => ParameterValueScalar, { nullable: true, description: "Used when the key is absent." })
  defaultValue!: ParameterValue | null;

  @Field(() => [ParameterOption], { description: "Enums: every value the terms define, in their order." })
  options!: ParameterOption[];

  @Field(() => [ParameterValueScalar], {
    nullable: true,
    description: "Enums: the values the rule in force allows; null when every option is allowed.",
  })
  allowedValues!: ParameterValue[] | null;

  @Field(() => Int, { nullable: true, description: "Integers: the least value allowed (inclusive)." })
  min!: number | null;

  @Field(() => Int, { nullable: true, description: "Integers: the greatest value allowed (inclusive)." })
  max!: number | null;

  @Field(() => String, { nullable: true, description: "The rule's note, e.g. why a value is not offered." })
  note!: string | null;

  @Field(() => [Citation], { description: "The clauses defining the parameter." })
  citations!: Citation[];
}

/**
 * The engine's parameter states in one language: the one projection of the DSL's parameter specs,
 * for GraphQL (Service.parameterFields) and the portal's forms alike.
 */
export function toParameterFields(states: readonly ParameterState[], lang: Lang): ParameterField[] {
  return states.map(({ spec, applies, rule }) => ({
    key: spec.key,
    type: spec.type,
    label: spec.label[lang],
    description: spec.description?.[lang] ?? null,
    unit: spec.type === "integer" ? (spec.unit?.[lang] ?? null) : null,
    pricingBlock: spec.type === "integer" ? (spec.pricingBlock ?? null) : null,
    applies: applies === "unknown" ? null : applies,
    required: rule?.required ?? false,
    defaultValue: rule?.default ?? null,
    options: spec.type === "enum" ? spec.values.map((v) => ({ value: v.value, label: v.label[lang] })) : [],
    allowedValues: rule?.allowed ?? null,
    min: rule?.min ?? null,
    max: rule?.max ?? null,
    note: rule?.note?.[lang] ?? null,
    citations: spec.cite.map(toCitation),
  }));
}
