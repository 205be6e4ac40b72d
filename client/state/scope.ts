/**
 * What counts in a figure (contract §7, schema `AnalysisScope`): forums as ties between their
 * members or as nodes, illustrative actors and unconfirmed links in or out, which link types,
 * and the two domains bridging and missing links are about. It lives in the view state, one
 * place; every panel that asks the API for a figure sends {@link scopeInput} and keys its
 * answer with {@link scopeKey}, so a change of scope asks again. Pure data and producers.
 */
import type { AnalysisScope as ScopeRequest, ForumMode } from '../api/generated';
import type { Domain } from '../api/operations/operation';

export type { ForumMode };

/**
 * The API's scope input (generated from schema/) as the view keeps it: every field set,
 * `linkTypes` null for every type, `between` a pair.
 */
export type AnalysisScope = { readonly [Field in Exclude<keyof ScopeRequest, 'linkTypes' | 'between' | 'at'>]-?: NonNullable<ScopeRequest[Field]> } & {
  readonly linkTypes: readonly string[] | null;
  readonly between: readonly [Domain, Domain];
  /** The day the figures are about (YYYY-MM-DD); null: the whole network, whatever its dates. */
  readonly at: string | null;
};

/** The whole network, forums as ties, between SZ and EZ (the API's defaults). */
export const DEFAULT_SCOPE: AnalysisScope = { forums: 'TIES', illustrative: true, unconfirmed: true, linkTypes: null, between: ['SZ', 'EZ'], at: null };

/** The pairs the control offers first: the ones the documents ask about. */
const COMMON_PAIRS: readonly (readonly [Domain, Domain])[] = [
  ['SZ', 'EZ'],
  ['SZ', 'ONDERWIJS'],
  ['EZ', 'ONDERWIJS'],
];

/** Every pair of two different domains, the common ones first, each once. */
export function domainPairs(domains: readonly Domain[]): (readonly [Domain, Domain])[] {
  const pairs: (readonly [Domain, Domain])[] = COMMON_PAIRS.filter(([a, b]) => domains.includes(a) && domains.includes(b));
  domains.forEach((first, index) => {
    for (const second of domains.slice(index + 1)) if (!pairs.some((pair) => samePair(pair, [first, second]))) pairs.push([first, second]);
  });
  return pairs;
}

const samePair = (a: readonly [Domain, Domain], b: readonly [Domain, Domain]): boolean => (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);

/** One string per distinct scope, for the panels' loader keys. */
export const scopeKey = (scope: AnalysisScope): string =>
  [scope.forums, scope.illustrative ? 'i' : '-', scope.unconfirmed ? 'u' : '-', scope.linkTypes === null ? '*' : [...scope.linkTypes].sort().join('+'), scope.between.join('+'), scope.at ?? '*'].join('|');

/** The GraphQL `AnalysisScope` input for a scope. */
export const scopeInput = (scope: AnalysisScope): ScopeRequest => ({
  forums: scope.forums,
  illustrative: scope.illustrative,
  unconfirmed: scope.unconfirmed,
  linkTypes: scope.linkTypes,
  between: [...scope.between],
  at: scope.at,
});

export const isDefaultScope = (scope: AnalysisScope): boolean => scopeKey(scope) === scopeKey(DEFAULT_SCOPE);

export const withForums = (scope: AnalysisScope, forums: ForumMode): AnalysisScope => ({ ...scope, forums });
export const withIllustrativeCounted = (scope: AnalysisScope, illustrative: boolean): AnalysisScope => ({ ...scope, illustrative });
export const withUnconfirmedCounted = (scope: AnalysisScope, unconfirmed: boolean): AnalysisScope => ({ ...scope, unconfirmed });
export const withBetween = (scope: AnalysisScope, between: readonly [Domain, Domain]): AnalysisScope => ({ ...scope, between });

/**
 * Switches one link type on or off. All of `allTypes` on is stored as null (every type, also
 * types the vocabulary gains later); the order of `allTypes` is kept.
 */
export function withLinkTypeToggled(scope: AnalysisScope, type: string, allTypes: readonly string[]): AnalysisScope {
  const current = new Set(scope.linkTypes ?? allTypes);
  if (current.has(type)) current.delete(type);
  else current.add(type);
  const linkTypes = allTypes.filter((item) => current.has(item));
  return { ...scope, linkTypes: linkTypes.length === allTypes.length ? null : linkTypes };
}

/** Whether a link type counts in this scope. */
export const countsLinkType = (scope: AnalysisScope, type: string): boolean => scope.linkTypes === null || scope.linkTypes.includes(type);

/** The day of the timeline (YYYY-MM-DD), or null for the whole network. */
export const withAt = (scope: AnalysisScope, at: string | null): AnalysisScope => (scope.at === at ? scope : { ...scope, at });

/**
 * The query string of the /export/* downloads for a scope: the filters that choose which
 * actors and links are in the data (illustrative, unconfirmed, link types, the day). How
 * figures are measured (forums, between) does not change the data, so it is not sent. Empty
 * for the default.
 */
export function downloadQuery(scope: AnalysisScope): string {
  const parameters = new URLSearchParams();
  if (scope.at !== null) parameters.set('at', scope.at);
  if (!scope.illustrative) parameters.set('illustrative', 'false');
  if (!scope.unconfirmed) parameters.set('unconfirmed', 'false');
  if (scope.linkTypes !== null) parameters.set('linkTypes', scope.linkTypes.join(','));
  const query = parameters.toString();
  return query === '' ? '' : `?${query}`;
}
