/**
 * An actor's history for admins: the audit trail's changes that touched it, newest first,
 * each with who and when, and an undo. The server refuses an undo whose effect was changed
 * since (CONFLICT); that refusal is shown in place.
 */
import { ACTOR_HISTORY, UNDO_CHANGE, type Change } from '../api/operations/session';
import { getLanguage, t } from '../i18n/i18n';
import type { AppContext } from './app-context';
import { button, h } from './dom';
import { errorView } from './error-view';
import { createLoader } from './loader';
import { loadableBody } from './panel-frame';

const operationLabel = (operation: string): string => t(operation.startsWith('undo:') ? 'history.op.undo' : `history.op.${operation}`);

const when = (at: string): string => new Date(at).toLocaleString(getLanguage() === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

export interface ActorHistory {
  /** The history section of one actor; asks the API when the actor or the network changed. */
  view(actorId: string): HTMLElement;
}

export function createActorHistory(context: AppContext, onChange: () => void): ActorHistory {
  const loader = createLoader<readonly Change[]>(onChange);
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
        onChange();
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
    view(actorId) {
      const key = `${actorId}|${String(context.store.get().data.networkVersion)}`;
      void loader.load(key, async () => (await context.client.request(ACTOR_HISTORY, { id: actorId }, { key: 'actor-history' })).actor?.history ?? []);
      return h(
        'div',
        { class: 'history', attrs: { 'data-testid': 'actor-history' } },
        h('h3', { class: 'section-title', text: t('history.title') }),
        problem === null ? null : errorView(problem),
        loadableBody(loader.get(), (changes) => (changes.length === 0 ? h('p', { class: 'muted', text: t('history.none') }) : h('ul', { class: 'change-list' }, changes.map(item)))),
      );
    },
  };
}
