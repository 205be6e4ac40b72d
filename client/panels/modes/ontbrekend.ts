/**
 * Ontbrekende verbindingen: pairs of actors of the scope's two domains (SZ and EZ unless the
 * scope says otherwise) that are not linked but share partners (Adamic–Adar, best first),
 * drawn as dashed lines. Each shows its shared partners;
 * a tick adds it to the what-if, which asks the API how the network figures and the key
 * figures would change if those links existed. "Vastleggen" records one as a real link.
 */
import { MISSING_LINKS, WHAT_IF, type SuggestedLink, type WhatIf } from '../../api/operations/analytics';
import { formatMeasure, formatPercent, t } from '../../i18n/i18n';
import { updateView } from '../../state/app-state';
import { edgeKey, setSuggestedLinks } from '../../state/network-graph';
import { scopeInput, scopeKey } from '../../state/scope';
import { canEdit } from '../../state/session';
import { passesFilters, withEdit, withEmphasis } from '../../state/view-state';
import type { AppContext, SidePanel } from '../app-context';
import { button, fill, h, rerender } from '../dom';
import { errorView } from '../error-view';
import { createLoader } from '../loader';
import { loadableBody, meter, panelHeader } from '../panel-frame';
import { domainName, scopeLine } from '../scope-statement';

const TOP = 20;
const pairKey = (link: SuggestedLink): string => edgeKey(link.from.id, link.to.id);

