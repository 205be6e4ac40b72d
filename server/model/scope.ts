/**
 * Contract §7: which part of the network a figure is about. A scope is plain data, the same for
 * the CLI, the GraphQL API and the explorer; every analysis result is kept per scope.
 */
import { DOMAINS, isDomain, isLinkType, LINK_TYPES, type Domain, type LinkType } from './network';
import { notADay } from './dates';
import type { Problem } from './parse-network';

/** Contract §6: forums tie their members (the default) or stay nodes of the graph. */
export type ForumMode = 'ties' | 'nodes';

export interface AnalysisScope {
  readonly forums: ForumMode;
  /** false leaves out illustrative actors and every link marked illustrative. */
  readonly illustrative: boolean;
  /** false leaves out unconfirmed links. */
  readonly unconfirmed: boolean;
  /** Only links of these types (a forum membership counts as its link's type); null: every type. */
  readonly linkTypes: readonly LinkType[] | null;
  /** The two domains `bridging` and `missingLinks` are about; SZ and EZ by default. */
  readonly between: readonly [Domain, Domain];
  /** Contract §8: only the actors and links present on this day (YYYY-MM-DD); null: every one, whatever its dates. */
  readonly at: string | null;
}

/** The whole network, forums as ties (contract §7). */
export const DEFAULT_SCOPE: AnalysisScope = { forums: 'ties', illustrative: true, unconfirmed: true, linkTypes: null, between: ['SZ', 'EZ'], at: null };

/** A scope as a caller sends it: every field optional, nothing checked yet. */
export interface ScopeRequest {
  readonly forums?: ForumMode | null | undefined;
  readonly illustrative?: boolean | null | undefined;
  readonly unconfirmed?: boolean | null | undefined;
  readonly linkTypes?: readonly string[] | null | undefined;
  readonly between?: readonly string[] | null | undefined;
  readonly at?: string | null | undefined;
}

export type ScopeResult = { readonly ok: true; readonly scope: AnalysisScope } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The scope a request asks for, the defaults filling what it leaves out; or every problem, each
 * naming `record` and the field (`scope.linkTypes`, `scope.between`, `scope.at`). Link types are kept in the
 * vocabulary's order and without repeats, so two requests for the same scope share one key.
 */
export function checkScope(request: ScopeRequest | null | undefined, record: string): ScopeResult {
  const problems: Problem[] = [];
  const linkTypes = request?.linkTypes ?? null;
  for (const type of linkTypes ?? []) {
    if (!isLinkType(type)) {
      problems.push({ record, field: 'scope.linkTypes', message: `unknown link type "${type}"; known: ${Object.keys(LINK_TYPES).join(', ')}` });
    }
  }
  const between = request?.between ?? DEFAULT_SCOPE.between;
  for (const domain of between) {
    if (!isDomain(domain)) problems.push({ record, field: 'scope.between', message: `unknown domain "${domain}"; known: ${DOMAINS.join(', ')}` });
  }
  const [first, second] = between;
  if (between.length !== 2 || first === second) {
    problems.push({ record, field: 'scope.between', message: `needs exactly two different domains, got ${between.length === 0 ? 'none' : between.join(', ')}` });
  }
  const at = request?.at ?? null;
  const wrongDay = at === null ? undefined : notADay(at);
  if (wrongDay !== undefined) problems.push({ record, field: 'scope.at', message: wrongDay });
  if (problems.length > 0 || !isDomain(first) || !isDomain(second)) return { ok: false, problems };
  const wanted = new Set(linkTypes);
  return {
    ok: true,
    scope: {
      forums: request?.forums ?? DEFAULT_SCOPE.forums,
      illustrative: request?.illustrative ?? DEFAULT_SCOPE.illustrative,
      unconfirmed: request?.unconfirmed ?? DEFAULT_SCOPE.unconfirmed,
      linkTypes: linkTypes === null ? null : (Object.keys(LINK_TYPES) as LinkType[]).filter((type) => wanted.has(type)),
      between: [first, second],
      at,
    },
  };
}

/**
 * The scope a URL's query string asks for, as the explorer's downloads and reports write it:
 * `illustrative=false`, `unconfirmed=false`, `linkTypes=a,b` and `at=YYYY-MM-DD` choose the
 * data; with `figures`, `forums=ties|nodes` and `between=SZ,EZ` choose how figures are made
 * (a download carries no figures, so it leaves them out). A bad value is refused naming
 * `scope.<parameter>`.
 */
export function scopeFromQuery(parameters: URLSearchParams, record: string, figures: boolean): ScopeResult {
  const problems: Problem[] = [];
  const flag = (name: 'illustrative' | 'unconfirmed'): boolean | undefined => {
    const value = parameters.get(name);
    if (value === null || value === 'true') return value === null ? undefined : true;
    if (value === 'false') return false;
    problems.push({ record, field: `scope.${name}`, message: `must be true or false, got "${value}"` });
    return undefined;
  };
  const forums = (): ForumMode | undefined => {
    const value = parameters.get('forums');
    if (value === null) return undefined;
    const mode = value.toLowerCase();
    if (mode === 'ties' || mode === 'nodes') return mode;
    problems.push({ record, field: 'scope.forums', message: `must be ties or nodes, got "${value}"` });
    return undefined;
  };
  const request: ScopeRequest = {
    illustrative: flag('illustrative'),
    unconfirmed: flag('unconfirmed'),
    linkTypes: parameters.get('linkTypes')?.split(','),
    at: parameters.get('at'),
    ...(figures ? { forums: forums(), between: parameters.get('between')?.split(',') } : {}),
  };
  const checked = checkScope(request, record);
  if (!checked.ok) return { ok: false, problems: [...problems, ...checked.problems] };
  return problems.length > 0 ? { ok: false, problems } : checked;
}

/** One string per distinct scope: the key results are kept under. */
export const scopeKey = (scope: AnalysisScope): string =>
  [scope.forums, scope.illustrative ? 'i' : '-', scope.unconfirmed ? 'u' : '-', scope.linkTypes?.join('+') ?? '*', scope.between.join('+'), scope.at ?? '*'].join('|');

/** Whether the scope is the default one. */
export const isDefaultScope = (scope: AnalysisScope): boolean => scopeKey(scope) === scopeKey(DEFAULT_SCOPE);

/** The `"scope"` object a report states (contract §7), with the region it is about (null: all). */
export interface ScopeStatement {
  readonly forums: ForumMode;
  readonly region: string | null;
  readonly illustrative: boolean;
  readonly unconfirmed: boolean;
  readonly linkTypes: readonly LinkType[] | null;
  readonly between: readonly [Domain, Domain];
  /** The day the figures are about; null: the whole network, whatever its dates. */
  readonly at: string | null;
}

export const scopeStatement = (scope: AnalysisScope, region: string | null): ScopeStatement => ({
  forums: scope.forums,
  region,
  illustrative: scope.illustrative,
  unconfirmed: scope.unconfirmed,
  linkTypes: scope.linkTypes,
  between: scope.between,
  at: scope.at,
});
