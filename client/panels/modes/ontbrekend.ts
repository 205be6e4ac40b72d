/**
 * Ontbrekende verbindingen: pairs of actors of the scope's two domains (SZ and EZ unless the
 * scope says otherwise) that are not linked but share partners (Adamic–Adar, best first),
 * drawn as dashed lines. Each shows its shared partners;
 * a tick adds it to the what-if, which asks the API how the network figures and the key
 * figures would change if those links existed. "Vastleggen" records one as a real link.
 */
import { MISSING_LINKS, WHAT_IF, type SuggestedLink, type WhatIf } from '../../api/operations/analytics';
import { formatMeasure, formatPercent, t } from '../../i18n/i18n';
import { updatePanel, updateView, type AppState } from '../../state/app-state';
import { edgeKey, setSuggestedLinks } from '../../state/network-graph';
import { withTicked } from '../../state/panel-state';
import { scopeInput } from '../../state/scope';
import { canEdit } from '../../state/session';
import { passesFilters, withEdit } from '../../state/view-state';
import type { AppContext, SidePanel } from '../app-context';
import { button, h } from '../dom';
import { errorView } from '../error-view';
import { analysisWatch, definePanel, source, type Loadable } from '../panel-definition';
import { loadableBody, meter, panelHeader } from '../panel-frame';
import { domainName, scopeLine } from '../scope-statement';

const TOP = 20;
const pairKey = (link: SuggestedLink): string => edgeKey(link.from.id, link.to.id);

