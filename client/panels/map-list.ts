/**
 * "Toon als lijst": what the map draws, as tables over the stage, for whoever cannot read or
 * point at the map (WCAG 1.1.1, 2.1.1). First what the map puts forward (a mode's emphasis,
 * or the selected actor and its neighbours) with the links drawn strong between them, then
 * every actor the filters let through. Each name is a button that selects the actor, as a
 * click on its node does. On the regions map the side panel's list of regions is the
 * alternative; this list says so.
 */
import { t, vocabulary } from '../i18n/i18n';
import { deriveHighlight } from '../render/reducers';
import { updatePanel, type AppState } from '../state/app-state';
import type { NetworkGraph } from '../state/network-graph';
import { showsRegionOverview } from '../state/view-state';
import type { AppContext, SidePanel } from './app-context';
import { button, h } from './dom';
import { definePanel } from './panel-definition';

interface DrawnLink {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly kind: 'link' | 'suggested';
  readonly linkTypes: readonly string[];
}

const byName = (graph: NetworkGraph) => (a: string, b: string): number => graph.getNodeAttribute(a, 'name').localeCompare(graph.getNodeAttribute(b, 'name'), 'nl');

export function createMapList(context: AppContext): SidePanel {
  const { graph } = context;
  const close = (): void => {
    context.store.set(updatePanel('mapList', () => false));
    document.querySelector<HTMLElement>('[data-testid="map-list-toggle"]')?.focus();
  };

  const regionName = (state: AppState, id: string | null): string =>
    id === null ? t('actor.national') : (state.data.reference.regions.find((region) => region.id === id)?.name ?? id);

  const actorTable = (state: AppState, ids: readonly string[], caption: string, testId: string): HTMLElement =>
    h(
      'table',
      { class: 'scorecard map-list-table', attrs: { 'data-testid': testId } },
      h('caption', { text: caption }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [t('mapList.name'), t('mapList.type'), t('mapList.domain'), t('mapList.region'), t('mapList.degree')].map((text) => h('th', { attrs: { scope: 'col' }, text })),
        ),
      ),
      h(
        'tbody',
        {},
        ids.map((id) => {
          const actor = graph.getNodeAttributes(id);
          return h(
            'tr',
            { attrs: { 'data-testid': 'map-list-actor', 'data-id': id } },
            h('th', { attrs: { scope: 'row' } }, button(actor.name, () => context.selectActor(id), { class: 'actor-link', focusKey: `${testId}-${id}`, pressed: state.view.selection === id })),
            h('td', { text: vocabulary('type', actor.actorType) }),
            h('td', { text: vocabulary('domain', actor.domain) }),
            h('td', { text: regionName(state, actor.region) }),
            h('td', { text: String(actor.degree) }),
          );
        }),
      ),
    );

  const linkTable = (links: readonly DrawnLink[]): HTMLElement =>
    h(
      'table',
      { class: 'scorecard map-list-table', attrs: { 'data-testid': 'map-list-links' } },
      h('caption', { text: t('mapList.links', { count: links.length }) }),
      h('thead', {}, h('tr', {}, [t('paths.from'), t('paths.to'), t('mapList.linkType')].map((text) => h('th', { attrs: { scope: 'col' }, text })))),
      h(
        'tbody',
        {},
        links.map((link) =>
          h(
            'tr',
            { attrs: { 'data-testid': 'map-list-link' } },
            h('td', { text: graph.getNodeAttribute(link.from, 'name') }),
            h('td', { text: graph.getNodeAttribute(link.to, 'name') }),
            h('td', { text: link.kind === 'suggested' ? t('legend.suggested') : link.linkTypes.map((type) => vocabulary('link', type)).join(', ') }),
          ),
        ),
      ),
    );

  const drawnLinks = (keys: ReadonlySet<string>, visible: ReadonlySet<string>): DrawnLink[] =>
    [...keys]
      .filter((key) => graph.hasEdge(key))
      .map((key) => {
        const [from, to] = graph.extremities(key);
        const attributes = graph.getEdgeAttributes(key);
        return { key, from, to, kind: attributes.kind, linkTypes: attributes.linkTypes };
      })
      .filter((link) => visible.has(link.from) && visible.has(link.to))
      .sort((a, b) => byName(graph)(a.from, b.from) || byName(graph)(a.to, b.to));

  const content = (state: AppState): Node[] => {
    if (showsRegionOverview(state.view)) return [h('p', { class: 'explain', text: t('mapList.regions') })];
    const highlight = deriveHighlight(graph, state.view);
    const visible = [...highlight.visible].sort(byName(graph));
    const forward = highlight.active === null ? [] : visible.filter((id) => highlight.active?.has(id) === true);
    const primary = forward.filter((id) => highlight.primary.has(id));
    const forwardOrdered = [...primary, ...forward.filter((id) => !highlight.primary.has(id))];
    return [
      highlight.active === null ? h('p', { class: 'explain', text: t('mapList.nothingForward') }) : actorTable(state, forwardOrdered, t('mapList.forward', { count: forwardOrdered.length }), 'map-list-forward'),
      highlight.activeEdges === null ? null : linkTable(drawnLinks(highlight.activeEdges, highlight.visible)),
      actorTable(state, visible, t('mapList.all', { count: visible.length }), 'map-list-all'),
    ].filter((node): node is HTMLElement => node !== null);
  };

  return definePanel<Record<never, never>>(context.store, {
    testId: 'map-list',
    className: 'map-list',
    attrs: { 'aria-labelledby': 'map-list-title' },
    sources: {},
    shows: (state) => [state.panels.mapList, state.view.filters, state.view.emphasis, state.view.selection, state.view.mode, state.view.regionOverview, state.data.networkVersion, state.data.measuresReady],
    decorate: (element, state) => {
      element.hidden = !state.panels.mapList;
    },
    render: (state) =>
      state.panels.mapList
        ? [
            h(
              'div',
              { class: 'map-list-head' },
              h('h2', { class: 'panel-title', text: t('mapList.title'), attrs: { id: 'map-list-title' } }),
              button(t('mapList.close'), close, { class: 'button small', testId: 'map-list-close', focusKey: 'map-list-close' }),
            ),
            h('p', { class: 'explain', text: t('mapList.intro') }),
            ...content(state),
          ]
        : [],
  });
}
