/**
 * Signing in with a token: the form (also shown on the stage when the server lets nobody
 * read without one), and the panel that says who is signed in, with which role, and signs
 * out. What a role may do decides what the other panels offer (state/session.ts).
 */
import { t } from '../i18n/i18n';
import { updateView } from '../state/app-state';
import { withSelection } from '../state/view-state';
import type { AppContext, SidePanel } from './app-context';
import { button, fill, h } from './dom';
import { field, input } from './edit-fields';
import { errorView } from './error-view';
import { definePanel } from './panel-definition';
import { panelHeader } from './panel-frame';

/** A token field and a submit button; `signIn` rejects with the server's refusal, shown in place. */
export function tokenForm(signIn: (token: string) => Promise<void>): HTMLFormElement {
  let token = '';
  const problem = h('div', { class: 'form-problem' });
  const tokenInput = input('', (value) => (token = value), { type: 'password', autocomplete: 'off', spellcheck: 'false', 'data-testid': 'token-input' });
  const submitButton = h('button', { class: 'button primary', text: t('session.submit'), attrs: { type: 'submit', 'data-testid': 'token-submit' } });
  const form = h(
    'form',
    {
      class: 'form',
      on: {
        submit: (event) => {
          event.preventDefault();
          submitButton.disabled = true;
          fill(problem);
          signIn(token.trim())
            .catch((error: unknown) => {
              fill(problem, errorView(error));
              problem.querySelector<HTMLElement>('.alert')?.focus();
            })
            .finally(() => (submitButton.disabled = false));
        },
      },
    },
    field(t('session.token'), tokenInput, t('session.tokenHint')),
    problem,
    h('div', { class: 'actions' }, submitButton),
  );
  return form;
}

export function createSignInPanel(context: AppContext): SidePanel {
  return definePanel<Record<never, never>>(context.store, {
    testId: 'sign-in-panel',
    sources: {},
    shows: (state) => [state.data.session],
    render(state) {
      const { session } = state.data;
      const back = { text: t('common.close'), onClick: () => context.store.set(updateView((view) => withSelection({ ...view, side: 'mode' }, view.selection))) };
      const body =
        session.role === null
          ? [h('p', { class: 'explain', text: t('session.readOnly') }), tokenForm(async (token) => context.signIn(token))]
          : [
              h('p', { attrs: { 'data-testid': 'signed-in-as' }, text: t('session.signedInAs', { name: session.name ?? '', role: t(`session.role.${session.role}`) }) }),
              button(t('session.signOut'), () => context.signOut(), { class: 'button', testId: 'sign-out' }),
            ];
      return [panelHeader(t('session.title'), t('session.intro'), back), h('div', { class: 'panel-body' }, body)];
    },
  });
}
