/**
 * Sleutelfiguren: the bridging key figures, ranked. By default the SZ–EZ bridging share
 * (how many shortest routes between the social and the economic domain run through an
 * actor); other measures on request. The ranked actors are highlighted on the map with
 * their labels; the list follows the region and the filters.
 */
import { BROKER_MEASURES, BROKERS, type ActorMeasures, type BrokerMeasure } from '../../api/operations/analytics';
import { formatMeasure, formatPercent, t, vocabulary } from '../../i18n/i18n';
import { DOMAIN_COLOURS, typeColour } from '../../render/palette';
import { updateView } from '../../state/app-state';
import { passesFilters, withEmphasis } from '../../state/view-state';
import type { AppContext, SidePanel } from '../app-context';
import { button, fill, h, rerender, select } from '../dom';
import { createLoader } from '../loader';
import { loadableBody, meter, panelHeader } from '../panel-frame';

const FETCHED = 60;

/** The value of the ranking measure, and how to show it. */
export function measureValue(row: ActorMeasures, by: BrokerMeasure): number | null {
  switch (by) {
    case 'SZ_EZ_BRIDGING':
      return row.szEzBridging;
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
  if (by === 'SZ_EZ_BRIDGING') return formatPercent(value);
  if (by === 'BROKERAGE' || by === 'DEGREE') return value === null ? '–' : String(value);
  return formatMeasure(value, by === 'EFFECTIVE_SIZE' ? 1 : 3);
}

export function createSleutelfiguren(context: AppContext): SidePanel {
  const element = h('section', { class: 'panel', attrs: { 'data-testid': 'mode-sleutelfiguren' } });
  let by: BrokerMeasure = 'SZ_EZ_BRIDGING';
  let shown = 10;
  let active = false;
  const loader = createLoader<readonly ActorMeasures[]>(() => {
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
    void loader
      .load(`${by}|${region ?? ''}|${String(data.networkVersion)}`, async () => (await context.client.request(BROKERS, { region, top: FETCHED, by }, { key: 'brokers' })).brokers)
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

  function render(): void {
    const { view, data } = context.store.get();
    const regionName = data.reference.regions.find((region) => region.id === view.filters.region)?.name;
    fill(
      element,
      panelHeader(t('mode.sleutelfiguren'), t('brokers.intro')),
      h(
        'div',
        { class: 'panel-body' },
        h(
          'div',
          { class: 'toolbar' },
          select(
            t('brokers.rankBy'),
            BROKER_MEASURES.map((measure) => ({ value: measure, text: vocabulary('measure', measure) })),
            by,
            (value) => {
              by = value as BrokerMeasure;
              load();
            },
            { focusKey: 'rank-by', testId: 'broker-measure' },
          ),
        ),
        h('p', { class: 'explain', text: vocabulary('measure', `${by}.explain`) }),
        h('p', { class: 'scope', text: regionName === undefined ? t('scope.whole') : t('scope.region', { region: regionName }) }),
        loadableBody(loader.get(), list),
      ),
    );
  }

  context.store.subscribe((state, previous) => {
    if (!active) return;
    if (state.view.filters.region !== previous.view.filters.region || state.data.networkVersion !== previous.data.networkVersion) load();
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
