/**
 * Sleutelfiguren: the bridging key figures, ranked. By default the bridging share between
 * the scope's two domains (how many shortest routes between, say, the social and the
 * economic domain run through an actor); other measures on request. The ranked actors are
 * highlighted on the map with their labels; the list follows the region, the filters and the
 * scope. Below them the forums where SZ and EZ meet, ranked on their own.
 */
import { BROKER_MEASURES, BROKERS, FORUMS, type ActorMeasures, type BrokerMeasure, type ForumMeasures } from '../../api/operations/analytics';
import { formatMeasure, formatPercent, t, vocabulary } from '../../i18n/i18n';
import { DOMAIN_COLOURS, typeColour } from '../../render/palette';
import { updatePanel, type AppState } from '../../state/app-state';
import { BROKERS_MORE } from '../../state/panel-state';
import { scopeInput, type AnalysisScope } from '../../state/scope';
import { passesFilters } from '../../state/view-state';
import type { AppContext, SidePanel } from '../app-context';
import { button, h, select } from '../dom';
import { analysisWatch, definePanel, source } from '../panel-definition';
import { loadableBody, meter, panelHeader } from '../panel-frame';
import { domainName, pairLabel, scopeLine } from '../scope-statement';

const FETCHED = 60;
const FORUMS_SHOWN = 8;

/** A ranking's name; bridging names the scope's two domains. */
function measureLabel(by: BrokerMeasure, scope: AnalysisScope): string {
  return by === 'BRIDGING' ? t('measure.BRIDGING', { pair: pairLabel(scope.between) }) : vocabulary('measure', by);
}

function measureExplain(by: BrokerMeasure, scope: AnalysisScope): string {
  return by === 'BRIDGING' ? t('measure.BRIDGING.explain', { first: domainName(scope.between[0]), second: domainName(scope.between[1]) }) : vocabulary('measure', `${by}.explain`);
}

/** The value of the ranking measure, and how to show it. */
export function measureValue(row: ActorMeasures, by: BrokerMeasure): number | null {
  switch (by) {
    case 'BRIDGING':
      return row.bridging;
    case 'BETWEENNESS':
      return row.betweenness;
    case 'BROKERAGE':
      return row.brokerage.total;
    case 'DEGREE':
      return row.degree;
    case 'EFFECTIVE_SIZE':
      return row.effectiveSize;
    case 'CONSTRAINT':
      return row.constraint;
  }
}

function formatValue(value: number | null, by: BrokerMeasure): string {
  if (by === 'BRIDGING') return formatPercent(value);
  if (by === 'BROKERAGE' || by === 'DEGREE') return value === null ? '–' : String(value);
  return formatMeasure(value, by === 'EFFECTIVE_SIZE' ? 1 : 3);
}

