/**
 * Beleidseilanden: the communities (Louvain) coloured on the map, and the policy islands —
 * groups that mostly talk among themselves and mostly belong to one domain — listed with the
 * reason in words. Choosing an island focuses the map on it and shows the API's repair
 * suggestion: the fewest suggested links that would open it, and what they would change; for an
 * island no suggested link reaches, the links of another kind the API proposes instead, each
 * with what it alone would do.
 */
import { ISLANDS, type FallbackSuggestion, type Islands, type PolicyIsland } from '../../api/operations/analytics';
import { formatMeasure, formatPercent, getLanguage, t, vocabulary } from '../../i18n/i18n';
import { communityColour, DOMAIN_COLOURS } from '../../render/palette';
import { updatePanel, type AppState } from '../../state/app-state';
import { edgeKey } from '../../state/network-graph';
import { INITIAL_PANELS } from '../../state/panel-state';
import { scopeInput } from '../../state/scope';
import type { AppContext, SidePanel } from '../app-context';
import { h } from '../dom';
import { analysisWatch, definePanel, source } from '../panel-definition';
import { loadableBody, panelHeader } from '../panel-frame';
import { scopeLine } from '../scope-statement';

type Community = Islands['communities'][number];

const islandKey = (island: PolicyIsland): string => `${island.kind}-${String(island.index)}`;

