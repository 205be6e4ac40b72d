/**
 * The scope in words, above each result: which region and day, how forums count, whether
 * illustrative actors and unconfirmed links count, which link types, and between which two
 * domains. One function words it for every panel and the PNG caption, in the current language.
 */
import type { Domain } from '../api/operations/operation';
import { formatDay, t, vocabulary } from '../i18n/i18n';
import type { AppState } from '../state/app-state';
import type { AnalysisScope } from '../state/scope';
import { h } from './dom';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A domain as the scope words name it: "SZ", "Onderwijs". */
export const domainName = (domain: Domain): string => capitalised(vocabulary('domainShort', domain));

/** A pair of domains: "SZ–Onderwijs". */
export const pairLabel = (pair: readonly [Domain, Domain]): string => `${domainName(pair[0])}–${domainName(pair[1])}`;

/** The scope in one sentence; `regionName` null for the whole network. */
export function describeScope(scope: AnalysisScope, regionName: string | null): string {
  const linkTypes =
    scope.linkTypes === null
      ? t('scope.linkTypes.all')
      : scope.linkTypes.length === 0
        ? t('scope.linkTypes.none')
        : t('scope.linkTypes.some', { types: scope.linkTypes.map((type) => vocabulary('link', type)).join(', ') });
  const parts = [
    scope.forums === 'TIES' ? t('scope.forums.ties') : t('scope.forums.nodes'),
    scope.illustrative ? t('scope.illustrative.in') : t('scope.illustrative.out'),
    scope.unconfirmed ? t('scope.unconfirmed.in') : t('scope.unconfirmed.out'),
    linkTypes,
    t('scope.between', { first: domainName(scope.between[0]), second: domainName(scope.between[1]) }),
  ];
  const where = regionName === null ? t('scope.whole') : t('scope.region', { region: regionName });
  const when = scope.at === null ? '' : ` ${t('scope.at', { day: formatDay(scope.at) })}`;
  return `${where}${when}. ${parts.join('; ')}.`;
}

/** The sentence for the app's current scope and region. */
export function currentScopeWords(state: AppState): string {
  const region = state.data.reference.regions.find((item) => item.id === state.view.filters.region)?.name ?? null;
  return describeScope(state.view.scope, region);
}

/** The sentence as the line above a result. */
export const scopeLine = (state: AppState): HTMLElement => h('p', { class: 'scope', attrs: { 'data-testid': 'scope-statement' }, text: currentScopeWords(state) });
