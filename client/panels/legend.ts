/**
 * The legend over the map: what the ring, the fill, the size, a hollow centre, a forum's
 * diamond and the line styles mean in the current view. Collapsible, so it never hides the network for long.
 */
import { t, vocabulary } from '../i18n/i18n';
import { DOMAIN_COLOURS, PATH_COLOUR, SUGGESTED_COLOUR } from '../render/palette';
import type { AppContext, SidePanel } from './app-context';
import { h } from './dom';
import { definePanel } from './panel-definition';

export function createLegend(context: AppContext): SidePanel {
  return definePanel<Record<never, never>>(context.store, {
    testId: 'legend',
    tag: 'div',
    className: 'legend',
    attrs: { role: 'region' },
    sources: {},
    shows: (state) => [state.view.colourBy, state.view.sizeBy, state.view.showSuggestions, state.view.mode, state.data.reference, state.panels.legendOpen],
    decorate(element, state) {
      element.setAttribute('aria-label', t('legend.title'));
      element.classList.toggle('collapsed', !(state.panels.legendOpen ?? state.view.mode === 'netwerk'));
    },
    render(state) {
      const { view, data } = state;
      // Open on the overview; the modes put their own highlights on the map, so there it folds
      // away unless the user opened it.
      const open = state.panels.legendOpen ?? view.mode === 'netwerk';
      const toggle = h('button', {
        class: 'legend-toggle',
        text: open ? `${t('legend.title')} ▾` : `${t('legend.title')} ▸`,
        attrs: { type: 'button', 'aria-expanded': String(open), 'data-focus-key': 'legend-toggle' },
        on: { click: () => context.store.set((current) => ({ ...current, panels: { ...current.panels, legendOpen: !open } })) },
      });
      if (!open) return toggle;
      return [
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
      ];
    },
  });
}
