/**
 * A refusal or failure in plain words: what happened (by error code), and for refused
 * input each problem with the record and field it names, as the server sent them.
 */
import { ApiError } from '../api/graphql-client';
import { t, type MessageKey } from '../i18n/i18n';
import { h } from './dom';

const CODE_MESSAGES: Readonly<Record<string, MessageKey>> = {
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  FORBIDDEN: 'error.FORBIDDEN',
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  NOT_FOUND: 'error.NOT_FOUND',
  CONFLICT: 'error.CONFLICT',
  PAYLOAD_TOO_LARGE: 'error.PAYLOAD_TOO_LARGE',
  QUERY_TOO_COMPLEX: 'error.QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'error.RATE_LIMITED',
  DB_UNAVAILABLE: 'error.DB_UNAVAILABLE',
  TIMEOUT: 'error.TIMEOUT',
  NETWORK: 'error.NETWORK',
  HTTP: 'error.HTTP',
};

/** One sentence for an error, in the interface language. */
export function errorSummary(error: unknown): string {
  if (error instanceof ApiError) return t(CODE_MESSAGES[error.code] ?? 'error.INTERNAL_SERVER_ERROR');
  return t('error.CLIENT');
}

/** An alert box: the summary, then each problem as "record · field: message". */
export function errorView(error: unknown): HTMLElement {
  const problems = error instanceof ApiError ? error.problems : [];
  if (!(error instanceof ApiError)) console.error('brugkaart:', error);
  const detail = problems.length === 0 && error instanceof Error && !(error instanceof ApiError && error.code === 'NETWORK') ? error.message : null;
  return h(
    'div',
    { class: 'alert', attrs: { role: 'alert', tabindex: -1 } },
    h('strong', { text: errorSummary(error) }),
    problems.length > 0
      ? h(
          'ul',
          { class: 'problems' },
          problems.map((problem) =>
            h('li', {}, h('span', { class: 'problem-where', text: `${problem.record} · ${problem.field}` }), ': ', problem.message),
          ),
        )
      : null,
    detail === null ? null : h('p', { class: 'muted small', text: detail }),
  );
}
