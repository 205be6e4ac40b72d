/**
 * The report's parts as DOM, each only where it has something to say: cover, map, scorecard,
 * key figures and forums, policy islands, suggested links, what changed, sources and methods.
 * Headings run h1 (cover) → h2 (part) → h3 (item); every table has a header row with scope.
 * Data in, elements out: the page (main.ts) fetches, these only write.
 */
import type { ActorMeasures, ForumMeasures, PolicyIsland, RegionScorecard, SuggestedLink, WhatIf } from '../api/operations/analytics';
import type { Domain } from '../api/operations/operation';
import { DOMAINS } from '../api/operations/operation';
import type { ReportActor, ReportChanges, ReportLink, ReportRegion } from '../api/operations/report';
import { formatMeasure, formatNumber, formatPercent, getLanguage, t, vocabulary } from '../i18n/i18n';
import { h, type Child } from '../panels/dom';
import { domainName, pairLabel } from '../panels/scope-statement';
import { DOMAIN_COLOURS, SUGGESTED_COLOUR, typeColour } from '../render/palette';
import type { AnalysisScope } from '../state/scope';
import { SCORECARD_FIGURES, type Citations, type ScorecardFigure } from './figures';

/** A part of the report: a section with its h2, labelled by it. */
export function part(id: string, title: string, ...children: readonly (Child | readonly Child[])[]): HTMLElement {
  return h('section', { class: 'report-part', id, attrs: { 'aria-labelledby': `${id}-title`, 'data-testid': `report-${id}` } }, h('h2', { id: `${id}-title`, text: title }), ...children);
}

type Cell = Child | readonly Child[];

/** A table with a header row (th scope=col) and rows whose first cell is their header (th scope=row). */
function table(caption: string | null, head: readonly string[], body: readonly (readonly Cell[])[], className = 'report-table'): HTMLElement {
  return h(
    'table',
    { class: className },
    caption === null ? null : h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, head.map((text) => h('th', { attrs: { scope: 'col' }, text })))),
    h('tbody', {}, body.map(([first, ...rest]) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, first), rest.map((cell) => h('td', {}, cell))))),
  );
}

const list = (items: readonly string[]): string => items.join(', ');

export interface CoverInput {
  readonly region: ReportRegion | null;
  readonly day: string;
  readonly scopeWords: string;
  readonly actors: number;
  readonly links: number;
  readonly sources: number;
}

/** The cover: the region, its gemeenten, the day, the scope in words and the counts. */
export function cover(input: CoverInput): HTMLElement {
  const name = input.region?.name ?? t('filters.wholeNetwork');
  const gemeenten = input.region?.gemeenten ?? [];
  return h(
    'header',
    { class: 'report-cover', attrs: { 'data-testid': 'report-cover' } },
    h('p', { class: 'report-brand', text: 'brugkaart' }),
    h('h1', { text: t('report.title', { region: name }) }),
    h('p', { class: 'report-subtitle', text: t('report.subtitle') }),
    h(
      'dl',
      { class: 'report-facts' },
      input.region === null ? null : [h('dt', { text: t('report.cover.code') }), h('dd', { text: input.region.code })],
      gemeenten.length === 0 ? null : [h('dt', { text: t('report.cover.gemeenten', { count: gemeenten.length }) }), h('dd', { text: list(gemeenten) })],
      h('dt', { text: t('report.cover.day') }),
      h('dd', { text: input.day }),
      h('dt', { text: t('report.cover.scope') }),
      h('dd', { text: input.scopeWords }),
      h('dt', { text: t('report.cover.counts') }),
      h('dd', { text: t('report.cover.countsText', { actors: input.actors, links: input.links, sources: input.sources }) }),
    ),
  );
}