export function createOntbrekend(context: AppContext): SidePanel {
  const element = h('section', { class: 'panel', attrs: { 'data-testid': 'mode-ontbrekend' } });
  let active = false;
  let focused: string | null = null;
  const ticked = new Set<string>();
  const whatIf = createLoader<WhatIf>(() => {
    if (active) rerender(element, render);
  });
  const loader = createLoader<readonly SuggestedLink[]>(() => {
    if (active) rerender(element, render);
  });

  const visible = (links: readonly SuggestedLink[]): SuggestedLink[] => {
    const { filters } = context.store.get().view;
    const shows = (id: string): boolean => context.graph.hasNode(id) && passesFilters(filters, context.graph.getNodeAttributes(id));
    return links.filter((link) => shows(link.from.id) && shows(link.to.id));
  };

  const emphasise = (link: SuggestedLink | null): void => {
    const links = loader.get().data ?? [];
    if (link === null) {
      const ends = visible(links).flatMap((item) => [item.from.id, item.to.id]);
      context.store.set(updateView((view) => withEmphasis(view, { nodes: [...new Set(ends)], edges: visible(links).map(pairKey), primary: [] })));
      return;
    }
    const partners = link.sharedPartners.map((partner) => partner.id);
    const edges = [pairKey(link), ...partners.flatMap((partner) => [edgeKey(partner, link.from.id), edgeKey(partner, link.to.id)])];
    context.store.set(
      updateView((view) => withEmphasis(view, { nodes: [link.from.id, link.to.id, ...partners], edges, primary: [link.from.id, link.to.id] })),
    );
  };

  const choose = (link: SuggestedLink): void => {
    focused = focused === pairKey(link) ? null : pairKey(link);
    emphasise(focused === null ? null : link);
    if (focused !== null) context.renderer.fitActors([link.from.id, link.to.id, ...link.sharedPartners.map((partner) => partner.id)]);
    rerender(element, render);
  };

  const load = (): void => {
    const { view, data } = context.store.get();
    const region = view.filters.region;
    const scope = scopeInput(view.scope);
    void loader
      .load(`${region ?? ''}|${String(data.networkVersion)}|${scopeKey(view.scope)}`, async () => {
        const links = (await context.client.request(MISSING_LINKS, { region, top: TOP, scope }, { key: 'missing-links' })).missingLinks;
        setSuggestedLinks(
          context.graph,
          links.map((link) => ({ from: link.from.id, to: link.to.id, score: link.score })),
        );
        ticked.clear();
        const first = links[0];
        if (first !== undefined) ticked.add(pairKey(first));
        focused = null;
        whatIf.invalidate();
        return links;
      })
      .then(() => {
        if (active && focused === null) emphasise(null);
        context.renderer.refresh();
      });
  };

  const runWhatIf = (): void => {
    const links = (loader.get().data ?? []).filter((link) => ticked.has(pairKey(link)));
    if (links.length === 0) return;
    const addLinks = links.map((link) => ({ from: link.from.id, to: link.to.id }));
    const { view, data } = context.store.get();
    void whatIf
      .load(`${[...ticked].sort().join(',')}|${String(data.networkVersion)}|${scopeKey(view.scope)}`, async () => (await context.client.request(WHAT_IF, { addLinks, scope: scopeInput(view.scope) }, { key: 'what-if' })).whatIf)
      .then(() => element.querySelector('.what-if')?.scrollIntoView({ block: 'end', behavior: 'smooth' }));
  };

  const row = (link: SuggestedLink, maxScore: number): HTMLElement => {
    const key = pairKey(link);
    const isFocused = focused === key;
    return h(
      'li',
      { class: isFocused ? 'suggestion focused' : 'suggestion', attrs: { 'data-testid': 'suggestion' } },
      h(
        'div',
        { class: 'suggestion-head' },
        h('input', {
          attrs: { type: 'checkbox', checked: ticked.has(key), 'aria-label': t('missing.includeInWhatIf'), 'data-focus-key': `tick-${key}` },
          on: {
            change: (event) => {
              if ((event.target as HTMLInputElement).checked) ticked.add(key);
              else ticked.delete(key);
              rerender(element, render);
            },
          },
        }),
        h(
          'button',
          { class: 'suggestion-pair', attrs: { type: 'button', 'aria-pressed': String(isFocused), 'data-focus-key': `pair-${key}` }, on: { click: () => choose(link) } },
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
        canEdit(context.store.get().data.session)
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

  const whatIfView = (result: WhatIf): Node[] => {
    const { before, after } = result;
    const better = (a: number | null, b: number | null): boolean | null => (a === null || b === null || a === b ? null : b > a);
    const changed = result.actors.filter((change) => change.before.bridging !== change.after.bridging || change.before.degree !== change.after.degree);
    const [first, second] = context.store.get().view.scope.between;
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

  const body = (links: readonly SuggestedLink[]): Node[] => {
    const shown = visible(links);
    const [first, second] = context.store.get().view.scope.between;
    if (shown.length === 0) return [h('p', { class: 'empty', text: t('missing.none', { first: domainName(first), second: domainName(second) }) })];
    const maxScore = Math.max(...shown.map((link) => link.score), Number.EPSILON);
    const result = whatIf.get();
    return [
      h('ol', { class: 'suggestion-list', attrs: { 'data-testid': 'suggestion-list' } }, shown.map((link) => row(link, maxScore))),
      h(
        'section',
        { class: 'what-if', attrs: { 'aria-label': t('missing.whatIfTitle') } },
        h('h3', { class: 'section-title', text: t('missing.whatIfTitle') }),
        h('p', { class: 'explain', text: t('missing.whatIfIntro', { count: ticked.size }) }),
        button(t('missing.runWhatIf'), runWhatIf, { class: 'button primary', focusKey: 'what-if', testId: 'run-what-if', disabled: ticked.size === 0 }),
        result.status === 'error' ? errorView(result.error) : null,
        result.status === 'loading' ? h('p', { class: 'loading', text: t('common.loading') }) : null,
        result.status === 'ready' && result.data !== null ? whatIfView(result.data) : null,
      ),
    ];
  };

  function render(): void {
    const state = context.store.get();
    const [first, second] = state.view.scope.between;
    fill(
      element,
      panelHeader(t('mode.ontbrekend'), t('missing.intro', { first: domainName(first), second: domainName(second) })),
      h('div', { class: 'panel-body' }, scopeLine(state), loadableBody(loader.get(), body)),
    );
  }

  context.store.subscribe((state, previous) => {
    if (!active) return;
    if (state.view.filters.region !== previous.view.filters.region || state.data.networkVersion !== previous.data.networkVersion || state.view.scope !== previous.view.scope) load();
    if (state.view.filters !== previous.view.filters || state.view.language !== previous.view.language || state.data.session !== previous.data.session) rerender(element, render);
  });

  return {
    element,
    activate() {
      active = true;
      focused = null;
      render();
      load();
      if (loader.get().status === 'ready') emphasise(null);
    },
    deactivate() {
      active = false;
    },
  };
}