export function createOntbrekend(context: AppContext): SidePanel {
  const setMissing = (producer: (slice: AppState['panels']['missing']) => AppState['panels']['missing']): void => context.store.set(updatePanel('missing', producer));

  const visible = (state: AppState, links: readonly SuggestedLink[]): SuggestedLink[] => {
    const shows = (id: string): boolean => context.graph.hasNode(id) && passesFilters(state.view.filters, context.graph.getNodeAttributes(id));
    return links.filter((link) => shows(link.from.id) && shows(link.to.id));
  };

  const choose = (state: AppState, link: SuggestedLink): void => {
    const focused = state.panels.missing.focused === pairKey(link) ? null : pairKey(link);
    setMissing((missing) => ({ ...missing, focused }));
    if (focused !== null) context.renderer.fitActors([link.from.id, link.to.id, ...link.sharedPartners.map((partner) => partner.id)]);
  };

  const runWhatIf = (links: readonly SuggestedLink[]): void => {
    setMissing((missing) => ({ ...missing, whatIf: links.filter((link) => missing.ticked.includes(pairKey(link))).map((link) => ({ from: link.from.id, to: link.to.id })) }));
  };

  const row = (state: AppState, link: SuggestedLink, maxScore: number): HTMLElement => {
    const { focused, ticked } = state.panels.missing;
    const key = pairKey(link);
    const isFocused = focused === key;
    return h(
      'li',
      { class: isFocused ? 'suggestion focused' : 'suggestion', attrs: { 'data-testid': 'suggestion' } },
      h(
        'div',
        { class: 'suggestion-head' },
        h('input', {
          attrs: { type: 'checkbox', checked: ticked.includes(key), 'aria-label': t('missing.includeInWhatIf'), 'data-focus-key': `tick-${key}` },
          on: { change: (event) => setMissing((missing) => ({ ...missing, ticked: withTicked(missing.ticked, key, (event.target as HTMLInputElement).checked) })) },
        }),
        h(
          'button',
          { class: 'suggestion-pair', attrs: { type: 'button', 'aria-pressed': String(isFocused), 'data-focus-key': `pair-${key}` }, on: { click: () => choose(state, link) } },
          h('span', { class: `end ${link.from.domain.toLowerCase()}`, text: link.from.name }),
          h('span', { class: 'dash-arrow', text: ' ⇢ ', attrs: { 'aria-hidden': 'true' } }),
          h('span', { class: `end ${link.to.domain.toLowerCase()}`, text: link.to.name }),
        ),
      ),
      h(
        'div',
        { class: 'suggestion-meta' },
        h('span', { class: 'muted', text: `${t('missing.score')} ${formatMeasure(link.score, 2)}` }),
        meter(link.score / maxScore, '#f08c00'),
        canEdit(state.data.session)
          ? button(t('missing.accept'), () => context.store.set(updateView((view) => withEdit(view, { kind: 'link', from: link.from.id, to: link.to.id }))), {
              class: 'link-button',
              focusKey: `accept-${key}`,
              testId: 'accept-suggestion',
            })
          : null,
      ),
      h(
        'div',
        { class: 'partners' },
        h('span', { class: 'muted', text: `${t('missing.sharedPartners')}: ` }),
        link.sharedPartners.map((partner) => button(partner.name, () => context.selectActor(partner.id), { class: 'chip', focusKey: `partner-${key}-${partner.id}` })),
      ),
    );
  };

  const figureRow = (label: string, before: string, after: string, better: boolean | null): HTMLElement =>
    h('tr', {}, h('th', { text: label }), h('td', { text: before }), h('td', { class: better === null ? '' : better ? 'better' : 'worse', text: after }));

  const whatIfView = (state: AppState, result: WhatIf): Node[] => {
    const { before, after } = result;
    const better = (a: number | null, b: number | null): boolean | null => (a === null || b === null || a === b ? null : b > a);
    const changed = result.actors.filter((change) => change.before.bridging !== change.after.bridging || change.before.degree !== change.after.degree);
    const [first, second] = state.view.scope.between;
    return [
      h(
        'table',
        { class: 'figures', attrs: { 'data-testid': 'what-if-table' } },
        h('thead', {}, h('tr', {}, h('th', {}), h('th', { text: t('common.before') }), h('th', { text: t('common.after') }))),
        h(
          'tbody',
          {},
          figureRow(t('figures.links'), String(before.links), String(after.links), better(before.links, after.links)),
          figureRow(t('figures.components'), String(before.components), String(after.components), before.components === after.components ? null : after.components < before.components),
          figureRow(t('figures.eiIndex'), formatMeasure(before.eiIndex, 3), formatMeasure(after.eiIndex, 3), better(before.eiIndex, after.eiIndex)),
          figureRow(t('figures.szEzWithinTwoSteps'), formatPercent(before.szEzWithinTwoSteps, 2), formatPercent(after.szEzWithinTwoSteps, 2), better(before.szEzWithinTwoSteps, after.szEzWithinTwoSteps)),
          figureRow(t('figures.islands'), String(before.islands), String(after.islands), before.islands === after.islands ? null : after.islands < before.islands),
        ),
      ),
      changed.length > 0
        ? h(
            'ul',
            { class: 'changes' },
            changed.slice(0, 6).map((change) =>
              h(
                'li',
                {},
                h('strong', { text: change.actor.name }),
                `: ${t('missing.bridgingChange', { first: domainName(first), second: domainName(second), before: formatPercent(change.before.bridging), after: formatPercent(change.after.bridging) })}`,
              ),
            ),
          )
        : h('p', { class: 'muted', text: t('missing.noActorChange') }),
    ];
  };

  const body = (state: AppState, links: readonly SuggestedLink[], result: Loadable<WhatIf>): Node[] => {
    const { ticked } = state.panels.missing;
    const shown = visible(state, links);
    const [first, second] = state.view.scope.between;
    if (shown.length === 0) return [h('p', { class: 'empty', text: t('missing.none', { first: domainName(first), second: domainName(second) }) })];
    const maxScore = Math.max(...shown.map((link) => link.score), Number.EPSILON);
    return [
      h('ol', { class: 'suggestion-list', attrs: { 'data-testid': 'suggestion-list' } }, shown.map((link) => row(state, link, maxScore))),
      h(
        'section',
        { class: 'what-if', attrs: { 'aria-label': t('missing.whatIfTitle') } },
        h('h3', { class: 'section-title', text: t('missing.whatIfTitle') }),
        h('p', { class: 'explain', text: t('missing.whatIfIntro', { count: ticked.length }) }),
        button(t('missing.runWhatIf'), () => runWhatIf(links), { class: 'button primary', focusKey: 'what-if', testId: 'run-what-if', disabled: ticked.length === 0 }),
        result.status === 'error' ? errorView(result.error) : null,
        result.status === 'loading' ? h('p', { class: 'loading', text: t('common.loading') }) : null,
        result.status === 'ready' && result.data !== null ? whatIfView(state, result.data) : null,
      ),
    ];
  };

  return definePanel<{ links: readonly SuggestedLink[]; whatIf: WhatIf }>(context.store, {
    testId: 'mode-ontbrekend',
    sources: {
      links: source(
        analysisWatch,
        async ([region, , scope]) => (await context.client.request(MISSING_LINKS, { region, top: TOP, scope: scopeInput(scope) }, { key: 'missing-links' })).missingLinks,
      ),
      whatIf: source(
        (state: AppState) => [state.panels.missing.whatIf, state.data.networkVersion, state.view.scope] as const,
        ([addLinks, , scope]) =>
          addLinks === null || addLinks.length === 0 ? null : context.client.request(WHAT_IF, { addLinks, scope: scopeInput(scope) }, { key: 'what-if' }).then((answer) => answer.whatIf),
      ),
    },
    shows: (state) => [state.view.filters, state.data.session, state.panels.missing.focused, state.panels.missing.ticked],
    loaded: {
      links(links) {
        setSuggestedLinks(
          context.graph,
          links.map((link) => ({ from: link.from.id, to: link.to.id, score: link.score })),
        );
        context.renderer.refresh();
        // A new list starts with its best suggestion ticked and nothing asked yet.
        const first = links[0];
        setMissing(() => ({ focused: null, ticked: first === undefined ? [] : [pairKey(first)], whatIf: null }));
      },
      whatIf: () => {
        requestAnimationFrame(() => document.querySelector('[data-testid="mode-ontbrekend"] .what-if')?.scrollIntoView({ block: 'end', behavior: 'smooth' }));
      },
    },
    emphasis(state, data) {
      const links = data.links.data;
      if (links === null) return undefined;
      const link = links.find((item) => pairKey(item) === state.panels.missing.focused);
      if (link === undefined) {
        const shown = visible(state, links);
        return { nodes: [...new Set(shown.flatMap((item) => [item.from.id, item.to.id]))], edges: shown.map(pairKey), primary: [] };
      }
      const partners = link.sharedPartners.map((partner) => partner.id);
      const edges = [pairKey(link), ...partners.flatMap((partner) => [edgeKey(partner, link.from.id), edgeKey(partner, link.to.id)])];
      return { nodes: [link.from.id, link.to.id, ...partners], edges, primary: [link.from.id, link.to.id] };
    },
    render(state, data) {
      const [first, second] = state.view.scope.between;
      return [
        panelHeader(t('mode.ontbrekend'), t('missing.intro', { first: domainName(first), second: domainName(second) })),
        h('div', { class: 'panel-body' }, scopeLine(state), loadableBody(data.links, (links) => body(state, links, data.whatIf))),
      ];
    },
  });
}
