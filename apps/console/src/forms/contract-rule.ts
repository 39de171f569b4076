import type { FormRule } from 'antd';

/** The part of a zod schema a form rule needs. */
interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly { message: string }[] } };
}

/** The first message a contract schema has for a form value, or undefined when the value passes. */
export function contractProblem(schema: SafeParser, value: unknown): string | undefined {
  const result = schema.safeParse(value ?? '');
  return result.success ? undefined : (result.error.issues[0]?.message ?? 'This value is not valid.');
}

/** An antd form rule that checks a field with the contract's own schema, so form and BFF agree. */
export function contractRule(schema: SafeParser): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const problem = contractProblem(schema, value);
      if (problem) throw new Error(problem);
    },
  };
}
