/**
 * The legend over the map: what the ring, the fill, the size, a hollow centre, a forum's
 * diamond and the line styles mean in the current view. Collapsible, so it never hides the network for long.
 */
import { t, vocabulary } from '../i18n/i18n';
import { DOMAIN_COLOURS, PATH_COLOUR, SUGGESTED_COLOUR } from '../render/palette';
import type { AppContext } from './app-context';
import { h } from './dom';

export function createLegend(context: AppContext): HTMLElement {
  // Open on the overview; the modes put their own highlights on the map, so there it folds
  // away unless the user opened it.
  let chosen: boolean | null = null;
  let open = context.store.get().view.mode === 'netwerk';
  const element = h('div', { class: 'legend', attrs: { 'aria-label': t('legend.title'), role: 'region' } });

  const render = (): void => {
    const { view, data } = context.store.get();
    const toggle = h('button', {
      class: 'legend-toggle',
      text: open ? `${t('legend.title')} ▾` : `${t('legend.title')} ▸`,
      attrs: { type: 'button', 'aria-expanded': String(open) },
      on: {
        click: () => {
          open = !open;
          chosen = open;
          render();
          element.querySelector<HTMLButtonElement>('.legend-toggle')?.focus();
        },
      },
    });
    element.setAttribute('aria-label', t('legend.title'));
    element.classList.toggle('collapsed', !open);
    if (!open) {
      element.replaceChildren(toggle);
      return;
    }
    element.replaceChildren(
      toggle,
      h(
        'ul',
        { class: 'legend-list' },
        h(
          'li',
          { class: 'legend-rings' },
          h('span', { class: 'legend-key', text: t('legend.ring') }),
          data.reference.vocabulary.domains.map((domain) =>
            h('span', { class: 'legend-ring' }, h('span', { class: 'ring-swatch', attrs: { style: `--ring:${DOMAIN_COLOURS[domain]}`, 'aria-hidden': 'true' } }), vocabulary('domainShort', domain)),
          ),
        ),
        h('li', {}, h('span', { class: 'fill-swatch', attrs: { 'aria-hidden': 'true' } }), view.colourBy === 'community' ? t('legend.fillCommunity') : t('legend.fillType')),
        h('li', {}, h('span', { class: 'hollow-swatch', attrs: { 'aria-hidden': 'true' } }), t('legend.illustrative')),
        h('li', { attrs: { 'data-testid': 'legend-forum' } }, h('span', { class: 'diamond-swatch', attrs: { 'aria-hidden': 'true' } }), t('legend.forum')),
        h('li', {}, h('span', { class: 'size-swatch', attrs: { 'aria-hidden': 'true' } }), view.sizeBy === 'degree' ? t('legend.sizeDegree') : t('legend.sizeBetweenness')),
        view.showSuggestions
          ? h('li', {}, h('span', { class: 'line-swatch dashed', attrs: { style: `--line:${SUGGESTED_COLOUR}`, 'aria-hidden': 'true' } }), t('legend.suggested'))
          : null,
        view.mode === 'paden' ? h('li', {}, h('span', { class: 'line-swatch', attrs: { style: `--line:${PATH_COLOUR}`, 'aria-hidden': 'true' } }), t('legend.path')) : null,
      ),
    );
  };

  context.store.subscribe((state, previous) => {
    if (state.view.mode !== previous.view.mode) open = chosen ?? state.view.mode === 'netwerk';
    const a = state.view;
    const b = previous.view;
    if (a.language !== b.language || a.colourBy !== b.colourBy || a.sizeBy !== b.sizeBy || a.showSuggestions !== b.showSuggestions || a.mode !== b.mode || state.data.reference !== previous.data.reference) render();
  });
  render();
  return element;
}
