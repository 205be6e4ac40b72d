/**
 * Checks of GraphQL arguments the SDL cannot state (ranges, vocabularies), refused with the
 * argument's name as the field.
 */
import { notADay } from '../../model/dates';
import { badInput } from '../../model/errors';
import type { Problem } from '../../model/parse-network';

/** An integer argument within [min, max], or a BAD_USER_INPUT naming it. */
export function inRange(operation: string, field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const problem: Problem = { record: operation, field, message: `must be a whole number from ${String(min)} to ${String(max)}, got ${String(value)}` };
    throw badInput([problem], `The arguments of ${operation} were refused`);
  }
  return value;
}

/** Every value must be one of `allowed`; refusals name the list position. */
export function oneOf<T extends string>(operation: string, field: string, values: readonly string[], isAllowed: (value: string) => value is T, allowed: readonly string[]): T[] {
  const problems = values.flatMap((value, index): Problem[] =>
    isAllowed(value) ? [] : [{ record: operation, field: `${field}[${String(index)}]`, message: `unknown value "${value}"; expected one of ${allowed.join(', ')}` }],
  );
  // A screenful is what a caller can act on; a hostile list must not make a huge answer.
  if (problems.length > 0) throw badInput(problems.slice(0, 100), `The arguments of ${operation} were refused`);
  return values.filter(isAllowed);
}

/** An optional day argument (contract §8: a real YYYY-MM-DD), or a BAD_USER_INPUT naming it. */
export function calendarDay(operation: string, field: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const wrong = notADay(value);
  if (wrong !== undefined) throw badInput([{ record: operation, field, message: wrong }], `The arguments of ${operation} were refused`);
  return value;
}