/** What the map's marks mean, as the explorer's legend says it, with the actor types the map shows. */
export function mapLegend(actorTypes: readonly string[], hasForums: boolean, hasSuggestions: boolean): HTMLElement {
  return h(
    'ul',
    { class: 'report-legend', attrs: { 'aria-label': t('legend.title') } },
    h('li', {}, h('strong', { text: `${t('legend.ring')}: ` }), DOMAINS.map((domain) => h('span', { class: 'legend-item' }, h('span', { class: 'ring-swatch', attrs: { style: `border-color:${DOMAIN_COLOURS[domain]}`, 'aria-hidden': 'true' } }), vocabulary('domainShort', domain)))),
    h('li', {}, h('strong', { text: `${t('report.legend.fill')}: ` }), actorTypes.map((type) => h('span', { class: 'legend-item' }, h('span', { class: 'fill-swatch', attrs: { style: `background:${typeColour(type)}`, 'aria-hidden': 'true' } }), vocabulary('type', type)))),
    h('li', { text: t('legend.sizeDegree') }),
    h('li', { text: t('legend.illustrative') }),
    hasForums ? h('li', { text: t('legend.forum') }) : null,
    hasSuggestions ? h('li', {}, h('span', { class: 'line-swatch', attrs: { style: `border-color:${SUGGESTED_COLOUR}`, 'aria-hidden': 'true' } }), t('legend.suggested')) : null,
  );
}

const figureLabel = (figure: ScorecardFigure): string => t(`figures.${figure}`);

function figureValue(figure: ScorecardFigure, value: number | null): string {
  if (value === null) return '–';
  if (figure === 'density' || figure === 'szEzWithinTwoSteps') return formatPercent(value, 1);
  if (figure === 'eiIndex') return formatMeasure(value, 2);
  return formatNumber(value, 1);
}

/** The region's scorecard beside the national median of the regions that have actors. */
export function scorecard(card: RegionScorecard, medians: Record<ScorecardFigure, number | null> | null, regionsWithActors: number): HTMLElement {
  const name = card.region?.name ?? t('filters.wholeNetwork');
  const head = [t('report.scorecard.figure'), name, ...(medians === null ? [] : [t('report.scorecard.median')])];
  const rows = SCORECARD_FIGURES.map((figure) => [figureLabel(figure), figureValue(figure, card[figure]), ...(medians === null ? [] : [figureValue(figure, medians[figure])])]);
  const perDomain = [t('region.domains'), DOMAINS.map((domain) => `${vocabulary('domainShort', domain)} ${String(card.actorsPerDomain[domain])}`).join(' · '), ...(medians === null ? [] : [''])];
  return h(
    'div',
    {},
    table(null, head, [rows[0] ?? [], perDomain, ...rows.slice(1)], 'report-table scorecard-table'),
    medians === null ? null : h('p', { class: 'report-note', text: t('report.scorecard.medianNote', { count: regionsWithActors }) }),
  );
}

/** An actor's role in words: its type, its domains, and the person holding it when there is one. */
function roleOf(actor: ReportActor | undefined, fallback: ActorMeasures['actor']): string {
  const type = vocabulary('type', actor?.type ?? fallback.type);
  const domains = (actor?.domains ?? [fallback.domain]).map((domain: Domain) => domainName(domain)).join(', ');
  const person = actor?.person ?? null;
  return person === null ? `${type} (${domains})` : `${type} (${domains}); ${person}`;
}

