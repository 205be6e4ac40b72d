/**
 * Regio's: first the regions map (render/region-map.ts) with the same regions as a list
 * here, each one click from its actors; then, for the chosen region (or the whole network),
 * the scorecard, and a second one side by side to compare. The first region is the map's
 * region, so the map, the lists and the scorecard always show the same place.
 */
import { REGION_SCORECARD, type RegionScorecard } from '../api/operations/analytics';
import type { Domain } from '../api/operations/operation';
import { formatMeasure, formatPercent, t, vocabulary } from '../i18n/i18n';
import { DOMAIN_COLOURS } from '../render/palette';
import { updateView } from '../state/app-state';
import type { RegionSummary } from '../state/region-graph';
import { scopeInput, scopeKey } from '../state/scope';
import { showsRegionOverview, withRegion, withRegionOverview } from '../state/view-state';
import type { AppContext, SidePanel } from './app-context';
import { fill, h, rerender, select } from './dom';
import { regionOptions } from './filters';
import { createLoader } from './loader';
import { loadableBody, panelHeader } from './panel-frame';
import { pairLabel, scopeLine } from './scope-statement';

const DOMAINS: readonly Domain[] = ['SZ', 'EZ', 'ONDERWIJS', 'OVERIG'];

/** A bar of the actors per domain, each part as wide as its share. */
function domainBar(actorsPerDomain: Readonly<Record<Domain, number>>): HTMLElement {
  const total = Math.max(1, DOMAINS.reduce((sum, domain) => sum + actorsPerDomain[domain], 0));
  return h(
    'div',
    { class: 'domain-bar', attrs: { role: 'img', 'aria-label': DOMAINS.map((domain) => `${vocabulary('domain', domain)} ${String(actorsPerDomain[domain])}`).join(', ') } },
    DOMAINS.map((domain) =>
      h('span', { class: 'domain-bar-part', title: `${vocabulary('domain', domain)}: ${String(actorsPerDomain[domain])}`, attrs: { style: `width:${String((actorsPerDomain[domain] / total) * 100)}%;background:${DOMAIN_COLOURS[domain]}` } }),
    ),
  );
}

const szEzLinks = (card: RegionScorecard): number =>
  card.linksPerDomainPair.find((pair) => pair.domains.includes('SZ') && pair.domains.includes('EZ') && pair.domains.length === 2)?.count ?? 0;

interface Row {
  readonly label: string;
  readonly explain?: string;
  readonly value: (card: RegionScorecard) => Node | string;
}

function rows(): Row[] {
  return [
    { label: t('figures.actors'), value: (card) => String(card.actors) },
    { label: t('region.domains'), value: (card) => h('div', {}, domainBar(card.actorsPerDomain), h('span', { class: 'small muted', text: DOMAINS.map((domain) => `${vocabulary('domainShort', domain)} ${String(card.actorsPerDomain[domain])}`).join(' · ') })) },
    { label: t('figures.links'), value: (card) => String(card.links) },
    { label: t('region.szEzLinks'), explain: t('region.szEzLinksExplain'), value: (card) => String(szEzLinks(card)) },
    { label: t('figures.density'), explain: t('region.densityExplain'), value: (card) => formatPercent(card.density, 1) },
    { label: t('figures.eiIndex'), explain: t('region.eiExplain'), value: (card) => formatMeasure(card.eiIndex, 2) },
    { label: t('figures.szEzWithinTwoSteps'), explain: t('region.twoStepsExplain'), value: (card) => formatPercent(card.szEzWithinTwoSteps, 1) },
    { label: t('figures.islands'), value: (card) => String(card.islands) },
  ];
}