export function createEilanden(context: AppContext): SidePanel {
  const setIslands = (islands: AppState['panels']['islands']): void => context.store.set(updatePanel('islands', () => islands));

  const edgesAmong = (ids: readonly string[]): string[] => {
    const members = new Set(ids);
    const keys: string[] = [];
    for (const id of ids) {
      if (!context.graph.hasNode(id)) continue;
      for (const neighbour of context.graph.neighbors(id)) if (members.has(neighbour) && id < neighbour) keys.push(edgeKey(id, neighbour));
    }
    return keys;
  };

  const focusIsland = (island: PolicyIsland | null): void => {
    setIslands({ island: island === null ? null : islandKey(island), community: null });
    // The fallback partners lie outside the island, often far from it: keep them in view.
    if (island !== null) context.renderer.fitActors([...island.members.map((member) => member.id), ...island.repair.fallback.map((suggestion) => suggestion.to.id)]);
  };

  const focusCommunity = (community: Community): void => {
    setIslands({ island: null, community: community.id });
    context.renderer.fitActors(community.members.map((member) => member.id));
  };

  const text = (description: { readonly nl: string; readonly en: string }): string => (getLanguage() === 'en' ? description.en : description.nl);

  // Labelled apart from the repair above it: these partners share no one with the island, so
  // they are proposed for what the link would do, not because the network already points at them.
  const fallbackList = (fallback: readonly FallbackSuggestion[], networkBefore: { readonly szEzWithinTwoSteps: number | null }): HTMLElement =>
    h(
      'div',
      { class: 'repair-fallback', attrs: { 'data-testid': 'island-fallback' } },
      h('h4', { text: t('islands.fallback') }),
      h('p', { class: 'explain', text: t('islands.fallbackExplain') }),
      h(
        'ol',
        { class: 'pair-list' },
        fallback.map((suggestion) =>
          h(
            'li',
            { attrs: { 'data-testid': 'island-fallback-link' } },
            `${suggestion.from.name} `,
            h('span', { class: 'dash-arrow', text: '⇢' }),
            ` ${suggestion.to.name}`,
            suggestion.national ? h('span', { class: 'muted', text: ` · ${t('islands.national')}` }) : null,
            h('br'),
            h('span', {
              class: 'muted',
              text: [
                t('islands.fallbackReach', {
                  pairs: suggestion.szEzPairsGained,
                  before: formatPercent(networkBefore.szEzWithinTwoSteps),
                  after: formatPercent(suggestion.networkAfter.szEzWithinTwoSteps),
                }),
                ...(suggestion.joinsComponents ? [t('islands.fallbackJoins')] : []),
                suggestion.islandAfter.island ? t('islands.fallbackStill') : t('islands.fallbackOpens'),
              ].join('; '),
            }),
          ),
        ),
      ),
    );

  const islandCard = (chosen: string | null) => (island: PolicyIsland, index: number): HTMLElement => {
    const open = chosen === islandKey(island);
    const { repair } = island;
    return h(
      'li',
      { class: open ? 'island-card open' : 'island-card', attrs: { 'data-testid': 'island' } },
      h(
        'button',
        {
          class: 'island-head',
          attrs: { type: 'button', 'aria-expanded': String(open), 'data-focus-key': `island-${islandKey(island)}` },
          on: { click: () => focusIsland(open ? null : island) },
        },
        h('span', { class: 'island-domain', attrs: { style: `--ring:${DOMAIN_COLOURS[island.reason.dominantDomain]}`, 'aria-hidden': 'true' } }),
        h(
          'span',
          { class: 'island-title' },
          h('strong', { text: t('islands.island', { number: index + 1 }) }),
          h('span', { class: 'muted', text: ` · ${vocabulary('islandKind', island.kind)}` }),
        ),
        h('span', { class: 'island-description', attrs: { 'data-testid': 'island-description' }, text: text(island.description) }),
      ),
      open
        ? h(
            'div',
            { class: 'island-detail' },
            h('p', { class: 'members' }, h('strong', { text: `${t('islands.members')}: ` }), island.members.map((member) => member.name).join(', ')),
            h(
              'div',
              { class: `repair status-${repair.status.toLowerCase()}`, attrs: { 'data-testid': 'island-repair' } },
              h('h4', { text: `${t('islands.repair')} · ${vocabulary('status', repair.status)}` }),
              h('p', { text: text(repair.description) }),
              repair.links.length > 0
                ? h(
                    'ul',
                    { class: 'pair-list' },
                    repair.links.map((link) => h('li', {}, `${link.from.name} `, h('span', { class: 'dash-arrow', text: '⇢' }), ` ${link.to.name}`)),
                  )
                : null,
              h(
                'table',
                { class: 'figures compact' },
                h('thead', {}, h('tr', {}, h('th', {}), h('th', { text: t('common.before') }), h('th', { text: t('common.after') }))),
                h(
                  'tbody',
                  {},
                  h('tr', {}, h('th', { text: t('figures.externalLinks') }), h('td', { text: String(repair.before.externalLinks) }), h('td', { text: String(repair.after.externalLinks) })),
                  h('tr', {}, h('th', { text: t('figures.eiIndex') }), h('td', { text: formatMeasure(repair.before.eiIndex, 2) }), h('td', { text: formatMeasure(repair.after.eiIndex, 2) })),
                  h('tr', {}, h('th', { text: t('islands.stillIsland') }), h('td', { text: repair.before.island ? t('common.yes') : t('common.no') }), h('td', { text: repair.after.island ? t('common.yes') : t('common.no') })),
                ),
              ),
              repair.fallback.length > 0 ? fallbackList(repair.fallback, repair.networkBefore) : null,
            ),
          )
        : null,
    );
  };

  const body = (state: AppState, islands: Islands): Node[] => {
    const communities = [...islands.communities].filter((community) => community.size > 1).sort((a, b) => b.size - a.size);
    return [
      h(
        'div',
        { class: 'figure-row' },
        h('div', { class: 'figure' }, h('span', { class: 'figure-value', text: String(communities.length) }), h('span', { class: 'figure-label', text: t('islands.communities') })),
        h('div', { class: 'figure' }, h('span', { class: 'figure-value', text: formatMeasure(islands.modularity, 2) }), h('span', { class: 'figure-label', text: t('islands.modularity') })),
        h('div', { class: 'figure' }, h('span', { class: 'figure-value', text: String(islands.islands.length) }), h('span', { class: 'figure-label', text: t('islands.count') })),
      ),
      h('h3', { class: 'section-title', text: t('islands.listTitle') }),
      h('p', {
        class: 'explain',
        text: t('islands.rule', {
          min: islands.rule.minMembers,
          share: formatPercent(islands.rule.minDominantShare, 0),
          ei: formatMeasure(islands.rule.maxEiIndex, 2),
        }),
      }),
      islands.islands.length === 0
        ? h('p', { class: 'empty', text: t('islands.none') })
        : h('ol', { class: 'island-list', attrs: { 'data-testid': 'island-list' } }, islands.islands.map(islandCard(state.panels.islands.island))),
      h(
        'details',
        { class: 'communities' },
        h('summary', { text: t('islands.communityList', { count: communities.length }) }),
        h(
          'ul',
          { class: 'community-list' },
          communities.map((community) => {
            const dominant = (Object.entries(community.domains) as [string, number][]).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'OVERIG';
            return h(
              'li',
              {},
              h(
                'button',
                {
                  class: 'community-row',
                  attrs: { type: 'button', 'data-focus-key': `community-${String(community.id)}` },
                  on: { click: () => focusCommunity(community) },
                },
                h('span', { class: 'type-swatch', attrs: { style: `background:${communityColour(community.id, community.size)}`, 'aria-hidden': 'true' } }),
                h('span', { class: 'community-name', text: t('islands.community', { number: community.id + 1, size: community.size }) }),
                h('span', { class: 'muted', text: `${vocabulary('domain', dominant)} · E–I ${formatMeasure(community.eiIndex, 2)}` }),
              ),
            );
          }),
        ),
      ),
    ];
  };

  return definePanel<{ islands: Islands }>(context.store, {
    testId: 'mode-eilanden',
    sources: {
      islands: source(
        analysisWatch,
        async ([region, , scope]) => (await context.client.request(ISLANDS, { region, scope: scopeInput(scope) }, { key: 'islands' })).islands,
      ),
    },
    shows: (state) => [state.panels.islands],
    // A new answer numbers its islands anew: what was open is gone.
    loaded: { islands: () => setIslands(INITIAL_PANELS.islands) },
    emphasis(state, data) {
      const { island: chosen, community: chosenCommunity } = state.panels.islands;
      const islands = data.islands.data;
      if (islands === null) return undefined;
      const island = islands.islands.find((item) => islandKey(item) === chosen);
      if (island !== undefined) {
        const ids = island.members.map((member) => member.id);
        const repairEnds = [...island.repair.links, ...island.repair.fallback].flatMap((link) => [link.from.id, link.to.id]);
        return { nodes: [...new Set([...ids, ...repairEnds])], edges: edgesAmong(ids), primary: [] };
      }
      const community = islands.communities.find((item) => item.id === chosenCommunity);
      if (community === undefined) return null;
      const members = community.members.map((member) => member.id);
      return { nodes: members, edges: edgesAmong(members), primary: [] };
    },
    render: (state, data) => [
      panelHeader(t('mode.eilanden'), t('islands.intro')),
      h('div', { class: 'panel-body' }, scopeLine(state), loadableBody(data.islands, (islands) => body(state, islands))),
    ],
  });
}
