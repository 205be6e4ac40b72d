/**
 * The actor panel: who this is (type, domain, region, illustrative or unconfirmed), its
 * measures and brokerage roles in the current scope, and every link with where it is
 * documented (the source document and the quote that states it). For a forum (a meeting or
 * programme, contract §6) also who meets there and the SZ–EZ pairs that meet only there. From
 * here one edits the actor or adds a link.
 */
import { FORUM, type ForumDetail, type Measures } from '../api/operations/analytics';
import { ACTOR_DETAIL, type ActorDetail, type LinkDetail } from '../api/operations/network';
import type { Change } from '../api/operations/session';
import { formatMeasure, formatPercent, t, vocabulary } from '../i18n/i18n';
import { DOMAIN_COLOURS, typeColour } from '../render/palette';
import { updateView, type AppState } from '../state/app-state';
import { scopeInput, type AnalysisScope } from '../state/scope';
import { canAudit, canEdit } from '../state/session';
import { withEdit, withSelection } from '../state/view-state';
import { createActorHistory } from './actor-history';
import type { AppContext, SidePanel } from './app-context';
import { button, h } from './dom';
import { definePanel, source, type Loaded } from './panel-definition';
import { loadableBody, panelHeader } from './panel-frame';
import { pairLabel, scopeLine } from './scope-statement';

interface PanelData {
  readonly actor: ActorDetail | null;
  readonly forum: ForumDetail | null;
  readonly history: readonly Change[];
}

const ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'] as const;

function badge(text: string, kind: string, title?: string): HTMLElement {
  return h('span', { class: `badge ${kind}`, text, title });
}

/** Contract §8 in words, the dates as the sources give them: "sinds 2019 – tot 2022"; null when undated. */
function periodText({ since, until }: { readonly since: string | null; readonly until: string | null }): string | null {
  if (since !== null && until !== null) return t('actor.period', { since, until });
  if (since !== null) return t('actor.since', { since });
  if (until !== null) return t('actor.until', { until });
  return null;
}

const isDefaultPair = (scope: AnalysisScope): boolean => scope.between[0] === 'SZ' && scope.between[1] === 'EZ';

function measuresView(measures: Measures | undefined, scope: AnalysisScope): HTMLElement {
  if (measures === undefined) return h('p', { class: 'muted', text: t('actor.noMeasures') });
  const item = (label: string, value: string, explain: string): HTMLElement =>
    h('div', { class: 'measure', title: explain }, h('dt', { text: label }), h('dd', { text: value }), h('span', { class: 'measure-explain', text: explain }));
  return h(
    'div',
    {},
    h(
      'dl',
      { class: 'measures', attrs: { 'data-testid': 'actor-measures' } },
      item(t('measure.degree'), String(measures.degree), t('measure.degree.explain')),
      item(t('measure.szEzBridging'), formatPercent(measures.szEzBridging, 1), t('measure.szEzBridging.explain')),
      isDefaultPair(scope) ? null : item(t('measure.BRIDGING', { pair: pairLabel(scope.between) }), formatPercent(measures.bridging, 1), t('measure.bridging.explain')),
      item(t('measure.betweenness'), formatMeasure(measures.betweenness, 3), t('measure.betweenness.explain')),
      item(t('measure.constraint'), formatMeasure(measures.constraint, 2), t('measure.constraint.explain')),
      item(t('measure.effectiveSize'), formatMeasure(measures.effectiveSize, 1), t('measure.effectiveSize.explain')),
      item(t('measure.community'), measures.community === null ? '–' : String(measures.community + 1), t('measure.community.explain')),
    ),
    h('h3', { class: 'section-title', text: t('actor.roles') }),
    measures.brokerage.total === 0
      ? h('p', { class: 'muted', text: t('actor.noRoles') })
      : h(
          'ul',
          { class: 'roles' },
          ROLES.filter((role) => measures.brokerage[role] > 0).map((role) =>
            h('li', { title: vocabulary('role', `${role}.explain`) }, h('span', { class: 'role-count', text: String(measures.brokerage[role]) }), h('span', { class: 'role-name', text: vocabulary('role', role) }), h('span', { class: 'role-explain', text: vocabulary('role', `${role}.explain`) })),
          ),
        ),
  );
}