export function createRegionPanel(context: AppContext): SidePanel {
  const element = h('section', { class: 'panel region-panel', attrs: { 'data-testid': 'mode-regios' } });
  let active = false;
  let compare: string | null = null;
  const onChange = (): void => {
    if (active) rerender(element, render);
  };
  const first = createLoader<RegionScorecard>(onChange);
  const second = createLoader<RegionScorecard>(onChange);

  const load = (): void => {
    const { view, data } = context.store.get();
    const region = view.filters.region;
    const version = `${String(data.networkVersion)}|${scopeKey(view.scope)}`;
    const scope = scopeInput(view.scope);
    void first.load(`${region ?? ''}|${version}`, async () => (await context.client.request(REGION_SCORECARD, { region, scope }, { key: 'scorecard-a' })).regionScorecard);
    if (compare !== null) {
      const other = compare;
      void second.load(`${other}|${version}`, async () => (await context.client.request(REGION_SCORECARD, { region: other, scope }, { key: 'scorecard-b' })).regionScorecard);
    }
  };

  const brokers = (card: RegionScorecard): HTMLElement =>
    h(
      'ol',
      { class: 'mini-list' },
      card.topBrokers.slice(0, 5).map((broker) =>
        h('li', {}, h('button', { class: 'actor-link small', text: broker.actor.name, attrs: { type: 'button' }, on: { click: () => context.selectActor(broker.actor.id) } }), h('span', { class: 'muted small', text: ` ${formatPercent(broker.bridging)}` })),
      ),
    );

  const table = (cards: readonly RegionScorecard[]): HTMLElement =>
    h(
      'table',
      { class: cards.length > 1 ? 'scorecard two' : 'scorecard', attrs: { 'data-testid': 'scorecard' } },
      h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, ''), cards.map((card) => h('th', { attrs: { scope: 'col' }, text: card.region?.name ?? t('filters.wholeNetwork') })))),
      h(
        'tbody',
        {},
        rows().map((row) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' } }, row.label, row.explain === undefined ? null : h('span', { class: 'row-explain', text: row.explain })),
            cards.map((card) => h('td', {}, row.value(card))),
          ),
        ),
        h('tr', {}, h('th', { attrs: { scope: 'row' }, text: t('region.topBrokers', { pair: pairLabel(context.store.get().view.scope.between) }) }), cards.map((card) => h('td', {}, brokers(card)))),
      ),
    );

  /** Shows a region's actors (drilling down from the regions map), or the whole network's for null. */
  const showRegion = (id: string | null): void => {
    context.store.set(updateView((view) => withRegion(view, id)));
    context.renderer.fitActors([]);
  };

  /** The first region: choosing one drills down to its actors, as a click on its node does. */
  const regionPicker = (): HTMLElement =>
    select(t('region.pick'), regionOptions(context.store.get()), context.store.get().view.filters.region ?? '', (value) => showRegion(value === '' ? null : value), {
      focusKey: 'region-a',
      testId: 'region-a',
    });

  /** One row of the regions list: the region (a button to its actors), its actors and links. */
  const regionRow = (region: RegionSummary): HTMLElement =>
    h(
      'tr',
      { dataset: { region: region.id } },
      h('th', { attrs: { scope: 'row' } }, h('button', { class: 'actor-link small', text: region.name, attrs: { type: 'button', 'data-testid': `region-row-${region.id}` }, on: { click: () => showRegion(region.id) } })),
      h('td', { text: String(region.actors) }),
      h('td', {}, domainBar(region.actorsPerDomain)),
      h('td', { text: String(region.internalLinks) }),
      h('td', { text: String(region.externalLinks) }),
    );

  /** The panel beside the regions map: how to read it, and every region, largest first. */
  function renderOverview(): void {
    const overview = context.regionMap.overview();
    const regions = [...(overview?.regions ?? [])].sort((a, b) => b.actors - a.actors || a.name.localeCompare(b.name, 'nl'));
    fill(
      element,
      panelHeader(t('regionMap.title'), t('regionMap.intro')),
      h(
        'div',
        { class: 'panel-body' },
        h('div', { class: 'toolbar' }, regionPicker()),
        h('p', { class: 'small muted', text: t('regionMap.legend') }),
        overview === null ? h('p', { class: 'loading', text: t('common.loading') }) : null,
        overview !== null && overview.nationalActors > 0 ? h('p', { class: 'small muted', attrs: { 'data-testid': 'region-national' }, text: t('regionMap.national', { count: overview.nationalActors }) }) : null,
        h(
          'table',
          { class: 'scorecard region-list', attrs: { 'data-testid': 'region-list' } },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [
                [t('region.pick'), t('region.pick')],
                [t('figures.actors'), t('figures.actors')],
                [t('regionMap.mixShort'), t('region.domains')],
                [t('regionMap.internalShort'), t('regionMap.internal')],
                [t('regionMap.externalShort'), t('regionMap.external')],
              ].map(([text, title]) => h('th', { attrs: { scope: 'col' }, text, title })),
            ),
          ),
          h('tbody', {}, regions.map(regionRow)),
        ),
      ),
    );
  }

  function render(): void {
    const state = context.store.get();
    if (showsRegionOverview(state.view)) {
      document.documentElement.classList.remove('side-wide');
      renderOverview();
      return;
    }
    document.documentElement.classList.toggle('side-wide', active && compare !== null);
    const options = regionOptions(state);
    const a = first.get();
    const b = second.get();
    const content =
      compare === null
        ? loadableBody(a, (card) => table([card]))
        : a.data !== null && b.data !== null
          ? [a.status === 'loading' || b.status === 'loading' ? h('p', { class: 'loading inline', text: t('common.updating') }) : null, table([a.data, b.data])].filter((node): node is HTMLElement => node !== null)
          : loadableBody(a.data === null ? a : b, () => h('span', {}));
    fill(
      element,
      panelHeader(t('mode.regios'), t('region.intro'), { text: t('regionMap.back'), onClick: () => context.store.set(updateView(withRegionOverview)) }),
      h(
        'div',
        { class: 'panel-body' },
        h(
          'div',
          { class: 'toolbar two-selects' },
          regionPicker(),
          select(
            t('region.compare'),
            [{ value: '', text: t('region.noCompare') }, ...options.filter((option) => option.value !== '')],
            compare ?? '',
            (value) => {
              compare = value === '' ? null : value;
              second.invalidate();
              load();
              rerender(element, render);
            },
            { focusKey: 'region-b', testId: 'region-b' },
          ),
        ),
        scopeLine(state),
        content,
      ),
    );
  }

  context.store.subscribe((state, previous) => {
    if (!active) return;
    if (state.view.filters.region !== previous.view.filters.region || state.data.networkVersion !== previous.data.networkVersion || state.view.scope !== previous.view.scope) load();
    if (
      state.view.language !== previous.view.language ||
      state.view.scope !== previous.view.scope ||
      state.view.filters.region !== previous.view.filters.region ||
      state.view.regionOverview !== previous.view.regionOverview ||
      (showsRegionOverview(state.view) && state.data.networkVersion !== previous.data.networkVersion)
    )
      rerender(element, render);
  });

  return {
    element,
    activate() {
      active = true;
      render();
      load();
    },
    deactivate() {
      active = false;
      document.documentElement.classList.remove('side-wide');
    },
  };
}
