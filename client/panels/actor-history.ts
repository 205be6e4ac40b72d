/**
 * An actor's history for admins: the audit trail's changes that touched it, newest first,
 * each with who and when, and an undo. The server refuses an undo whose effect was changed
 * since (CONFLICT); that refusal is shown in place.
 */
import { ACTOR_HISTORY, UNDO_CHANGE, type Change } from '../api/operations/session';
import { locale, t } from '../i18n/i18n';
import type { AppState } from '../state/app-state';
import { canAudit } from '../state/session';
import type { AppContext } from './app-context';
import { button, h } from './dom';
import { errorView } from './error-view';
import { loadableBody } from './panel-frame';
import { source, type DataSource, type Loadable } from './panel-lifecycle';

const operationLabel = (operation: string): string => t(operation.startsWith('undo:') ? 'history.op.undo' : `history.op.${operation}`);

const when = (at: string): string => new Date(at).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });

export interface ActorHistory {
  /** The selected actor's history, for admins only (no load otherwise), again after every change of the network. */
  readonly source: DataSource<AppState, readonly Change[]>;
  /** The history section for the answer the source gave. */
  view(changes: Loadable<readonly Change[]>): HTMLElement;
}

/** `refresh` draws the actor panel again, to show a refused undo. */
export function createActorHistory(context: AppContext, refresh: () => void): ActorHistory {
  let problem: unknown = null;

  const undo = (change: Change): void => {
    problem = null;
    context.client
      .request(UNDO_CHANGE, { id: change.id })
      .then(async () => {
        await context.reloadNetwork();
        context.announce(t('history.undoDone'));
      })
      .catch((error: unknown) => {
        problem = error;
        refresh();
      });
  };

  const item = (change: Change): HTMLElement =>
    h(
      'li',
      { class: change.undone ? 'change undone' : 'change', attrs: { 'data-testid': 'history-item' } },
      h('span', { class: 'change-what', text: operationLabel(change.operation) }),
      h('span', { class: 'muted', text: ` · ${when(change.at)} · ${t('history.by', { who: change.who })}` }),
      change.undone ? h('span', { class: 'badge plain', text: t('history.undone') }) : null,
      change.undone || change.operation === 'seed' || change.operation.startsWith('undo:')
        ? null
        : button(t('history.undo'), () => undo(change), { class: 'link-button', focusKey: `undo-${change.id}`, testId: 'undo-change' }),
    );

  return {
    source: source(
      (state: AppState) => [state.view.selection, state.data.networkVersion, canAudit(state.data.session)] as const,
      ([id, , admin]) => {
        problem = null;
        return id === null || !admin ? null : context.client.request(ACTOR_HISTORY, { id }, { key: 'actor-history' }).then((answer) => answer.actor?.history ?? []);
      },
    ),
    view: (changes) =>
      h(
        'div',
        { class: 'history', attrs: { 'data-testid': 'actor-history' } },
        h('h3', { class: 'section-title', text: t('history.title') }),
        problem === null ? null : errorView(problem),
        loadableBody(changes, (list) => (list.length === 0 ? h('p', { class: 'muted', text: t('history.none') }) : h('ul', { class: 'change-list' }, list.map(item)))),
      ),
  };
}