function linkItem(context: AppContext, actor: ActorDetail, link: LinkDetail): HTMLElement {
  const outgoing = link.from.id === actor.id;
  const other = outgoing ? link.to : link.from;
  const source = link.document?.title ?? link.source;
  const period = periodText(link);
  return h(
    'li',
    { class: 'link-item', attrs: { 'data-testid': 'actor-link' } },
    h(
      'div',
      { class: 'link-head' },
      h('span', { class: 'link-type', text: vocabulary('link', link.type) }),
      button(other.name, () => context.selectActor(other.id), { class: 'actor-link', focusKey: `link-${other.id}-${link.type}` }),
      link.illustrative ? badge(t('actor.illustrative'), 'illustrative') : null,
      link.unconfirmed ? badge(t('actor.unconfirmed'), 'unconfirmed') : null,
    ),
    period === null ? null : h('p', { class: 'link-period muted small', text: period, attrs: { 'data-testid': 'link-period' } }),
    source === null
      ? h('p', { class: 'source missing', text: t('actor.noSource') })
      : h(
          'p',
          { class: 'source' },
          h('span', { class: 'source-label', text: `${t('actor.source')}: ` }),
          h('cite', { text: source }),
          link.document?.date === null || link.document?.date === undefined ? null : h('span', { class: 'muted', text: ` (${link.document.date})` }),
        ),
    link.quote === null ? null : h('blockquote', { class: 'quote', attrs: { lang: 'nl' }, text: `“${link.quote}”` }),
    link.note === null ? null : h('p', { class: 'link-note', attrs: { lang: 'nl' }, text: `${t('actor.note')}: ${link.note}` }),
  );
}

/** Who meets in a forum: its members by domain, and the SZ–EZ pairs that meet nowhere else. */
function forumView(context: AppContext, forum: ForumDetail | null): Node[] {
  if (forum === null) return [];
  const members = [...forum.memberActors].sort((a, b) => a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name, 'nl'));
  return [
    h('p', { class: 'explain', attrs: { 'data-testid': 'forum-summary' }, text: t('forum.summary', { members: forum.members, pairs: forum.szEzPairs, only: forum.onlyBridge }) }),
    h('h4', { class: 'subsection-title', text: t('forum.members', { count: forum.members }) }),
    h(
      'ul',
      { class: 'chip-list', attrs: { 'data-testid': 'forum-members' } },
      members.map((member) =>
        h(
          'li',
          {},
          button(member.name, () => context.selectActor(member.id), { class: 'chip', focusKey: `member-${member.id}`, title: `${vocabulary('type', member.type)} · ${vocabulary('domain', member.domain)}` }),
        ),
      ),
    ),
    h('h4', { class: 'subsection-title', text: t('forum.onlyHere', { count: forum.onlyBridge }) }),
    forum.onlyBridgePairs.length === 0
      ? h('p', { class: 'muted', text: t('forum.noOnlyHere') })
      : h(
          'ul',
          { class: 'pair-list', attrs: { 'data-testid': 'forum-only-pairs' } },
          forum.onlyBridgePairs.map((pair) => h('li', {}, h('span', { class: 'end sz', text: pair.from.name }), h('span', { class: 'muted', text: ' – ', attrs: { 'aria-hidden': 'true' } }), h('span', { class: 'end ez', text: pair.to.name }))),
        ),
  ];
}

