/**
 * The filters: which arbeidsmarktregio (or the whole network), which domains, which kinds of
 * actor, and whether generic (illustrative) actors show. The graph, the search and every
 * mode's list follow them. Each type row shows its colour, so the list doubles as the
 * colour legend; counts are for the chosen region.
 */
import type { Domain } from '../api/operations/operation';
import { t, vocabulary } from '../i18n/i18n';
import { DOMAIN_COLOURS, typeColour } from '../render/palette';
import { updateView, type AppState } from '../state/app-state';
import {
  filtersActive,
  withDomainToggled,
  withFiltersReset,
  withIllustrative,
  withOnlyTypes,
  withRegion,
  withTypeToggled,
} from '../state/view-state';
import type { AppContext, SidePanel } from './app-context';
import { button, h, select } from './dom';
import { definePanel } from './panel-definition';

function counts(context: AppContext, region: string | null): { types: Map<string, number>; domains: Map<Domain, number>; total: number } {
  const types = new Map<string, number>();
  const domains = new Map<Domain, number>();
  let total = 0;
  context.graph.forEachNode((_node, attributes) => {
    if (region !== null && attributes.region !== region) return;
    total += 1;
    types.set(attributes.actorType, (types.get(attributes.actorType) ?? 0) + 1);
    domains.set(attributes.domain, (domains.get(attributes.domain) ?? 0) + 1);
  });
  return { types, domains, total };
}

export function regionOptions(state: AppState): { value: string; text: string }[] {
  const regions = [...state.data.reference.regions].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return [
    { value: '', text: t('filters.wholeNetwork') },
    ...regions.map((region) => ({ value: region.id, text: `${region.name} (${String(region.actorCount)})` })),
  ];
}

export function createFilters(context: AppContext): SidePanel {
  const set = (producer: Parameters<typeof updateView>[0]): void => context.store.set(updateView(producer));

  const render = (state: AppState): Node[] => {
    const { filters } = state.view;
    const tally = counts(context, filters.region);
    const allTypes = state.data.reference.vocabulary.actorTypes.map((type) => type.id);
    const presentTypes = allTypes.filter((type) => (tally.types.get(type) ?? 0) > 0);
    return [
      h(
        'section',
        { class: 'rail-section' },
        select(
          t('filters.region'),
          regionOptions(state),
          filters.region ?? '',
          (value) => {
            set((view) => withRegion(view, value === '' ? null : value));
            context.renderer.fitActors([]);
          },
          { focusKey: 'region', testId: 'region-filter' },
        ),
      ),
      h(
        'section',
        { class: 'rail-section' },
        h('h3', { class: 'rail-heading', text: t('filters.domains') }),
        h(
          'div',
          { class: 'domain-toggles' },
          state.data.reference.vocabulary.domains.map((domain) => {
            const shown = !filters.hiddenDomains.has(domain);
            return h(
              'button',
              {
                class: shown ? 'domain-toggle on' : 'domain-toggle',
                attrs: { type: 'button', 'aria-pressed': String(shown), 'data-focus-key': `domain-${domain}` },
                title: t('filters.toggleDomain'),
                on: { click: () => set((view) => withDomainToggled(view, domain)) },
              },
              h('span', { class: 'ring-swatch', attrs: { style: `--ring:${DOMAIN_COLOURS[domain]}`, 'aria-hidden': 'true' } }),
              h('span', { class: 'toggle-text', text: vocabulary('domain', domain) }),
              h('span', { class: 'count', text: String(tally.domains.get(domain) ?? 0) }),
            );
          }),
        ),
      ),
      h(
        'section',
        { class: 'rail-section types-section' },
        h(
          'div',
          { class: 'rail-heading-row' },
          h('h3', { class: 'rail-heading', text: t('filters.types') }),
          button(filters.hiddenTypes.size === 0 ? t('filters.none') : t('filters.all'), () =>
            set((view) => (view.filters.hiddenTypes.size === 0 ? withOnlyTypes(view, ['__none__'], allTypes) : withOnlyTypes(view, [], allTypes))),
            { class: 'link-button', focusKey: 'types-all' },
          ),
        ),
        h(
          'ul',
          { class: 'type-list' },
          presentTypes.map((type) =>
            h(
              'li',
              {},
              h(
                'label',
                { class: 'type-row' },
                h('input', {
                  attrs: { type: 'checkbox', checked: !filters.hiddenTypes.has(type), 'data-focus-key': `type-${type}` },
                  on: { change: () => set((view) => withTypeToggled(view, type)) },
                }),
                h('span', { class: 'type-swatch', attrs: { style: `background:${typeColour(type)}`, 'aria-hidden': 'true' } }),
                h('span', { class: 'type-name', text: vocabulary('type', type) }),
                h('span', { class: 'count', text: String(tally.types.get(type) ?? 0) }),
              ),
            ),
          ),
        ),
      ),
      h(
        'section',
        { class: 'rail-section' },
        h(
          'label',
          { class: 'check-row' },
          h('input', {
            attrs: { type: 'checkbox', checked: filters.showIllustrative, 'data-focus-key': 'illustrative' },
            on: { change: (event) => set((view) => withIllustrative(view, (event.target as HTMLInputElement).checked)) },
          }),
          h('span', { text: t('filters.showIllustrative') }),
        ),
        filtersActive(filters) ? button(t('filters.reset'), () => set(withFiltersReset), { class: 'button small', focusKey: 'reset' }) : null,
      ),
    ];
  };

  return definePanel<Record<never, never>>(context.store, {
    testId: 'filters',
    tag: 'div',
    className: 'filters-body',
    sources: {},
    shows: (state) => [state.view.filters, state.data.reference, state.data.networkVersion],
    render,
  });
}
