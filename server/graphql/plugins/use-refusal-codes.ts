/**
 * Every refusal carries a code from brugkaart's one documented set (server/model/errors.ts).
 * A refusal of our own (a BrugkaartError, a plain Error) becomes a GraphQLError here, with its
 * message unmasked and its code and problems as `extensions`. GraphQL's and yoga's own refusals
 * (a document that does not parse or validate, a variable of the wrong type, a broken multipart
 * request) come without one, or with a code of their own;
 * they are input errors, so they become BAD_USER_INPUT, naming the document as the record.
 * Internal faults stay INTERNAL_SERVER_ERROR, masked. Nothing else of the original error (such
 * as yoga's `originalError`, which echoes the request) reaches the caller.
 *
 * Also: a document nested deeper than MAX_NESTING is refused before graphql-js's recursive
 * parser sees it, since a few kilobytes of brackets overflow its stack.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

import { BrugkaartError, ERROR_CODES } from '../../model/errors';

const KEPT_CODES = new Set<string>([...Object.keys(ERROR_CODES), 'INTERNAL_SERVER_ERROR']);

/** Deeper than any real query (the depth limit is 10) and far below the parser's stack. */
export const MAX_NESTING = 64;

/** The deepest nesting of { [ ( outside strings and comments. O(length). */
export function nestingDepth(document: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  let inComment = false;
  for (let index = 0; index < document.length; index += 1) {
    const char = document[index];
    if (inComment) {
      if (char === '\n' || char === '\r') inComment = false;
    } else if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '#') inComment = true;
    else if (char === '"') inString = true;
    else if (char === '{' || char === '[' || char === '(') deepest = Math.max(deepest, (depth += 1));
    else if (char === '}' || char === ']' || char === ')') depth -= 1;
  }
  return deepest;
}

/**
 * A refusal as GraphQL says it: the message as it is, `extensions.code` and
 * `extensions.problems`. `at` is the error graphql-js wrapped a resolver's refusal in, which
 * knows where in the document it happened.
 */
export function refusalAsGraphQLError(refusal: BrugkaartError, at?: GraphQLError): GraphQLError {
  return new GraphQLError(refusal.message, {
    nodes: at?.nodes ?? null,
    source: at?.source,
    positions: at?.positions,
    path: at?.path,
    extensions: { code: refusal.code, problems: refusal.problems },
  });
}

const withRefusalsSaid = (error: GraphQLError): GraphQLError =>
  error.originalError instanceof BrugkaartError ? refusalAsGraphQLError(error.originalError, error) : error;

function withCode(error: GraphQLError): GraphQLError {
  const code = error.extensions['code'];
  // yoga answers 200 to an application/json client only for errors in the GraphQL document, and
  // tells those apart by an `originalError` that is not a GraphQLError (a broken body). That
  // extension echoes the request, so it goes; the `spec` flag goes with it to keep the status.
  const { spec, ...httpWithoutSpec } = (error.extensions['http'] ?? {}) as { spec?: boolean };
  const fromBrokenBody = error.extensions['originalError'] !== undefined && !(error.extensions['originalError'] instanceof GraphQLError);
  const http = error.extensions['http'] === undefined ? undefined : fromBrokenBody ? httpWithoutSpec : { ...httpWithoutSpec, ...(spec === undefined ? {} : { spec }) };
  const kept = typeof code === 'string' && KEPT_CODES.has(code);
  const message = error.message;
  return new GraphQLError(message, {
    ...(error.source === undefined ? {} : { source: error.source }),
    ...(error.positions === undefined ? {} : { positions: error.positions }),
    ...(error.path === undefined ? {} : { path: error.path }),
    extensions: {
      ...(http === undefined ? {} : { http }),
      code: kept ? code : 'BAD_USER_INPUT',
      problems: kept ? (error.extensions['problems'] ?? []) : [{ record: 'query', field: '(document)', message }],
    },
  });
}

const normalise = (result: ExecutionResult): ExecutionResult =>
  result.errors === undefined ? result : { ...result, errors: result.errors.map((error) => withCode(error)) };

export function useRefusalCodes(): Plugin {
  return {
    onParams({ params, setResult }) {
      if (typeof params.query === 'string' && nestingDepth(params.query) > MAX_NESTING) {
        const message = `The document is nested more than ${String(MAX_NESTING)} levels deep.`;
        setResult({ errors: [refusalAsGraphQLError(new BrugkaartError('QUERY_TOO_COMPLEX', message, [{ record: 'query', field: '(document)', message }]))] });
      }
    },
    // Runs before yoga masks the errors of an execution (its masking plugin comes after every
    // plugin of ours), so a refusal a resolver threw reaches the caller as it was said.
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || result.errors === undefined) return;
          setResult({ ...result, errors: result.errors.map(withRefusalsSaid) });
        },
      };
    },
    onResultProcess({ result, setResult }) {
      if (Symbol.asyncIterator in Object(result)) return;
      const results = result as ExecutionResult | ExecutionResult[];
      setResult((Array.isArray(results) ? results.map(normalise) : normalise(results)) as typeof result);
    },
  };
}
