/**
 * Regio's: first the regions map (render/region-map.ts) with the same regions as a list
 * here, each one click from its actors; then, for the chosen region (or the whole network),
 * the scorecard, and a second one side by side to compare. The first region is the map's
 * region, so the map, the lists and the scorecard always show the same place.
 */
import { fetchDownload, saveBlob } from '../api/download';
import { REGION_SCORECARD, type RegionScorecard } from '../api/operations/analytics';
import { readToken } from '../api/token-store';
import type { Domain } from '../api/operations/operation';
import { formatMeasure, formatPercent, getLanguage, t, vocabulary } from '../i18n/i18n';
import { DOMAIN_COLOURS } from '../render/palette';
import { updatePanel, updateView, type AppState } from '../state/app-state';
import type { RegionSummary } from '../state/region-graph';
import { reportQuery, scopeInput, type AnalysisScope } from '../state/scope';
import { showsRegionOverview, withRegion, withRegionOverview } from '../state/view-state';
import type { AppContext, SidePanel } from './app-context';
import { h, select } from './dom';
import { errorSummary } from './error-view';
import { regionOptions } from './filters';
import { analysisWatch, definePanel, source } from './panel-definition';
import { loadableBody, panelHeader } from './panel-frame';
import { pairLabel, scopeLine } from './scope-statement';
import { createSurveySection, showsSurveyDashboard } from './survey-section';

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
  const brokers = (card: RegionScorecard): HTMLElement =>
    h(
      'ol',
      { class: 'mini-list' },
      card.topBrokers.slice(0, 5).map((broker) =>
        h('li', {}, h('button', { class: 'actor-link small', text: broker.actor.name, attrs: { type: 'button' }, on: { click: () => context.selectActor(broker.actor.id) } }), h('span', { class: 'muted small', text: ` ${formatPercent(broker.bridging)}` })),
      ),
    );

  const table = (state: AppState, cards: readonly RegionScorecard[]): HTMLElement =>
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
        h('tr', {}, h('th', { attrs: { scope: 'row' }, text: t('region.topBrokers', { pair: pairLabel(state.view.scope.between) }) }), cards.map((card) => h('td', {}, brokers(card)))),
      ),
    );

  /** Shows a region's actors (drilling down from the regions map), or the whole network's for null. */
  const showRegion = (id: string | null): void => {
    context.store.set(updateView((view) => withRegion(view, id)));
    context.renderer.fitActors([]);
  };

  /**
   * The region's report (or the whole network's) in the current language and scope: the PDF is
   * fetched with the caller's token, as the exports are, so it works where anonymous reading is
   * off; its href stays for "open in new tab". The HTML page reads the token itself.
   */
  const reportLinks = (state: AppState): HTMLElement => {
    const region = state.view.filters.region ?? 'all';
    const query = reportQuery(state.view.scope, getLanguage());
    const pdf = `/report/${encodeURIComponent(region)}.pdf${query}`;
    // The server's name for the same file: the region and the report's day (today without one).
    const fileName = `brugkaart-rapport-${region}-${state.view.scope.at ?? new Date().toISOString().slice(0, 10)}.pdf`;
    const downloadReport = (event: MouseEvent): void => {
      event.preventDefault();
      context.announce(t('report.making'));
      fetchDownload(pdf, readToken()).then(
        (blob) => {
          saveBlob(blob, fileName);
          context.announce(t('report.made'));
        },
        (error: unknown) => context.announce(`${t('report.downloadFailed')} ${errorSummary(error)}`),
      );
    };
    return h(
      'p',
      { class: 'report-links' },
      h('a', { class: 'button', text: t('report.button'), attrs: { href: pdf, download: fileName, 'data-testid': 'report-pdf' }, on: { click: downloadReport } }),
      ' ',
      h('a', { class: 'small', text: t('report.htmlLink'), attrs: { href: `/report.html${query}&region=${encodeURIComponent(region)}`, target: '_blank', rel: 'noopener', 'data-testid': 'report-html' } }),
    );
  };

  /** The first region: choosing one drills down to its actors, as a click on its node does. */
  const regionPicker = (state: AppState): HTMLElement =>
    select(t('region.pick'), regionOptions(state), state.view.filters.region ?? '', (value) => showRegion(value === '' ? null : value), {
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
  const overviewBody = (state: AppState): Node[] => {
    const overview = context.regionMap.overview();
    const regions = [...(overview?.regions ?? [])].sort((a, b) => b.actors - a.actors || a.name.localeCompare(b.name, 'nl'));
    return [
      panelHeader(t('regionMap.title'), t('regionMap.intro')),
      h(
        'div',
        { class: 'panel-body' },
        h('div', { class: 'toolbar' }, regionPicker(state)),
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
    ];
  };

  const scorecard = (region: string | null, scope: AnalysisScope, key: string): Promise<RegionScorecard> =>
    context.client.request(REGION_SCORECARD, { region, scope: scopeInput(scope) }, { key }).then((answer) => answer.regionScorecard);

  // Editors' survey rounds of the region shown (panels/survey-section.ts), active while this panel is.
  const surveys = createSurveySection(context);

  return definePanel<{ first: RegionScorecard; second: RegionScorecard }>(context.store, {
    testId: 'mode-regios',
    className: 'panel region-panel',
    sources: {
      first: source(
        analysisWatch,
        ([region, , scope]) => scorecard(region, scope, 'scorecard-a'),
      ),
      second: source(
        (state: AppState) => [state.panels.regions.compare, state.data.networkVersion, state.view.scope] as const,
        ([compare, , scope]) => (compare === null ? null : scorecard(compare, scope, 'scorecard-b')),
      ),
    },
    // The regions map's list is read from the map, which follows the network version.
    shows: (state) => [state.view.regionOverview, state.view.filters.region, showsRegionOverview(state.view) ? state.data.networkVersion : null, showsSurveyDashboard(state)],
    activated: () => surveys.activate(),
    deactivated: () => {
      surveys.deactivate();
      document.documentElement.classList.remove('side-wide', 'side-survey');
    },
    render(state, data) {
      const dashboard = !showsRegionOverview(state.view) && showsSurveyDashboard(state);
      document.documentElement.classList.toggle('side-survey', dashboard);
      if (showsRegionOverview(state.view)) {
        document.documentElement.classList.remove('side-wide');
        return overviewBody(state);
      }
      if (dashboard) return surveys.element;
      const { compare } = state.panels.regions;
      document.documentElement.classList.toggle('side-wide', compare !== null);
      const options = regionOptions(state);
      const a = data.first;
      const b = data.second;
      const content =
        compare === null
          ? loadableBody(a, (card) => table(state, [card]))
          : a.data !== null && b.data !== null
            ? [a.status === 'loading' || b.status === 'loading' ? h('p', { class: 'loading inline', text: t('common.updating') }) : null, table(state, [a.data, b.data])].filter((node): node is HTMLElement => node !== null)
            : loadableBody(a.data === null ? a : b, () => h('span', {}));
      return [
        panelHeader(t('mode.regios'), t('region.intro'), { text: t('regionMap.back'), onClick: () => context.store.set(updateView(withRegionOverview)) }),
        h(
          'div',
          { class: 'panel-body' },
          h(
            'div',
            { class: 'toolbar two-selects' },
            regionPicker(state),
            select(
              t('region.compare'),
              [{ value: '', text: t('region.noCompare') }, ...options.filter((option) => option.value !== '')],
              compare ?? '',
              (value) => context.store.set(updatePanel('regions', () => ({ compare: value === '' ? null : value }))),
              { focusKey: 'region-b', testId: 'region-b' },
            ),
          ),
          scopeLine(state),
          reportLinks(state),
          content,
          surveys.element,
        ),
      ];
    },
  });
}