/** The names of an actor's partners over the scope's links, sorted. */
function partnersOf(actorId: string, links: readonly ReportLink[]): string[] {
  const names = new Set<string>();
  for (const link of links) {
    if (link.from.id === actorId) names.add(link.to.name);
    else if (link.to.id === actorId) names.add(link.from.name);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The key figures: the top actors by bridging with their role and partners. */
export function keyFigures(brokers: readonly ActorMeasures[], actors: ReadonlyMap<string, ReportActor>, links: readonly ReportLink[], scope: AnalysisScope): HTMLElement {
  return table(
    t('report.keyFigures.caption', { pair: pairLabel(scope.between) }),
    [t('report.keyFigures.actor'), t('report.keyFigures.role'), t('measure.BRIDGING', { pair: pairLabel(scope.between) }), t('report.keyFigures.partners')],
    brokers.map((broker) => [
      h('span', { class: 'broker-name', text: broker.actor.name, attrs: { 'data-testid': 'report-broker' } }),
      roleOf(actors.get(broker.actor.id), broker.actor),
      formatPercent(broker.bridging, 1),
      list(partnersOf(broker.actor.id, links)),
    ]),
  );
}

/** The forums where members of the two domains meet. */
export function forumTable(forums: readonly ForumMeasures[]): HTMLElement {
  return table(
    null,
    [t('report.forums.forum'), t('report.forums.members'), t('report.forums.pairs'), t('report.forums.onlyBridge')],
    forums.map((forum) => [forum.forum.name, String(forum.members), String(forum.szEzPairs), String(forum.onlyBridge)]),
  );
}

const describe = (description: { readonly nl: string; readonly en: string }): string => (getLanguage() === 'en' ? description.en : description.nl);
const linkName = (link: { readonly from: { readonly name: string }; readonly to: { readonly name: string } }): string => `${link.from.name} – ${link.to.name}`;

/** One policy island: who, why (in words), and the repair with its figures before and after. */
export function island(item: PolicyIsland, index: number): HTMLElement {
  const { repair } = item;
  return h(
    'article',
    { class: 'card', attrs: { 'data-testid': 'report-island' } },
    h('h3', { text: t('report.islands.item', { number: index + 1, kind: vocabulary('islandKind', item.kind), members: item.members.length }) }),
    h('p', { text: describe(item.description) }),
    h('p', { class: 'report-members' }, h('strong', { text: `${t('report.islands.members')}: ` }), list(item.members.map((member) => member.name))),
    h('h4', { text: t('report.islands.repair', { status: vocabulary('status', repair.status) }) }),
    h('p', { text: describe(repair.description) }),
    repair.links.length === 0 ? null : h('ul', {}, repair.links.map((link) => h('li', { text: `${linkName(link)} (${t('report.suggestions.shared')}: ${list(link.sharedPartners.map((partner) => partner.name))})` }))),
    repair.links.length === 0
      ? null
      : table(
          null,
          [t('report.whatIf.figure'), t('report.whatIf.before'), t('report.whatIf.after')],
          [
            [t('figures.externalLinks'), String(repair.before.externalLinks), String(repair.after.externalLinks)],
            [t('figures.eiIndex'), formatMeasure(repair.before.eiIndex, 2), formatMeasure(repair.after.eiIndex, 2)],
            [t('report.islands.stillIsland'), repair.before.island ? t('report.yes') : t('report.no'), repair.after.island ? t('report.yes') : t('report.no')],
          ],
        ),
    repair.fallback.length === 0
      ? null
      : h('p', {}, h('strong', { text: `${t('report.islands.fallback')}: ` }), list(repair.fallback.map((option) => `${option.from.name} – ${option.to.name}`))),
  );
}

/** A suggested link: the pair, their shared partners and what adding it would change. */
export function suggestion(link: SuggestedLink, effect: WhatIf | null, index: number): HTMLElement {
  const rows: string[][] =
    effect === null
      ? []
      : [
          // Whole-network figures: one link moves them in the second decimal, so that is shown.
          [t('figures.szEzWithinTwoSteps'), formatPercent(effect.before.szEzWithinTwoSteps, 2), formatPercent(effect.after.szEzWithinTwoSteps, 2)],
          [t('figures.eiIndex'), formatMeasure(effect.before.eiIndex, 3), formatMeasure(effect.after.eiIndex, 3)],
          [t('figures.components'), String(effect.before.components), String(effect.after.components)],
          [t('figures.islands'), String(effect.before.islands), String(effect.after.islands)],
        ];
  return h(
    'article',
    { class: 'card', attrs: { 'data-testid': 'report-suggestion' } },
    h('h3', { text: `${String(index + 1)}. ${linkName(link)}` }),
    h('p', { text: t('report.suggestions.between', { from: `${link.from.name} (${domainName(link.from.domain)})`, to: `${link.to.name} (${domainName(link.to.domain)})`, score: formatMeasure(link.score, 2) }) }),
    h('p', {}, h('strong', { text: `${t('report.suggestions.shared')}: ` }), list(link.sharedPartners.map((partner) => partner.name))),
    rows.length === 0 ? null : table(t('report.whatIf.caption'), [t('report.whatIf.figure'), t('report.whatIf.before'), t('report.whatIf.after')], rows),
  );
}

const rank = (value: number | null): string => (value === null ? '–' : String(value));

/** What changed between `since` and the report's day. */
export function changes(comparison: ReportChanges): HTMLElement[] {
  const { before, after } = comparison;
  const parts: HTMLElement[] = [
    table(
      null,
      [t('report.whatIf.figure'), comparison.from, comparison.to],
      [
        [t('figures.actors'), String(before.actors), String(after.actors)],
        [t('figures.links'), String(before.links), String(after.links)],
        [t('figures.components'), String(before.components), String(after.components)],
        [t('figures.eiIndex'), formatMeasure(before.eiIndex, 2), formatMeasure(after.eiIndex, 2)],
        [t('figures.szEzWithinTwoSteps'), formatPercent(before.szEzWithinTwoSteps, 1), formatPercent(after.szEzWithinTwoSteps, 1)],
        [t('figures.islands'), String(before.islands), String(after.islands)],
      ],
    ),
  ];
  const named = (key: string, names: readonly string[]): void => {
    if (names.length > 0) parts.push(h('p', {}, h('strong', { text: `${t(key, { count: names.length })}: ` }), list(names)));
  };
  named('report.changes.actorsCame', comparison.actorsCame.map((actor) => actor.name));
  named('report.changes.actorsWent', comparison.actorsWent.map((actor) => actor.name));
  named('report.changes.linksCame', comparison.linksCame.map(linkName));
  named('report.changes.linksWent', comparison.linksWent.map(linkName));
  named('report.changes.realised', comparison.realisedSuggestions.map(linkName));
  if (comparison.brokers.length > 0) {
    parts.push(
      table(
        t('report.changes.brokers'),
        [t('report.keyFigures.actor'), t('report.changes.rankBefore'), t('report.changes.rankAfter')],
        comparison.brokers.map((broker) => [broker.actor.name, rank(broker.rankBefore), rank(broker.rankAfter)]),
      ),
    );
  }
  for (const change of comparison.islands) parts.push(h('p', {}, h('strong', { text: `${vocabulary('islandKind', change.kind)} (${t(`report.changes.fate.${change.fate}`)}): ` }), describe(change.description)));
  return parts;
}

/** Every source cited: documents with their quotes, public sources, and sources named in text. */
export function sources(cited: Citations): HTMLElement[] {
  const documents = cited.sources.filter((item) => item.source.kind === 'document');
  const publicSources = cited.sources.filter((item) => item.source.kind !== 'document');
  const about = (item: Citations['sources'][number]): string =>
    [item.source.author, item.source.date, item.source.reference, t('report.sources.links', { count: item.links })].filter((text): text is string => text !== null && text !== '').join(' · ');
  const parts: HTMLElement[] = [];
  if (documents.length > 0) {
    parts.push(h('h3', { text: t('report.sources.documents') }));
    for (const item of documents) {
      parts.push(
        h(
          'article',
          { class: 'card source', attrs: { 'data-testid': 'report-source' } },
          h('h4', { text: item.source.title }),
          h('p', { class: 'report-note', text: about(item) }),
          item.quotes.map((quote) => h('blockquote', {}, h('p', { text: `“${quote.quote}”` }), h('p', { class: 'report-note', text: quote.link }))),
        ),
      );
    }
  }
  if (publicSources.length > 0) {
    parts.push(h('h3', { text: t('report.sources.public') }));
    parts.push(h('ol', { class: 'report-public-sources' }, publicSources.map((item) => h('li', {}, h('span', { text: item.source.title }), h('span', { class: 'report-note', text: ` (${about(item)})` })))));
  }
  if (cited.other.length > 0) {
    parts.push(h('h3', { text: t('report.sources.other') }));
    parts.push(h('ul', {}, cited.other.map((item) => h('li', { text: `${item.text} (${t('report.sources.links', { count: item.links })})` }))));
  }
  return parts;
}

/** The measures the report uses, each defined in a sentence (i18n `report.method.*`). */
const METHODS = ['degree', 'betweenness', 'bridging', 'brokerage', 'density', 'eiIndex', 'twoSteps', 'components', 'communities', 'islands', 'missingLinks', 'whatIf', 'scope', 'median'] as const;

export function methods(): HTMLElement {
  return h('dl', { class: 'report-methods' }, METHODS.flatMap((method) => [h('dt', { text: t(`report.method.${method}`) }), h('dd', { text: t(`report.method.${method}.explain`) })]));
}
