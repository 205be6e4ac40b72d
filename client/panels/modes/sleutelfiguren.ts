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
import { updateView } from '../../state/app-state';
import { scopeInput, scopeKey, type AnalysisScope } from '../../state/scope';
import { passesFilters, withEmphasis } from '../../state/view-state';
import type { AppContext, SidePanel } from '../app-context';
import { button, fill, h, rerender, select } from '../dom';
import { createLoader } from '../loader';
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
  const element = h('section', { class: 'panel', attrs: { 'data-testid': 'mode-sleutelfiguren' } });
  let by: BrokerMeasure = 'BRIDGING';
  let shown = 10;
  let active = false;
  const loader = createLoader<readonly ActorMeasures[]>(() => {
    if (active) rerender(element, render);
  });
  const forums = createLoader<readonly ForumMeasures[]>(() => {
    if (active) rerender(element, render);
  });

  const visibleRows = (rows: readonly ActorMeasures[]): ActorMeasures[] => {
    const { filters } = context.store.get().view;
    return rows.filter((row) => context.graph.hasNode(row.actor.id) && passesFilters(filters, context.graph.getNodeAttributes(row.actor.id))).slice(0, shown);
  };

  const emphasise = (): void => {
    const rows = loader.get().data;
    if (!active || rows === null) return;
    const ids = visibleRows(rows).map((row) => row.actor.id);
    context.store.set(updateView((view) => withEmphasis(view, { nodes: ids, edges: [], primary: ids })));
  };

  const load = (): void => {
    const { view, data } = context.store.get();
    const region = view.filters.region;
    const scope = scopeInput(view.scope);
    const key = `${region ?? ''}|${String(data.networkVersion)}|${scopeKey(view.scope)}`;
    void forums.load(key, async () => (await context.client.request(FORUMS, { region, top: FORUMS_SHOWN, scope }, { key: 'forums' })).forums);
    void loader
      .load(`${by}|${key}`, async () => (await context.client.request(BROKERS, { region, top: FETCHED, by, scope }, { key: 'brokers' })).brokers)
      .then(() => {
        emphasise();
        const ids = context.store.get().view.emphasis?.nodes ?? [];
        if (active && ids.length > 0) context.renderer.fitActors(ids);
      });
  };

  const list = (rows: readonly ActorMeasures[]): Node[] => {
    const visible = visibleRows(rows);
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
      rows.length > shown && shown < 30
        ? button(t('brokers.more'), () => {
            shown = 30;
            rerender(element, render);
            emphasise();
          }, { class: 'link-button', focusKey: 'more' })
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

  function render(): void {
    const state = context.store.get();
    const { scope } = state.view;
    fill(
      element,
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
              by = value as BrokerMeasure;
              load();
            },
            { focusKey: 'rank-by', testId: 'broker-measure' },
          ),
        ),
        h('p', { class: 'explain', text: measureExplain(by, scope) }),
        scopeLine(state),
        loadableBody(loader.get(), list),
        h(
          'section',
          { class: 'forum-ranking', attrs: { 'aria-labelledby': 'forum-ranking-title' } },
          h('h3', { class: 'section-title', text: t('forums.title'), attrs: { id: 'forum-ranking-title' } }),
          h('p', { class: 'explain', text: t('forums.intro') }),
          loadableBody(forums.get(), forumList),
        ),
      ),
    );
  }

  context.store.subscribe((state, previous) => {
    if (!active) return;
    if (state.view.filters.region !== previous.view.filters.region || state.data.networkVersion !== previous.data.networkVersion || state.view.scope !== previous.view.scope) load();
    if (state.view.filters !== previous.view.filters) {
      rerender(element, render);
      emphasise();
    }
    if (state.view.language !== previous.view.language) rerender(element, render);
  });

  return {
    element,
    activate() {
      active = true;
      render();
      load();
      emphasise();
    },
    deactivate() {
      active = false;
    },
  };
}
