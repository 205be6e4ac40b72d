/**
 * "Wat telt mee": the one control of the scope (state/scope.ts) every figure is computed in.
 * Forums as ties between their members or as nodes, illustrative actors and unconfirmed links
 * in or out, the link types, and the two domains bridging and missing links are about. It
 * sits in the left column, above the filters: the filters choose what the map shows, this
 * chooses what the figures count.
 */
import type { Domain } from '../api/operations/operation';
import { t, vocabulary } from '../i18n/i18n';
import { updateView, type AppState } from '../state/app-state';
import {
  countsLinkType,
  DEFAULT_SCOPE,
  domainPairs,
  isDefaultScope,
  withBetween,
  withForums,
  withIllustrativeCounted,
  withLinkTypeToggled,
  withUnconfirmedCounted,
  type AnalysisScope,
  type ForumMode,
} from '../state/scope';
import { withScope } from '../state/view-state';
import type { AppContext, SidePanel } from './app-context';
import { button, h, select } from './dom';
import { definePanel } from './panel-definition';
import { pairLabel } from './scope-statement';

const FORUM_MODES: readonly { readonly mode: ForumMode; readonly label: string }[] = [
  { mode: 'TIES', label: 'scopeControl.forumsTies' },
  { mode: 'NODES', label: 'scopeControl.forumsNodes' },
];

const pairValue = (pair: readonly [Domain, Domain]): string => pair.join('+');

export function createScopeControl(context: AppContext): SidePanel {
  const change = (producer: (scope: AnalysisScope) => AnalysisScope): void => context.store.set(updateView((view) => withScope(view, producer(view.scope))));

  const checkRow = (text: string, checked: boolean, onChange: (checked: boolean) => void, key: string): HTMLElement =>
    h(
      'label',
      { class: 'check-row' },
      h('input', {
        attrs: { type: 'checkbox', checked, 'data-focus-key': key, 'data-testid': key },
        on: { change: (event) => onChange((event.target as HTMLInputElement).checked) },
      }),
      h('span', { text }),
    );

  const render = (state: AppState): Node[] => {
    const { scope } = state.view;
    const { vocabulary: words } = state.data.reference;
    const linkTypes = words.linkTypes.map((type) => type.id);
    const pairs = domainPairs(words.domains);
    const counted = linkTypes.filter((type) => countsLinkType(scope, type)).length;
    return [
      h('h3', { class: 'rail-heading', text: t('scopeControl.title'), attrs: { id: 'scope-control-title' } }),
      h(
        'fieldset',
        { class: 'scope-forums' },
        h('legend', { class: 'field-label', text: t('scopeControl.forums') }),
        FORUM_MODES.map(({ mode, label }) =>
          h(
            'label',
            { class: 'check-row' },
            h('input', {
              attrs: { type: 'radio', name: 'scope-forums', value: mode, checked: scope.forums === mode, 'data-focus-key': `scope-forums-${mode}`, 'data-testid': `scope-forums-${mode.toLowerCase()}` },
              on: { change: () => change((current) => withForums(current, mode)) },
            }),
            h('span', { text: t(label) }),
          ),
        ),
      ),
      checkRow(t('scopeControl.illustrative'), scope.illustrative, (checked) => change((current) => withIllustrativeCounted(current, checked)), 'scope-illustrative'),
      checkRow(t('scopeControl.unconfirmed'), scope.unconfirmed, (checked) => change((current) => withUnconfirmedCounted(current, checked)), 'scope-unconfirmed'),
      select(
        t('scopeControl.between'),
        pairs.map((pair) => ({ value: pairValue(pair), text: pairLabel(pair) })),
        pairValue(scope.between),
        (value) => {
          const pair = pairs.find((item) => pairValue(item) === value);
          if (pair !== undefined) change((current) => withBetween(current, pair));
        },
        { focusKey: 'scope-between', testId: 'scope-between' },
      ),
      h(
        'details',
        { class: 'scope-link-types', attrs: { open: scope.linkTypes !== null } },
        h('summary', { text: t('scopeControl.linkTypes', { count: counted, total: linkTypes.length }) }),
        h(
          'ul',
          { class: 'type-list' },
          linkTypes.map((type) =>
            h(
              'li',
              {},
              checkRow(vocabulary('link', type), countsLinkType(scope, type), () => change((current) => withLinkTypeToggled(current, type, linkTypes)), `scope-link-${type}`),
            ),
          ),
        ),
      ),
      ...(isDefaultScope(scope) ? [] : [button(t('scopeControl.reset'), () => change(() => DEFAULT_SCOPE), { class: 'button small', focusKey: 'scope-reset', testId: 'scope-reset' })]),
    ];
  };

  return definePanel<Record<never, never>>(context.store, {
    testId: 'scope-control',
    className: 'rail-section scope-control',
    attrs: { 'aria-labelledby': 'scope-control-title' },
    sources: {},
    shows: (state) => [state.view.scope, state.data.reference],
    render,
  });
}
