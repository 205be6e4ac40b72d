/**
 * The fixed set of refusal codes every caller sees (GraphQL `extensions.code`, HTTP bodies,
 * the CLI). A refusal names what was wrong through `problems` (record and field). It is a
 * plain Error: each front says it in its own terms (GraphQL in graphql/plugins/use-refusal-codes.ts,
 * the downloads in http/downloads.ts, the CLI on standard error).
 */
import type { Problem } from './parse-network';

export const ERROR_CODES = {
  UNAUTHENTICATED: 'The operation needs a token, or the token sent is unknown or revoked.',
  FORBIDDEN: "The token's role does not allow the operation.",
  BAD_USER_INPUT: 'The input is wrong; `problems` names the record and field.',
  NOT_FOUND: 'The actor, link or region does not exist.',
  CONFLICT: 'The change clashes with what the database holds (for example an id that exists).',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the server accepts.',
  QUERY_TOO_COMPLEX: 'The GraphQL document is too deep, too wide or too costly.',
  RATE_LIMITED: 'Too many requests from this client; wait the seconds Retry-After gives.',
  DB_UNAVAILABLE: 'Neo4j cannot be reached; the server reconnects by itself.',
  TIMEOUT: 'The database transaction took longer than allowed.',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** A refusal: its message is for the caller, never masked; `code` and `problems` say what to fix. */
export class BrugkaartError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly Problem[];

  constructor(code: ErrorCode, message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = 'BrugkaartError';
    this.code = code;
    this.problems = problems;
  }
}

/** A refusal of bad input, with a message that repeats the first problems for readers of logs. */
export function badInput(problems: readonly Problem[], what = 'The input was refused'): BrugkaartError {
  const shown = problems
    .slice(0, 3)
    .map((p) => `${p.record}, field "${p.field}": ${p.message}`)
    .join('; ');
  const more = problems.length > 3 ? ` (and ${String(problems.length - 3)} more)` : '';
  return new BrugkaartError('BAD_USER_INPUT', `${what}: ${shown}${more}`, problems);
}
