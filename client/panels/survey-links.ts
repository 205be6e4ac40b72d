/**
 * Personal survey links, shown once: the server keeps only their hashes, so this box is the one
 * moment an editor can copy them (each on its own, or all at once), and it says so.
 */
import type { SurveyLink } from '../api/operations/survey';
import { t } from '../i18n/i18n';
import type { AppContext } from './app-context';
import { button, h, uniqueId } from './dom';
import { allLinksText, linkUrl } from './survey-model';

/** Puts a text on the clipboard and says whether it worked. */
export function copyText(context: AppContext, text: string, done: string): void {
  navigator.clipboard.writeText(text).then(
    () => context.announce(done),
    () => context.announce(t('survey.copyFailed')),
  );
}

/** The links with a copy button each, "alles kopiëren" and the warning; `dismiss` hides them for good. */
export function linksOnce(context: AppContext, links: readonly SurveyLink[], dismiss: () => void): HTMLElement {
  const origin = window.location.origin;
  const titleId = uniqueId('survey-links');
  return h(
    'section',
    { class: 'survey-links', attrs: { 'aria-labelledby': titleId, 'data-testid': 'survey-links' } },
    h('h4', { class: 'subsection-title', id: titleId, text: t('survey.linksTitle', { count: links.length }), attrs: { tabindex: -1 } }),
    h('p', { class: 'survey-warning', text: t('survey.linksOnce') }),
    h(
      'ul',
      { class: 'survey-link-list' },
      links.map((link) => {
        const url = linkUrl(origin, link);
        const inputId = uniqueId('survey-link');
        return h(
          'li',
          { class: 'survey-link', attrs: { 'data-testid': 'survey-link', 'data-actor': link.respondent.id } },
          h('label', { class: 'field-label', text: link.respondent.name, attrs: { for: inputId } }),
          h(
            'div',
            { class: 'copy-row' },
            h('input', { id: inputId, attrs: { type: 'text', readonly: true, value: url, spellcheck: 'false', 'data-testid': 'survey-link-url' }, on: { focus: (event) => (event.target as HTMLInputElement).select() } }),
            h('button', {
              class: 'button small',
              text: t('survey.copy'),
              attrs: { type: 'button', 'aria-label': t('survey.copyLinkOf', { name: link.respondent.name }) },
              on: { click: () => copyText(context, url, t('survey.linkCopied', { name: link.respondent.name })) },
            }),
          ),
        );
      }),
    ),
    h(
      'div',
      { class: 'actions' },
      button(t('survey.copyAll'), () => copyText(context, allLinksText(origin, links), t('survey.allCopied', { count: links.length })), { class: 'button primary', testId: 'survey-copy-all' }),
      button(t('survey.linksDone'), dismiss, { class: 'button', testId: 'survey-links-done' }),
    ),
  );
}
