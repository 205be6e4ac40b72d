/**
 * The one door to the GraphQL API: a fetch POST of `{ query, variables }` to /graphql.
 *
 * - A refusal (GraphQL `errors`, or an HTTP error with a JSON body) becomes an {@link ApiError}
 *   carrying the server's `extensions.code` and `extensions.problems` (record, field,
 *   message), so panels can say in plain words what was wrong.
 * - The caller's token, when there is one, goes along as `Authorization: Bearer …`.
 * - A request made with a `key` aborts the previous, still running request with the same key:
 *   typing in a picker or switching regions never lets a stale answer overwrite a newer one.
 *   The aborted call rejects with an ApiError of code `ABORTED`; {@link isAborted} tells.
 */
import type { Operation } from './operations/operation';

/** One reason the server refused input: where it is and what is wrong (schema `Problem`). */
export interface Problem {
  readonly record: string;
  readonly field: string;
  readonly message: string;
}

/**
 * The server's codes (schema/base.graphql) plus three of the client's own:
 * NETWORK (no answer), HTTP (an answer without GraphQL body) and ABORTED (superseded).
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'DB_UNAVAILABLE'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK'
  | 'HTTP'
  | 'ABORTED';

const KNOWN_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'DB_UNAVAILABLE',
  'TIMEOUT',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  'HTTP',
  'ABORTED',
]);

/** A failed request, with the server's code and problems when it sent them. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly Problem[];
  readonly status: number | null;

  constructor(code: ErrorCode, message: string, problems: readonly Problem[] = [], status: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
    this.status = status;
  }
}

export const isAborted = (error: unknown): boolean => error instanceof ApiError && error.code === 'ABORTED';

interface WireError {
  readonly message?: unknown;
  readonly extensions?: { readonly code?: unknown; readonly problems?: unknown };
}

interface WireResponse {
  readonly data?: unknown;
  readonly errors?: readonly WireError[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const textOr = (value: unknown): string => (typeof value === 'string' ? value : '');

function readProblems(value: unknown): Problem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item['message'] === 'string'
      ? [{ record: textOr(item['record']), field: textOr(item['field']), message: item['message'] }]
      : [],
  );
}

/** The first GraphQL error as an ApiError; its code falls back to INTERNAL_SERVER_ERROR. */
export function toApiError(errors: readonly WireError[], status: number | null): ApiError {
  const first = errors[0];
  const rawCode = first?.extensions?.code;
  const code: ErrorCode = typeof rawCode === 'string' && KNOWN_CODES.has(rawCode) ? (rawCode as ErrorCode) : 'INTERNAL_SERVER_ERROR';
  const message = typeof first?.message === 'string' ? first.message : 'Unknown error';
  const problems = errors.flatMap((error) => readProblems(error.extensions?.problems));
  return new ApiError(code, message, problems, status);
}

export interface RequestOptions {
  /** Requests sharing a key supersede each other: a new one aborts the running one. */
  readonly key?: string;
}

/** A typed GraphQL caller over fetch. */
export class GraphQLClient {
  readonly #endpoint: string;
  readonly #fetch: typeof fetch;
  readonly #token: () => string | null;
  readonly #running = new Map<string, AbortController>();

  constructor(endpoint = '/graphql', fetchFn: typeof fetch = (input, init) => fetch(input, init), token: () => string | null = () => null) {
    this.#endpoint = endpoint;
    this.#fetch = fetchFn;
    this.#token = token;
  }

  /** Runs an operation; resolves with its `data` or rejects with an ApiError. */
  async request<TData, TVariables>(
    operation: Operation<TData, TVariables>,
    variables: TVariables,
    options: RequestOptions = {},
  ): Promise<TData> {
    const controller = new AbortController();
    if (options.key !== undefined) {
      this.#running.get(options.key)?.abort();
      this.#running.set(options.key, controller);
    }
    try {
      return await this.#send<TData>(JSON.stringify({ operationName: operation.name, query: operation.query, variables }), { 'content-type': 'application/json' }, controller.signal);
    } finally {
      if (options.key !== undefined && this.#running.get(options.key) === controller) this.#running.delete(options.key);
    }
  }

  /**
   * Runs an operation with files, as a GraphQL multipart request (the spec graphql-yoga reads):
   * each file goes in its own part and its variable stays null in the JSON part, named in `map`.
   */
  async upload<TData, TVariables, F extends keyof TVariables & string>(operation: Operation<TData, TVariables>, variables: Omit<TVariables, F>, files: Readonly<Record<F, Blob>>): Promise<TData> {
    const names = Object.keys(files) as F[];
    const form = new FormData();
    form.append('operations', JSON.stringify({ operationName: operation.name, query: operation.query, variables: { ...variables, ...Object.fromEntries(names.map((name) => [name, null])) } }));
    form.append('map', JSON.stringify(Object.fromEntries(names.map((name, index) => [String(index), [`variables.${name}`]]))));
    names.forEach((name, index) => {
      const file = files[name];
      form.append(String(index), file, file instanceof File ? file.name : name);
    });
    // No content type of our own: the browser sets multipart/form-data with its boundary.
    return this.#send<TData>(form, {}, new AbortController().signal);
  }

  async #send<TData>(payload: string | FormData, headers: Readonly<Record<string, string>>, signal: AbortSignal): Promise<TData> {
    let response: Response;
    try {
      const token = this.#token();
      response = await this.#fetch(this.#endpoint, {
        method: 'POST',
        headers: { ...headers, accept: 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
        body: payload,
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw new ApiError('ABORTED', 'Superseded by a newer request');
      throw new ApiError('NETWORK', error instanceof Error ? error.message : 'The server did not answer');
    }
    let body: WireResponse;
    try {
      body = (await response.json()) as WireResponse;
    } catch {
      if (signal.aborted) throw new ApiError('ABORTED', 'Superseded by a newer request');
      throw new ApiError('HTTP', `HTTP ${String(response.status)} ${response.statusText}`, [], response.status);
    }
    if (body.errors !== undefined && body.errors.length > 0) throw toApiError(body.errors, response.status);
    if (!response.ok || body.data === undefined || body.data === null) {
      throw new ApiError('HTTP', `HTTP ${String(response.status)} ${response.statusText}`, [], response.status);
    }
    return body.data as TData;
  }
}
