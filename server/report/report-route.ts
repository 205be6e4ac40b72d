/**
 * `GET /report/<region>.pdf` and `/report/all.pdf` (the whole network): the report page
 * (client/report.html) printed to PDF by the printer; `/report/<region>.html` sends the caller
 * to that page, which works without Chromium. Query: `lang=nl|en`, `at` and `since`
 * (YYYY-MM-DD) and the scope's filters as the downloads take them, plus `forums` and
 * `between` (the report holds figures).
 *
 * Every check runs before the print, and the PDF is sent only as a whole buffer, so a refusal
 * is a status with a sentence and never a half-made PDF. A refusal has the body of a GraphQL
 * refusal: `errors[0]` with the message and `extensions.code`. The caller needs what a
 * download needs (server/auth/policy.ts DOWNLOADS), and the page reads with the caller's token.
 */
import { DOWNLOADS } from '../auth/policy';
import type { Caller } from '../auth/roles';
import { refusal } from '../graphql/guard';
import { notADay } from '../model/dates';
import type { ErrorCode } from '../model/errors';
import type { Problem } from '../model/parse-network';
import { scopeFromQuery } from '../model/scope';
import { PrintFailure, type PrintFailureKind, type ReportPrinter } from './printer';

export interface ReportAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Buffer;
}

/** One report request: the path after /report/, the query, and the Authorization header. */
export type Reports = (file: string, parameters: URLSearchParams, authorization: string | undefined) => Promise<ReportAnswer>;

export interface ReportRouteOptions {
  readonly printer: ReportPrinter;
  /** The ids of the 35 arbeidsmarktregio's, from the store. */
  readonly regionIds: () => Promise<readonly string[]>;
  readonly callerOf: (authorization: string | undefined) => Promise<Caller>;
  readonly anonymousRead: boolean;
  /** Today as YYYY-MM-DD, for the file name of a report without `at`. */
  readonly today: () => string;
}

/** The whole network instead of one region. */
const WHOLE_NETWORK = 'all';

/** The query parameters the report page reads; anything else is not passed on. */
const PAGE_PARAMETERS = ['lang', 'at', 'since', 'illustrative', 'unconfirmed', 'linkTypes', 'forums', 'between'] as const;

const LANGUAGES = ['nl', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const isLanguage = (text: string): text is Language => (LANGUAGES as readonly string[]).includes(text);

const FILE = /^([a-z0-9-]+)\.(pdf|html)$/;

/** The fixed refusal codes (model/errors.ts), and the one the front uses for a failure of its own. */
type RefusalCode = ErrorCode | 'INTERNAL_SERVER_ERROR';

/** A print that failed is the server's failure, said with its sentence; a full queue is a rate limit. */
const STATUS_OF_FAILURE: Readonly<Record<PrintFailureKind, { status: number; code: RefusalCode }>> = {
  unavailable: { status: 503, code: 'INTERNAL_SERVER_ERROR' },
  busy: { status: 503, code: 'RATE_LIMITED' },
  failed: { status: 500, code: 'INTERNAL_SERVER_ERROR' },
  timeout: { status: 504, code: 'INTERNAL_SERVER_ERROR' },
};

const refused = (status: number, message: string, code: RefusalCode, problems?: readonly Problem[], headers: Record<string, string> = {}): ReportAnswer => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify({ errors: [{ message, extensions: problems === undefined ? { code } : { code, problems } }] }),
});

/** Problems of the report's own parameters (`lang`, `since`); the scope's are checked by scopeFromQuery. */
function parameterProblems(parameters: URLSearchParams): Problem[] {
  const problems: Problem[] = [];
  const lang = parameters.get('lang');
  if (lang !== null && !isLanguage(lang)) problems.push({ record: 'report', field: 'lang', message: `must be nl or en, got "${lang}"` });
  const since = parameters.get('since');
  const wrongSince = since === null ? undefined : notADay(since);
  if (wrongSince !== undefined) problems.push({ record: 'report', field: 'since', message: wrongSince });
  return problems;
}

/** The report page's address for a region and the checked query. */
function reportPagePath(region: string, parameters: URLSearchParams): string {
  const query = new URLSearchParams({ region });
  for (const name of PAGE_PARAMETERS) {
    const value = parameters.get(name);
    // The page reads forums as the API's enum (TIES, NODES); the route also takes ties and nodes.
    if (value !== null) query.set(name, name === 'forums' ? value.toUpperCase() : value);
  }
  return `/report.html?${query.toString()}`;
}

/** `brugkaart-twente-2026-11-29.pdf`: the region and the day the report is about. */
const reportFileName = (region: string, day: string): string => `brugkaart-rapport-${region}-${day}.pdf`;

export function createReports(options: ReportRouteOptions): Reports {
  return async (file, parameters, authorization) => {
    const caller = await options.callerOf(authorization).catch((): Caller => ({ kind: 'invalid' }));
    const denied = refusal(caller, DOWNLOADS, options.anonymousRead, 'report');
    if (denied !== undefined) return refused(denied.code === 'FORBIDDEN' ? 403 : 401, denied.message, denied.code);

    const match = FILE.exec(file);
    const [, region = '', kind = ''] = match ?? [];
    if (match === null) return refused(404, `No report "${file}": ask for /report/<region>.pdf, /report/${WHOLE_NETWORK}.pdf or /report/<region>.html.`, 'NOT_FOUND');
    if (region !== WHOLE_NETWORK && !(await options.regionIds()).includes(region)) {
      return refused(404, `No arbeidsmarktregio "${region}": use a region id as { regions { id } } lists them, or "${WHOLE_NETWORK}" for the whole network.`, 'NOT_FOUND');
    }
    const scope = scopeFromQuery(parameters, 'report', true);
    const problems = [...parameterProblems(parameters), ...(scope.ok ? [] : scope.problems)];
    if (problems.length > 0) {
      const sentence = problems.map((problem) => `${problem.field} ${problem.message}`).join('; ');
      return refused(400, `The report was refused: ${sentence}.`, 'BAD_USER_INPUT', problems);
    }

    const page = reportPagePath(region, parameters);
    if (kind === 'html') return { status: 302, headers: { location: page, 'content-type': 'text/plain; charset=utf-8' }, body: `See ${page}\n` };

    const lang = parameters.get('lang');
    try {
      const pdf = await options.printer.print({ page, authorization, language: lang !== null && isLanguage(lang) ? lang : 'nl' });
      return {
        status: 200,
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="${reportFileName(region, parameters.get('at') ?? options.today())}"`,
        },
        body: pdf,
      };
    } catch (error) {
      if (!(error instanceof PrintFailure)) throw error;
      const { status, code } = STATUS_OF_FAILURE[error.kind];
      const message = error.kind === 'unavailable' ? `${error.message} The HTML report is at ${page}` : error.kind === 'failed' ? `The report could not be made: ${error.message}` : error.message;
      return refused(status, message, code, undefined, error.kind === 'busy' ? { 'retry-after': '60' } : {});
    }
  };
}
