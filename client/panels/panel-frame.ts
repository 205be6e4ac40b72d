/**
 * The common frame of a side panel: a heading, an optional back button, a short
 * introduction in plain words, then the body; and the loading and empty states.
 */
import { t } from '../i18n/i18n';
import { button, h } from './dom';
import { errorView } from './error-view';
import type { Loadable } from './panel-lifecycle';

export function panelHeader(title: string, intro: string | null, back?: { readonly text: string; readonly onClick: () => void }): HTMLElement {
  return h(
    'header',
    { class: 'panel-header' },
    back === undefined ? null : button(`← ${back.text}`, back.onClick, { class: 'link-button back', testId: 'panel-back' }),
    h('h2', { class: 'panel-title', text: title, attrs: { tabindex: -1 } }),
    intro === null ? null : h('p', { class: 'panel-intro', text: intro }),
  );
}

/** The body for a loadable: a spinner line, an error box, or what `ready` builds. */
export function loadableBody<T>(loadable: Loadable<T>, ready: (data: T) => Node | readonly Node[]): Node | readonly Node[] {
  if (loadable.status === 'error') return errorView(loadable.error);
  if (loadable.data === null) return h('p', { class: 'loading', attrs: { role: 'status' }, text: t('common.loading') });
  const content = ready(loadable.data);
  if (loadable.status !== 'loading') return content;
  return [h('p', { class: 'loading inline', attrs: { role: 'status' }, text: t('common.updating') }), ...(Array.isArray(content) ? content : [content as Node])];
}

/** A horizontal bar for a share of the largest value in a list. */
export function meter(share: number, colour?: string): HTMLElement {
  const width = Math.max(2, Math.round(Math.min(1, Math.max(0, share)) * 100));
  return h('span', { class: 'meter', attrs: { 'aria-hidden': 'true' } }, h('span', { class: 'meter-fill', attrs: { style: `width:${String(width)}%${colour === undefined ? '' : `;background:${colour}`}` } }));
}
