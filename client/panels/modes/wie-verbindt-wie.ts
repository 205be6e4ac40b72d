/**
 * Wie verbindt wie: pick two actors (by name, or by clicking them on the map), and see every
 * shortest path between them highlighted, with the intermediaries ranked by how many of
 * those paths run through them. The paths are read from the network in Neo4j as it is
 * (`paths` takes no scope): forums are steps on a path, every link counts; the panel says so.
 */
import { PATHS, type PathResult } from '../../api/operations/network';
import { t, vocabulary } from '../../i18n/i18n';
import { DOMAIN_COLOURS, typeColour } from '../../render/palette';
import { updateView } from '../../state/app-state';
import { pathEdgeKeys } from '../../state/network-graph';
import { withEmphasis } from '../../state/view-state';
import { createActorPicker, type ActorPicker } from '../actor-picker';
import type { AppContext, SidePanel } from '../app-context';
import { button, fill, h, rerender } from '../dom';
import { createLoader } from '../loader';
import { loadableBody, meter, panelHeader } from '../panel-frame';

const MAX_HOPS = 8;

export function createWieVerbindtWie(context: AppContext): SidePanel {
  const element = h('section', { class: 'panel', attrs: { 'data-testid': 'mode-paden' } });
  const results = h('div', { class: 'path-results' });
  let active = false;
  let from: string | null = null;
  let to: string | null = null;
  const loader = createLoader<PathResult>(() => {
    if (active) rerender(results, renderResults);
    emphasise();
  });

  const name = (id: string | null): string => (id !== null && context.graph.hasNode(id) ? context.graph.getNodeAttribute(id, 'name') : '');

  const emphasise = (): void => {
    if (!active) return;
    const result = loader.get();
    const ends = [from, to].filter((id): id is string => id !== null);
    if (result.status !== 'ready' || result.data === null) {
      context.store.set(updateView((view) => withEmphasis(view, ends.length === 0 ? null : { nodes: ends, edges: [], primary: ends })));
      return;
    }
    const paths = result.data.paths.map((path) => path.actors.map((actor) => actor.id));
    const nodes = [...new Set(paths.flat())];
    context.store.set(updateView((view) => withEmphasis(view, { nodes: nodes.length > 0 ? nodes : ends, edges: pathEdgeKeys(paths), primary: ends })));
    if (nodes.length > 0) context.renderer.fitActors(nodes);
  };

  const search = (): void => {
    if (from === null || to === null) {
      emphasise();
      return;
    }
    const [a, b] = [from, to];
    void loader.load(`${a}|${b}|${String(context.store.get().data.networkVersion)}`, async () => (await context.client.request(PATHS, { from: a, to: b, maxHops: MAX_HOPS }, { key: 'paths' })).paths);
  };

  let fromPicker: ActorPicker;
  let toPicker: ActorPicker;
  const pickers = h('div', { class: 'path-pickers' });

  const buildPickers = (): void => {
    fromPicker = createActorPicker({
      graph: context.graph,
      label: t('paths.from'),
      placeholder: t('paths.pickPlaceholder'),
      initial: name(from),
      testId: 'path-from',
      onPick: (id) => {
        from = id;
        search();
        toPicker.input.focus();
      },
    });
    toPicker = createActorPicker({
      graph: context.graph,
      label: t('paths.to'),
      placeholder: t('paths.pickPlaceholder'),
      initial: name(to),
      testId: 'path-to',
      onPick: (id) => {
        to = id;
        search();
      },
    });
    fill(
      pickers,
      fromPicker.element,
      button('⇅', () => {
        [from, to] = [to, from];
        fromPicker.setValue(name(from));
        toPicker.setValue(name(to));
        search();
      }, { class: 'icon-button swap', title: t('paths.swap') }),
      toPicker.element,
    );
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

  function renderResults(): void {
    if (from === null || to === null) {
      fill(results, h('p', { class: 'hint', text: t('paths.hint') }));
      return;
    }
    const body = loadableBody(loader.get(), resultView);
    fill(results, body);
  }

  function render(): void {
    buildPickers();
    fill(
      element,
      panelHeader(t('mode.paden'), t('paths.intro')),
      h('div', { class: 'panel-body' }, h('p', { class: 'scope', attrs: { 'data-testid': 'scope-statement' }, text: t('paths.scope') }), pickers, results),
    );
    renderResults();
  }

  context.store.subscribe((state, previous) => {
    if (!active) return;
    if (state.view.language !== previous.view.language) render();
    if (state.data.networkVersion !== previous.data.networkVersion) search();
  });

  return {
    element,
    activate() {
      active = true;
      render();
      emphasise();
    },
    deactivate() {
      active = false;
    },
    graphClick(id) {
      // First click: the start; second: the end; a third starts over.
      if (from === null || to !== null) {
        from = id;
        to = null;
      } else if (id !== from) {
        to = id;
      }
      fromPicker.setValue(name(from));
      toPicker.setValue(name(to));
      search();
      rerender(results, renderResults);
      return true;
    },
  };
}
