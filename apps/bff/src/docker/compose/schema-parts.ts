import { z } from 'zod';

/** Bounds on what one create body may hold; docker-compose sends a few dozen entries at most. */
export const MAX_ENTRIES = 1000;
export const MAX_TEXT_CHARS = 64 * 1024;

export const text = z.string('must be a string').max(MAX_TEXT_CHARS, 'must be at most 64 KiB long');

export const list = <T extends z.ZodType>(item: T) =>
  z.array(item, 'must be a list').max(MAX_ENTRIES, `must have at most ${MAX_ENTRIES.toLocaleString('en-US')} entries`);

/** A JSON object used as a map (labels, sysctls, port keys…), keys checked by `key`. */
export const map = <T extends z.ZodType>(value: T, key: z.ZodType<string> = text) =>
  z
    .record(key, value, 'must be an object')
    .refine(
      (entries) => Object.keys(entries).length <= MAX_ENTRIES,
      `must have at most ${MAX_ENTRIES.toLocaleString('en-US')} entries`,
    );

export const stringList = list(text);

/** `Cmd` and `Entrypoint`: Docker takes either form. */
export const textOrList = z.union([text, stringList], 'must be a string or a list of strings');

/** An empty object, as Docker writes the members of a set (`{"80/tcp": {}}`). */
export const setMember = z.object({}, 'must be an object');

export const flag = z.boolean('must be true or false');

export const whole = z.int('must be a whole number').min(0, 'must not be negative');

/** Docker's -1 for "unlimited" (memory swap, ulimits). */
export const wholeOrUnlimited = z.int('must be a whole number').min(-1, 'must be -1 (unlimited) or more');

/** A transform step that parses a string, or reports `problem` where the string is. */
export function parsedAs<T>(parse: (value: string) => T | undefined, problem: string) {
  return (value: string, ctx: z.RefinementCtx<string>): T => {
    const parsed = parse(value);
    if (parsed !== undefined) return parsed;
    ctx.issues.push({ code: 'custom', message: problem, input: value });
    return z.NEVER;
  };
}
