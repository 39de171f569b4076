import type { FormRule } from 'antd';

interface Issue {
  message: string;
  path?: readonly PropertyKey[];
}

/** The part of a zod schema a form rule needs. */
export interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
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

/**
 * The message a contract schema has for one field (`path`, dotted) of a whole request, or undefined.
 * For rules that involve other fields, such as "the passwords do not match".
 */
export function contractPathProblem(schema: SafeParser, request: unknown, path: string): string | undefined {
  const result = schema.safeParse(request);
  if (result.success) return undefined;
  return result.error.issues.find((issue) => (issue.path ?? []).map(String).join('.') === path)?.message;
}

/**
 * An antd form rule that checks one field by parsing the whole request the form would send
 * (`toRequest` builds it from the form's values) and reporting the contract's issue at `path`.
 */
export function contractPathRule(
  schema: SafeParser,
  path: string,
  toRequest: (values: Record<string, unknown>) => unknown,
): FormRule {
  return (form) => ({
    validator: async () => {
      const problem = contractPathProblem(
        schema,
        toRequest(form.getFieldsValue(true) as Record<string, unknown>),
        path,
      );
      if (problem) throw new Error(problem);
    },
  });
}