export function createSleutelfiguren(context: AppContext): SidePanel {
  const setBrokers = (producer: (slice: AppState['panels']['brokers']) => AppState['panels']['brokers']): void => context.store.set(updatePanel('brokers', producer));

  /** The ranked actors the filters let through, as many as the list shows. */
  const visibleRows = (state: AppState, rows: readonly ActorMeasures[]): ActorMeasures[] =>
    rows.filter((row) => context.graph.hasNode(row.actor.id) && passesFilters(state.view.filters, context.graph.getNodeAttributes(row.actor.id))).slice(0, state.panels.brokers.shown);

  const list = (state: AppState, rows: readonly ActorMeasures[]): Node[] => {
    const { by, shown } = state.panels.brokers;
    const visible = visibleRows(state, rows);
    if (visible.length === 0) return [h('p', { class: 'empty', text: t('brokers.none') })];
    const values = visible.map((row) => measureValue(row, by) ?? 0);
    const max = Math.max(...values, Number.EPSILON);
    const min = Math.min(...values);
    return [
      h(
        'ol',
        { class: 'ranked-list', attrs: { 'data-testid': 'broker-list' } },
        visible.map((row, index) => {
          const value = measureValue(row, by);
          const share = by === 'CONSTRAINT' ? (max - (value ?? max)) / Math.max(max - min, Number.EPSILON) : (value ?? 0) / max;
          return h(
            'li',
            { class: 'ranked-item' },
            h('span', { class: 'rank', text: String(index + 1) }),
            h(
              'div',
              { class: 'ranked-main' },
              button(row.actor.name, () => context.selectActor(row.actor.id), { class: 'actor-link', focusKey: `broker-${row.actor.id}`, testId: 'broker-name' }),
              h(
                'span',
                { class: 'ranked-meta' },
                h('span', { class: 'type-dot', attrs: { style: `background:${typeColour(row.actor.type)};border-color:${DOMAIN_COLOURS[row.actor.domain]}`, 'aria-hidden': 'true' } }),
                `${vocabulary('type', row.actor.type)} · ${vocabulary('domain', row.actor.domain)}`,
              ),
            ),
            h('div', { class: 'ranked-value' }, h('span', { class: 'value', text: formatValue(value, by) }), meter(share)),
          );
        }),
      ),
      rows.length > shown && shown < BROKERS_MORE
        ? button(t('brokers.more'), () => setBrokers((brokers) => ({ ...brokers, shown: BROKERS_MORE })), { class: 'link-button', focusKey: 'more' })
        : null,
    ].filter((node) => node !== null);
  };

  /** The forums ranked by the SZ–EZ pairs that meet there; a name opens the forum's panel. */
  const forumList = (rows: readonly ForumMeasures[]): Node[] => {
    if (rows.length === 0) return [h('p', { class: 'empty', text: t('forums.none') })];
    const max = Math.max(...rows.map((row) => row.szEzPairs), 1);
    return [
      h(
        'ol',
        { class: 'ranked-list', attrs: { 'data-testid': 'forum-list' } },
        rows.map((row, index) =>
          h(
            'li',
            { class: 'ranked-item' },
            h('span', { class: 'rank', text: String(index + 1) }),
            h(
              'div',
              { class: 'ranked-main' },
              button(row.forum.name, () => context.selectActor(row.forum.id), { class: 'actor-link', focusKey: `forum-${row.forum.id}`, testId: 'forum-name' }),
              h('span', { class: 'ranked-meta', text: t('forums.meta', { members: row.members, only: row.onlyBridge }) }),
            ),
            h('div', { class: 'ranked-value' }, h('span', { class: 'value', text: t('forums.pairs', { count: row.szEzPairs }) }), meter(row.szEzPairs / max, '#5f3dc4')),
          ),
        ),
      ),
    ];
  };

  return definePanel<{ brokers: readonly ActorMeasures[]; forums: readonly ForumMeasures[] }>(context.store, {
    testId: 'mode-sleutelfiguren',
    sources: {
      brokers: source(
        (state: AppState) => [state.view.filters.region, state.data.networkVersion, state.view.scope, state.panels.brokers.by] as const,
        async ([region, , scope, by]) => (await context.client.request(BROKERS, { region, top: FETCHED, by, scope: scopeInput(scope) }, { key: 'brokers' })).brokers,
      ),
      forums: source(
        analysisWatch,
        async ([region, , scope]) => (await context.client.request(FORUMS, { region, top: FORUMS_SHOWN, scope: scopeInput(scope) }, { key: 'forums' })).forums,
      ),
    },
    shows: (state) => [state.view.filters, state.panels.brokers.shown],
    loaded: {
      brokers: (rows, state) => {
        const ids = visibleRows(state, rows).map((row) => row.actor.id);
        if (ids.length > 0) context.renderer.fitActors(ids);
      },
    },
    emphasis(state, data) {
      const rows = data.brokers.data;
      if (rows === null) return undefined;
      const ids = visibleRows(state, rows).map((row) => row.actor.id);
      return { nodes: ids, edges: [], primary: ids };
    },
    render(state, data) {
      const { scope } = state.view;
      const { by } = state.panels.brokers;
      return [
        panelHeader(t('mode.sleutelfiguren'), t('brokers.intro', { first: domainName(scope.between[0]), second: domainName(scope.between[1]) })),
        h(
          'div',
          { class: 'panel-body' },
          h(
            'div',
            { class: 'toolbar' },
            select(
              t('brokers.rankBy'),
              BROKER_MEASURES.map((measure) => ({ value: measure, text: measureLabel(measure, scope) })),
              by,
              (value) => {
                const measure = BROKER_MEASURES.find((item) => item === value);
                if (measure !== undefined) setBrokers((brokers) => ({ ...brokers, by: measure }));
              },
              { focusKey: 'rank-by', testId: 'broker-measure' },
            ),
          ),
          h('p', { class: 'explain', text: measureExplain(by, scope) }),
          scopeLine(state),
          loadableBody(data.brokers, (rows) => list(state, rows)),
          h(
            'section',
            { class: 'forum-ranking', attrs: { 'aria-labelledby': 'forum-ranking-title' } },
            h('h3', { class: 'section-title', text: t('forums.title'), attrs: { id: 'forum-ranking-title' } }),
            h('p', { class: 'explain', text: t('forums.intro') }),
            loadableBody(data.forums, forumList),
          ),
        ),
      ];
    },
  });
}
