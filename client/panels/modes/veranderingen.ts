/**
 * "Wat veranderde er?" (issue 15): the network on two days side by side, from the API's
 * `compare` (contract §8), in the region and the scope (whose own day it ignores). On the map
 * what came has a green ring, a "+" before its name and solid green links; what went a red
 * ring, a "−" and dashed red links, so colour is never the only cue (the legend says it). As a
 * list: the actors and links that came and went, the network's figures on both days, the key
 * figures whose rank changed, the policy islands that appeared, dissolved or joined, and the
 * suggested links that came.
 */
import { COMPARE, type Comparison, type NetworkFigures } from '../../api/operations/analytics';
import { formatDay, formatMeasure, formatPercent, getLanguage, t, vocabulary } from '../../i18n/i18n';
import { updatePanel, type AppState } from '../../state/app-state';
import { edgeKey } from '../../state/network-graph';
import { scopeInput, scopeKey, withAt, type AnalysisScope } from '../../state/scope';
import { comparableDays, localToday } from '../../state/timeline';
import type { Changes, Emphasis } from '../../state/view-state';
import type { AppContext, SidePanel } from '../app-context';
import { button, h, uniqueId, type Child } from '../dom';
import { definePanel, source } from '../panel-definition';
import { loadableBody, panelHeader } from '../panel-frame';
import { describeScope } from '../scope-statement';

type NamedActor = Comparison['actorsCame'][number];
type NamedLink = Comparison['linksCame'][number];

/** The figures compared, and how each is written. */
const FIGURES: readonly { readonly key: keyof NetworkFigures; readonly label: string; readonly format: (value: number | null) => string }[] = [
  { key: 'actors', label: 'figures.actors', format: (value) => String(value ?? '–') },
  { key: 'links', label: 'figures.links', format: (value) => String(value ?? '–') },
  { key: 'components', label: 'figures.components', format: (value) => String(value ?? '–') },
  { key: 'eiIndex', label: 'figures.eiIndex', format: (value) => formatMeasure(value, 2) },
  { key: 'szEzWithinTwoSteps', label: 'figures.szEzWithinTwoSteps', format: (value) => formatPercent(value, 1) },
  { key: 'islands', label: 'figures.islands', format: (value) => String(value ?? '–') },
];

/** The two days asked for: the panel's choice, `to` today unless chosen. */
const daysOf = (state: AppState): { readonly from: string; readonly to: string } => ({ from: state.panels.changes.from, to: state.panels.changes.to ?? localToday() });

/** The map's marks for one answer, made once per answer so the emphasis stays the same object. */
const marksOf = (() => {
  const made = new WeakMap<Comparison, Emphasis>();
  return (comparison: Comparison): Emphasis => {
    const known = made.get(comparison);
    if (known !== undefined) return known;
    const linkKeys = (links: readonly NamedLink[]): Set<string> => new Set(links.map((link) => edgeKey(link.from.id, link.to.id)));
    const changes: Changes = {
      cameNodes: new Set(comparison.actorsCame.map((actor) => actor.id)),
      wentNodes: new Set(comparison.actorsWent.map((actor) => actor.id)),
      cameEdges: linkKeys(comparison.linksCame),
      wentEdges: linkKeys(comparison.linksWent),
    };
    const nodes = [...changes.cameNodes, ...changes.wentNodes, ...[...comparison.linksCame, ...comparison.linksWent].flatMap((link) => [link.from.id, link.to.id])];
    const emphasis: Emphasis = { nodes: [...new Set(nodes)], edges: [...changes.cameEdges, ...changes.wentEdges], primary: [], changes };
    made.set(comparison, emphasis);
    return emphasis;
  };
})();

/**
 * The scope without the timeline's day, the same object for the same scope, so a move of the
 * timeline does not ask again: the two days are the panel's own.
 */
const scopeWithoutDay = (() => {
  const known = new Map<string, AnalysisScope>();
  return (scope: AnalysisScope): AnalysisScope => {
    const dayless = withAt(scope, null);
    const key = scopeKey(dayless);
    const kept = known.get(key) ?? dayless;
    known.set(key, kept);
    return kept;
  };
})();

