/**
 * The start panel: the network (or the chosen region) in a few figures, how to read the
 * map, and the four questions the explorer answers, each one click away.
 */
import { REGION_SCORECARD, type RegionScorecard } from '../api/operations/analytics';
import { formatMeasure, formatPercent, t, type MessageKey } from '../i18n/i18n';
import { updateView } from '../state/app-state';
import { scopeInput } from '../state/scope';
import { withMode, type Mode } from '../state/view-state';
import type { AppContext, SidePanel } from './app-context';
import { h } from './dom';
import { analysisWatch, definePanel, source } from './panel-definition';
import { loadableBody, panelHeader } from './panel-frame';
import { scopeLine } from './scope-statement';

const QUESTIONS: readonly { readonly mode: Mode; readonly question: MessageKey; readonly answer: MessageKey }[] = [
  { mode: 'sleutelfiguren', question: 'overview.q.brokers', answer: 'overview.a.brokers' },
  { mode: 'eilanden', question: 'overview.q.islands', answer: 'overview.a.islands' },
  { mode: 'ontbrekend', question: 'overview.q.missing', answer: 'overview.a.missing' },
  { mode: 'paden', question: 'overview.q.paths', answer: 'overview.a.paths' },
];

export function createOverview(context: AppContext): SidePanel {
  const figure = (value: string, label: string): HTMLElement =>
    h('div', { class: 'figure' }, h('span', { class: 'figure-value', text: value }), h('span', { class: 'figure-label', text: label }));

  const figures = (card: RegionScorecard): HTMLElement =>
    h(
      'div',
      { class: 'figure-grid' },
      figure(String(card.actors), t('figures.actors')),
      figure(String(card.links), t('figures.links')),
      figure(formatPercent(card.szEzWithinTwoSteps, 1), t('figures.szEzWithinTwoSteps')),
      figure(formatMeasure(card.eiIndex, 2), t('figures.eiIndex')),
    );

  return definePanel<{ card: RegionScorecard }>(context.store, {
    testId: 'mode-netwerk',
    sources: {
      card: source(
        analysisWatch,
        async ([region, , scope]) => (await context.client.request(REGION_SCORECARD, { region, scope: scopeInput(scope) }, { key: 'overview' })).regionScorecard,
      ),
    },
    render(state, data) {
      const region = state.data.reference.regions.find((item) => item.id === state.view.filters.region);
      return [
        panelHeader(region === undefined ? t('overview.title') : t('overview.titleRegion', { region: region.name }), t('overview.intro')),
        h(
          'div',
          { class: 'panel-body' },
          scopeLine(state),
          loadableBody(data.card, figures),
          h('h3', { class: 'section-title', text: t('overview.questions') }),
          h(
            'ul',
            { class: 'question-list' },
            QUESTIONS.map((item) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    class: 'question',
                    attrs: { type: 'button', 'data-focus-key': `q-${item.mode}` },
                    on: { click: () => context.store.set(updateView((current) => withMode(current, item.mode))) },
                  },
                  h('strong', { text: t(item.question) }),
                  h('span', { text: t(item.answer) }),
                ),
              ),
            ),
          ),
          h('h3', { class: 'section-title', text: t('overview.howToRead') }),
          h(
            'ul',
            { class: 'read-list' },
            (['overview.read.fill', 'overview.read.ring', 'overview.read.size', 'overview.read.forum', 'overview.read.hover', 'overview.read.keys'] as const).map((key) => h('li', { text: t(key) })),
          ),
        ),
      ];
    },
  });
}
