/**
 * What counts in a figure (contract §7, schema `AnalysisScope`): forums as ties between their
 * members or as nodes, illustrative actors and unconfirmed links in or out, which link types,
 * and the two domains bridging and missing links are about. It lives in the view state, one
 * place; every panel that asks the API for a figure sends {@link scopeInput} and keys its
 * answer with {@link scopeKey}, so a change of scope asks again. Pure data and producers.
 */
import type { AnalysisScope as ScopeRequest, ForumMode } from '../api/generated';
import { DOMAINS, type Domain } from '../api/operations/operation';

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
 * The scope as URL parameters. `data`: the filters that choose which actors and links are in
 * the data (illustrative, unconfirmed, link types, the day), what the /export/* downloads take:
 * how figures are measured (forums, between) does not change the data. `figures`: those plus
 * how figures are measured, what a report is made of. Defaults are left out.
 */
function scopeParameters(scope: AnalysisScope, part: 'data' | 'figures'): URLSearchParams {
  const parameters = new URLSearchParams();
  if (scope.at !== null) parameters.set('at', scope.at);
  if (!scope.illustrative) parameters.set('illustrative', 'false');
  if (!scope.unconfirmed) parameters.set('unconfirmed', 'false');
  if (scope.linkTypes !== null) parameters.set('linkTypes', scope.linkTypes.join(','));
  if (part === 'figures') {
    if (scope.forums !== DEFAULT_SCOPE.forums) parameters.set('forums', scope.forums);
    if (scope.between.join() !== DEFAULT_SCOPE.between.join()) parameters.set('between', scope.between.join(','));
  }
  return parameters;
}

const asQuery = (parameters: URLSearchParams): string => {
  const query = parameters.toString();
  return query === '' ? '' : `?${query}`;
};

/** The query string of the /export/* downloads for a scope (see {@link scopeParameters}); empty for the default. */
export const downloadQuery = (scope: AnalysisScope): string => asQuery(scopeParameters(scope, 'data'));

/**
 * The query string of a report (/report/<region>.pdf, /report.html): the scope with its day,
 * and the report's language. Read back by {@link scopeFromQuery}.
 */
export function reportQuery(scope: AnalysisScope, language: string): string {
  const parameters = new URLSearchParams({ lang: language });
  for (const [name, value] of scopeParameters(scope, 'figures')) parameters.set(name, value);
  return asQuery(parameters);
}

const FORUM_MODES: readonly ForumMode[] = ['TIES', 'NODES'];

function flag(parameters: URLSearchParams, name: string): boolean {
  const value = parameters.get(name);
  if (value === null || value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`The parameter ${name} must be true or false, got "${value}".`);
}

/**
 * The scope a report's query string names ({@link reportQuery}), defaults for what it leaves
 * out. A malformed value is refused naming the parameter; whether link types, regions and days
 * exist is the API's to say.
 */
export function scopeFromQuery(parameters: URLSearchParams): AnalysisScope {
  const forums = parameters.get('forums') ?? DEFAULT_SCOPE.forums;
  if (!FORUM_MODES.includes(forums as ForumMode)) throw new Error(`The parameter forums must be TIES or NODES, got "${forums}".`);
  const betweenText = parameters.get('between');
  let between = DEFAULT_SCOPE.between;
  if (betweenText !== null) {
    const [first, second, ...rest] = betweenText.split(',');
    const isDomain = (value: string | undefined): value is Domain => DOMAINS.includes(value as Domain);
    if (!isDomain(first) || !isDomain(second) || rest.length > 0) throw new Error(`The parameter between must name two domains (${DOMAINS.join(', ')}), got "${betweenText}".`);
    between = [first, second];
  }
  const linkTypes = parameters.get('linkTypes');
  return {
    forums: forums as ForumMode,
    illustrative: flag(parameters, 'illustrative'),
    unconfirmed: flag(parameters, 'unconfirmed'),
    linkTypes: linkTypes === null ? null : linkTypes.split(',').filter((type) => type !== ''),
    between,
    at: parameters.get('at'),
  };
}