export function createActorPanel(context: AppContext): SidePanel {
  const isForum = (state: AppState, id: string | null): boolean =>
    id !== null && context.graph.hasNode(id) && state.data.reference.vocabulary.actorTypes.some((item) => item.id === context.graph.getNodeAttribute(id, 'actorType') && item.mode === 'FORUM');
  const history = createActorHistory(context, () => panel.refresh());

  const body = (state: AppState, data: Loaded<PanelData>, actor: ActorDetail | null): Node[] => {
    if (actor === null) return [h('p', { class: 'empty', text: t('actor.gone') })];
    const { data: loaded, view } = state;
    const { scope } = view;
    const forum = isForum(state, actor.id);
    const forumData = data.forum;
    const links = [...actor.links].sort((a, b) => a.type.localeCompare(b.type));
    const period = periodText(actor);
    return [
      h(
        'div',
        { class: 'badges' },
        h('span', { class: 'badge type' }, h('span', { class: 'type-swatch', attrs: { style: `background:${typeColour(actor.type)}`, 'aria-hidden': 'true' } }), vocabulary('type', actor.type)),
        h('span', { class: 'badge domain', attrs: { style: `--ring:${DOMAIN_COLOURS[actor.domain]}` } }, h('span', { class: 'ring-swatch', attrs: { 'aria-hidden': 'true' } }), vocabulary('domain', actor.domain)),
        actor.domains.length > 1 ? badge(`${t('actor.alsoIn')} ${actor.domains.filter((domain) => domain !== actor.domain).map((domain) => vocabulary('domain', domain)).join(', ')}`, 'plain') : null,
        badge(actor.region?.name ?? t('actor.national'), 'plain'),
        actor.illustrative ? badge(t('actor.illustrative'), 'illustrative', t('actor.illustrativeExplain')) : null,
        actor.unconfirmed ? badge(t('actor.unconfirmed'), 'unconfirmed', t('actor.unconfirmedExplain')) : null,
      ),
      period === null ? null : h('p', { class: 'actor-period', text: period, attrs: { 'data-testid': 'actor-period' } }),
      actor.illustrative ? h('p', { class: 'note', text: t('actor.illustrativeExplain') }) : null,
      actor.person === null ? null : h('p', {}, h('strong', { text: `${t('actor.person')}: ` }), actor.person),
      actor.gemeente === null ? null : h('p', {}, h('strong', { text: `${t('actor.gemeente')}: ` }), actor.gemeente),
      actor.description === null ? null : h('p', { class: 'description', text: actor.description }),
      h(
        'div',
        { class: 'actions' },
        button(t('actor.showNeighbours'), () => context.renderer.fitActors([actor.id, ...context.graph.neighbors(actor.id)]), { class: 'button small', focusKey: 'neighbours' }),
        canEdit(loaded.session)
          ? [
              button(t('actor.edit'), () => context.store.set(updateView((current) => withEdit(current, { kind: 'actor', id: actor.id }))), { class: 'button small', focusKey: 'edit', testId: 'edit-actor' }),
              button(t('actor.addLink'), () => context.store.set(updateView((current) => withEdit(current, { kind: 'link', from: actor.id, to: null }))), { class: 'button small', focusKey: 'add-link' }),
            ]
          : [],
      ),
      forum ? h('p', { class: 'badge-line', attrs: { 'data-testid': 'forum-badge' } }, h('span', { class: 'diamond-swatch', attrs: { 'aria-hidden': 'true' } }), t('forum.what')) : null,
      forum
        ? h(
            'section',
            { class: 'forum-detail', attrs: { 'aria-labelledby': 'forum-detail-title', 'data-testid': 'forum-detail' } },
            h('h3', { class: 'section-title', text: t('forum.title'), attrs: { id: 'forum-detail-title' } }),
            scopeLine(state),
            loadableBody(forumData.data === null || forumData.data.forum.id === actor.id ? forumData : { ...forumData, data: null }, (detail) => forumView(context, detail)),
          )
        : null,
      h('h3', { class: 'section-title', text: t('actor.measures') }),
      forum && scope.forums === 'TIES'
        ? h('p', { class: 'muted', text: t('forum.noMeasures') })
        : loaded.measuresReady
          ? measuresView(loaded.measures.get(actor.id), scope)
          : h('p', { class: 'loading', text: t('common.loading') }),
      h('h3', { class: 'section-title', text: t('actor.links', { count: links.length }) }),
      links.length === 0 ? h('p', { class: 'muted', text: t('actor.noLinks') }) : h('ul', { class: 'link-list' }, links.map((link) => linkItem(context, actor, link))),
      canAudit(loaded.session) ? history.view(data.history) : null,
    ].filter((node): node is HTMLElement => node !== null);
  };

  const panel = definePanel<PanelData>(context.store, {
    testId: 'actor-panel',
    sources: {
      actor: source(
        (state: AppState) => [state.view.selection, state.data.networkVersion] as const,
        ([id]) => (id === null ? null : context.client.request(ACTOR_DETAIL, { id }, { key: 'actor-detail' }).then((answer) => answer.actor)),
      ),
      forum: source(
        (state: AppState) => [state.view.selection, state.data.networkVersion, state.view.scope, isForum(state, state.view.selection)] as const,
        ([id, , scope, forum]) => (id === null || !forum ? null : context.client.request(FORUM, { id, scope: scopeInput(scope) }, { key: 'forum' }).then((answer) => answer.forum)),
      ),
      history: history.source,
    },
    shows: (state) => [state.view.scope, state.data.measures, state.data.measuresReady, state.data.session],
    render(state, data) {
      const { view } = state;
      const kept = data.actor;
      // A source keeps the last answer while the next one loads: right for the same actor at a
      // newer version, wrong for another actor, whose buttons would act on the one shown before.
      const loadable = kept.data === null || kept.data.id === view.selection ? kept : { ...kept, data: null };
      const name = loadable.data?.name ?? (view.selection !== null && context.graph.hasNode(view.selection) ? context.graph.getNodeAttribute(view.selection, 'name') : '');
      const back = { text: t('common.back'), onClick: () => context.store.set(updateView((current) => withSelection(current, null))) };
      return [panelHeader(name, null, back), h('div', { class: 'panel-body' }, loadableBody(loadable, (actor) => body(state, data, actor)))];
    },
  });
  return panel;
}
