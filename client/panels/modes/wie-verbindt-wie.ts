/**
 * Wie verbindt wie: pick two actors (by name, or by clicking them on the map), and see every
 * shortest path between them highlighted, with the intermediaries ranked by how many of
 * those paths run through them. The paths are read from the network in Neo4j as it is
 * (`paths` takes no scope): forums are steps on a path, every link counts; the panel says so.
 */
import { PATHS, type PathResult } from '../../api/operations/network';
import { t, vocabulary } from '../../i18n/i18n';
import { DOMAIN_COLOURS, typeColour } from '../../render/palette';
import { updatePanel, type AppState } from '../../state/app-state';
import { pathEdgeKeys } from '../../state/network-graph';
import { withPathClick } from '../../state/panel-state';
import { createActorPicker, type ActorPicker } from '../actor-picker';
import type { AppContext, SidePanel } from '../app-context';
import { button, h } from '../dom';
import { definePanel, source } from '../panel-definition';
import { loadableBody, meter, panelHeader } from '../panel-frame';

const MAX_HOPS = 8;

export function createWieVerbindtWie(context: AppContext): SidePanel {
  const setPaths = (paths: AppState['panels']['paths']): void => context.store.set(updatePanel('paths', () => paths));
  const name = (id: string | null): string => (id !== null && context.graph.hasNode(id) ? context.graph.getNodeAttribute(id, 'name') : '');

  /**
   * The two fields outlive a render, so text being typed survives an answer arriving meanwhile;
   * they are made again only for another language, and show the store's ends when those change.
   */
  let fields: { readonly element: HTMLElement; readonly from: ActorPicker; readonly to: ActorPicker; readonly language: string } | null = null;
  let shownEnds: AppState['panels']['paths'] | null = null;

  const makeFields = (language: string): NonNullable<typeof fields> => {
    const from = createActorPicker({
      graph: context.graph,
      label: t('paths.from'),
      placeholder: t('paths.pickPlaceholder'),
      testId: 'path-from',
      focusKey: 'path-from',
      onPick: (id) => {
        setPaths({ from: id, to: context.store.get().panels.paths.to });
        to.input.focus();
      },
    });
    const to = createActorPicker({
      graph: context.graph,
      label: t('paths.to'),
      placeholder: t('paths.pickPlaceholder'),
      testId: 'path-to',
      focusKey: 'path-to',
      onPick: (id) => setPaths({ from: context.store.get().panels.paths.from, to: id }),
    });
    const swap = button('⇅', () => {
      const ends = context.store.get().panels.paths;
      setPaths({ from: ends.to, to: ends.from });
    }, { class: 'icon-button swap', title: t('paths.swap'), focusKey: 'swap' });
    shownEnds = null;
    return { element: h('div', { class: 'path-pickers' }, from.element, swap, to.element), from, to, language };
  };

  const pickers = (state: AppState): HTMLElement => {
    if (fields === null || fields.language !== state.view.language) fields = makeFields(state.view.language);
    const ends = state.panels.paths;
    if (shownEnds === null || shownEnds.from !== ends.from) fields.from.setValue(name(ends.from));
    if (shownEnds === null || shownEnds.to !== ends.to) fields.to.setValue(name(ends.to));
    shownEnds = ends;
    return fields.element;
  };

  const chain = (actors: readonly { readonly id: string; readonly name: string }[]): HTMLElement =>
    h(
      'ol',
      { class: 'path-chain' },
      actors.map((actor, index) =>
        h(
          'li',
          { class: index === 0 || index === actors.length - 1 ? 'end' : 'via' },
          button(actor.name, () => context.selectActor(actor.id), { class: 'chip', focusKey: `chain-${actor.id}-${String(index)}` }),
        ),
      ),
    );

  const resultView = (result: PathResult): Node[] => {
    if (result.length === null || result.paths.length === 0) return [h('p', { class: 'empty', attrs: { 'data-testid': 'path-summary' }, text: t('paths.noPath', { hops: MAX_HOPS }) })];
    const maxCount = Math.max(...result.intermediaries.map((item) => item.pathCount), 1);
    return [
      h('p', {
        class: 'result-summary',
        attrs: { 'data-testid': 'path-summary' },
        text: result.paths.length === 1 ? t('paths.summaryOne', { steps: result.length }) : t('paths.summary', { count: result.paths.length, steps: result.length }),
      }),
      result.intermediaries.length > 0
        ? h(
            'section',
            {},
            h('h3', { class: 'section-title', text: t('paths.intermediaries') }),
            h(
              'ol',
              { class: 'ranked-list', attrs: { 'data-testid': 'intermediaries' } },
              result.intermediaries.map((item) =>
                h(
                  'li',
                  { class: 'ranked-item' },
                  h('span', { class: 'type-dot', attrs: { style: `background:${typeColour(item.actor.type)};border-color:${DOMAIN_COLOURS[item.actor.domain]}`, 'aria-hidden': 'true' } }),
                  h(
                    'div',
                    { class: 'ranked-main' },
                    button(item.actor.name, () => context.selectActor(item.actor.id), { class: 'actor-link', focusKey: `via-${item.actor.id}` }),
                    h('span', { class: 'ranked-meta', text: `${vocabulary('type', item.actor.type)} · ${vocabulary('domain', item.actor.domain)}` }),
                  ),
                  h('div', { class: 'ranked-value' }, h('span', { class: 'value', text: t('paths.onPaths', { count: item.pathCount, total: result.paths.length }) }), meter(item.pathCount / maxCount, '#7048e8')),
                ),
              ),
            ),
          )
        : h('p', { class: 'muted', text: t('paths.direct') }),
      h(
        'details',
        { class: 'path-details', attrs: { open: result.paths.length <= 3 } },
        h('summary', { text: t('paths.allPaths', { count: result.paths.length }) }),
        h('ol', { class: 'path-list' }, result.paths.slice(0, 30).map((path) => h('li', {}, chain(path.actors)))),
      ),
    ];
  };

  return definePanel<{ paths: PathResult }>(context.store, {
    testId: 'mode-paden',
    sources: {
      paths: source(
        (state: AppState) => [state.panels.paths.from, state.panels.paths.to, state.data.networkVersion] as const,
        ([from, to]) => (from === null || to === null ? null : context.client.request(PATHS, { from, to, maxHops: MAX_HOPS }, { key: 'paths' }).then((answer) => answer.paths)),
      ),
    },
    shows: (state) => [state.panels.paths.from, state.panels.paths.to],
    loaded: {
      paths: (result) => {
        const nodes = result.paths.flatMap((path) => path.actors.map((actor) => actor.id));
        if (nodes.length > 0) context.renderer.fitActors([...new Set(nodes)]);
      },
    },
    emphasis(state, data) {
      const { from, to } = state.panels.paths;
      const ends = [from, to].filter((id): id is string => id !== null);
      const result = data.paths;
      if (result.status !== 'ready' || result.data === null) return ends.length === 0 ? null : { nodes: ends, edges: [], primary: ends };
      const paths = result.data.paths.map((path) => path.actors.map((actor) => actor.id));
      const nodes = [...new Set(paths.flat())];
      return { nodes: nodes.length > 0 ? nodes : ends, edges: pathEdgeKeys(paths), primary: ends };
    },
    graphClick(id) {
      setPaths(withPathClick(context.store.get().panels.paths, id));
      return true;
    },
    render: (state, data) => [
      panelHeader(t('mode.paden'), t('paths.intro')),
      h(
        'div',
        { class: 'panel-body' },
        h('p', { class: 'scope', attrs: { 'data-testid': 'scope-statement' }, text: t('paths.scope') }),
        pickers(state),
        h(
          'div',
          { class: 'path-results' },
          state.panels.paths.from === null || state.panels.paths.to === null ? h('p', { class: 'hint', text: t('paths.hint') }) : loadableBody(data.paths, resultView),
        ),
      ),
    ],
  });
}