export function createVeranderingen(context: AppContext): SidePanel {
  const setDays = (days: AppState['panels']['changes']): void => context.store.set(updatePanel('changes', () => days));

  const mark = (kind: 'came' | 'went'): HTMLElement =>
    h('span', { class: `change-mark ${kind}`, text: kind === 'came' ? '+' : '−', attrs: { title: t(`changes.${kind}`), 'aria-label': t(`changes.${kind}`) } });

  /** A list of what changed, one item a row, or "none" where nothing did. */
  const listOrNone = <T,>(rows: readonly T[], testId: string, item: (row: T) => Child[]): Node =>
    rows.length === 0
      ? h('p', { class: 'empty', text: t('changes.none') })
      : h('ul', { class: 'change-list', attrs: { 'data-testid': testId } }, rows.map((row) => h('li', {}, ...item(row))));

  const actorList = (actors: readonly NamedActor[], kind: 'came' | 'went', testId: string): Node =>
    listOrNone(actors, testId, (actor) => [
      mark(kind),
      button(actor.name, () => context.selectActor(actor.id), { class: 'actor-link', focusKey: `${testId}-${actor.id}` }),
      ` · ${vocabulary('type', actor.type)}`,
    ]);

  const linkList = (links: readonly NamedLink[], kind: 'came' | 'went', testId: string): Node =>
    listOrNone(links, testId, (link) => [mark(kind), `${link.from.name} – ${link.to.name} (${vocabulary('link', link.type)})`]);

  const section = (title: string, ...content: Node[]): HTMLElement => h('section', {}, h('h3', { class: 'section-title', text: title }), ...content);

  const figureTable = (comparison: Comparison): HTMLElement =>
    h(
      'table',
      { class: 'scorecard', attrs: { 'data-testid': 'change-figures' } },
      h('caption', { class: 'visually-hidden', text: t('changes.figures') }),
      h('thead', {}, h('tr', {}, [t('changes.figure'), formatDay(comparison.from), formatDay(comparison.to)].map((text) => h('th', { attrs: { scope: 'col' }, text })))),
      h(
        'tbody',
        {},
        FIGURES.map((figure) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' }, text: t(figure.label) }),
            h('td', { text: figure.format(comparison.before[figure.key]) }),
            h('td', { text: figure.format(comparison.after[figure.key]) }),
          ),
        ),
      ),
    );

  const rank = (value: number | null): string => (value === null ? '–' : String(value));

  const details = (state: AppState, comparison: Comparison): Node[] => {
    const text = (description: { readonly nl: string; readonly en: string }): string => (getLanguage() === 'en' ? description.en : description.nl);
    return [
      section(t('changes.actorsCame', { count: comparison.actorsCame.length }), actorList(comparison.actorsCame, 'came', 'actors-came')),
      section(t('changes.actorsWent', { count: comparison.actorsWent.length }), actorList(comparison.actorsWent, 'went', 'actors-went')),
      section(t('changes.linksCame', { count: comparison.linksCame.length }), linkList(comparison.linksCame, 'came', 'links-came')),
      section(t('changes.linksWent', { count: comparison.linksWent.length }), linkList(comparison.linksWent, 'went', 'links-went')),
      section(t('changes.figures'), figureTable(comparison)),
      section(
        t('changes.brokers'),
        listOrNone(comparison.brokers, 'change-brokers', (row) => [
          button(row.actor.name, () => context.selectActor(row.actor.id), { class: 'actor-link', focusKey: `broker-${row.actor.id}` }),
          ` · ${t('changes.rank', { before: rank(row.rankBefore), after: rank(row.rankAfter) })} (${formatPercent(row.bridgingBefore)} → ${formatPercent(row.bridgingAfter)})`,
        ]),
      ),
      section(
        t('changes.islands'),
        listOrNone(comparison.islands, 'change-islands', (island) => [
          h('strong', { text: `${t(`changes.fate.${island.fate}`)} · ${vocabulary('islandKind', island.kind)}` }),
          h('br'),
          text(island.description),
        ]),
      ),
      section(
        t('changes.realised'),
        listOrNone(comparison.realisedSuggestions, 'change-realised', (link) => [
          mark('came'),
          `${link.from.name} – ${link.to.name} (${t('changes.score', { score: formatMeasure(link.score, 2) })})`,
        ]),
      ),
      // The comparison's own scope: the timeline's day is not one of its two.
      h('p', {
        class: 'scope',
        attrs: { 'data-testid': 'scope-statement' },
        text: describeScope(scopeWithoutDay(state.view.scope), state.data.reference.regions.find((region) => region.id === state.view.filters.region)?.name ?? null),
      }),
    ];
  };

  const dateField = (label: string, value: string, testId: string, change: (value: string) => void): HTMLElement => {
    const id = uniqueId('change-day');
    return h(
      'div',
      { class: 'field' },
      h('label', { class: 'field-label', text: label, attrs: { for: id } }),
      h('input', {
        id,
        attrs: { type: 'date', value, max: localToday(), required: true, 'data-testid': testId, 'data-focus-key': testId },
        on: { change: (event) => change((event.target as HTMLInputElement).value) },
      }),
    );
  };

  return definePanel<{ comparison: Comparison }>(context.store, {
    testId: 'mode-veranderingen',
    sources: {
      comparison: source(
        (state: AppState) => [state.view.filters.region, state.data.networkVersion, scopeWithoutDay(state.view.scope), daysOf(state).from, daysOf(state).to] as const,
        ([region, , scope, from, to]) =>
          comparableDays(from, to) ? context.client.request(COMPARE, { from, to, region, scope: scopeInput(scope) }, { key: 'compare' }).then((answer) => answer.compare) : null,
      ),
    },
    shows: (state) => [state.panels.changes],
    loaded: {
      comparison: (comparison) => {
        const ids = [...comparison.actorsCame, ...comparison.actorsWent].map((actor) => actor.id);
        if (ids.length > 0) context.renderer.fitActors(ids);
      },
    },
    emphasis: (_state, data) => (data.comparison.data === null ? undefined : marksOf(data.comparison.data)),
    render(state, data) {
      const { from, to } = daysOf(state);
      return [
        panelHeader(vocabulary('modeName', 'veranderingen'), t('changes.intro')),
        h(
          'div',
          { class: 'panel-body' },
          h(
            'div',
            { class: 'change-dates' },
            dateField(t('changes.from'), from, 'change-from', (value) => setDays({ ...state.panels.changes, from: value })),
            dateField(t('changes.to'), to, 'change-to', (value) => setDays({ ...state.panels.changes, to: value })),
          ),
          comparableDays(from, to) ? null : h('p', { class: 'alert', attrs: { role: 'alert' }, text: t('changes.badDates') }),
          h(
            'div',
            { class: 'change-legend', attrs: { 'data-testid': 'change-legend' } },
            h('strong', { text: t('changes.legend') }),
            h('span', {}, h('span', { class: 'change-swatch', attrs: { 'aria-hidden': 'true' } }), t('changes.legendCame')),
            h('span', {}, h('span', { class: 'change-swatch went', attrs: { 'aria-hidden': 'true' } }), t('changes.legendWent')),
          ),
          comparableDays(from, to) ? loadableBody(data.comparison, (comparison) => details(state, comparison)) : null,
        ),
      ];
    },
  });
}
