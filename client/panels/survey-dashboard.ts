/**
 * A survey round's dashboard: how many answered (and who has not, with a reminder to copy and
 * new links), how many ties were named both ways, the links the round adds per domain pair, the
 * network's figures before the round and with all its answers, closing and reopening, and the
 * answers themselves with what an editor does with them (accept, reject, match a typed name to an
 * actor or add it as a new one), plus answers from another survey tool as a CSV. Every write that
 * changes the network reloads the map, as an edit does.
 */
import {
  ADD_SURVEY_ANSWER_ACTOR,
  CLOSE_SURVEY,
  IMPORT_SURVEY_CSV,
  MATCH_SURVEY_ANSWER,
  RENEW_SURVEY_LINKS,
  REOPEN_SURVEY,
  REVIEW_SURVEY_ANSWER,
  type SurveyAnswerRow,
  type SurveyDetail,
  type SurveyLink,
} from '../api/operations/survey';
import type { Domain } from '../api/operations/operation';
import { formatDay, t, vocabulary } from '../i18n/i18n';
import { updatePanel } from '../state/app-state';
import type { AppContext } from './app-context';
import { button, h, uniqueId } from './dom';
import { field, input, options, slugify } from './edit-fields';
import { errorView } from './error-view';
import { meter } from './panel-frame';
import { copyText, linksOnce } from './survey-links';
import { defaultClosingDay, domainPairRows, figureRows, reciprocityText, responseText } from './survey-model';

/** The editor's draft of a new actor for a typed name. */
interface NewActorDraft {
  readonly answer: string;
  name: string;
  type: string;
  domain: Domain;
  region: string;
}

export interface SurveyDashboard {
  /** The dashboard of a loaded round. */
  view(detail: SurveyDetail): Node[];
  /** Forgets what was shown once (new links) and the drafts: another round is opened. */
  reset(): void;
}

export function createSurveyDashboard(context: AppContext, refresh: () => void): SurveyDashboard {
  let renewed: readonly SurveyLink[] | null = null;
  let problem: unknown = null;
  let csvProblem: unknown = null;
  let busy = false;
  let newActor: NewActorDraft | null = null;
  /** The candidate chosen per typed-name answer. */
  const matchChoice = new Map<string, string>();
  let reopenDay = '';
  let csvFile: File | null = null;

  const bumpRounds = (): void => context.store.set(updatePanel('survey', (slice) => ({ ...slice, version: slice.version + 1 })));

  /** One write at a time; a refusal is shown (beside the CSV form for an import), a success announced. */
  const act = (work: () => Promise<string>, where: 'main' | 'csv' = 'main'): void => {
    if (busy) return;
    busy = true;
    problem = null;
    csvProblem = null;
    refresh();
    work()
      .then((message) => context.announce(message))
      .catch((error: unknown) => {
        if (where === 'csv') csvProblem = error;
        else problem = error;
      })
      .finally(() => {
        busy = false;
        refresh();
        if (problem !== null || csvProblem !== null) document.querySelector<HTMLElement>('[data-testid="survey-dashboard"] .alert[role="alert"]')?.focus();
      });
  };

  const section = (title: string, testId: string, ...children: (Node | null)[]): HTMLElement => {
    const id = uniqueId('survey-section');
    return h('section', { class: 'survey-block', attrs: { 'aria-labelledby': id, 'data-testid': testId } }, h('h3', { class: 'section-title', id, text: title }), children);
  };

  const responseBlock = (detail: SurveyDetail): HTMLElement => {
    const { dashboard } = detail;
    const text = responseText(dashboard.sent, dashboard.respondents);
    const reminderId = uniqueId('reminder');
    return section(
      t('survey.response'),
      'survey-response-block',
      h(
        'div',
        { class: 'survey-rate' },
        h('div', { class: 'survey-rate-bar', attrs: { role: 'img', 'aria-label': text } }, h('span', { class: 'survey-rate-fill', attrs: { style: `width:${String(Math.round(dashboard.responseRate * 100))}%` } })),
        h('p', { class: 'survey-rate-text', text, attrs: { 'data-testid': 'survey-response' } }),
      ),
      dashboard.notSent.length === 0
        ? h('p', { class: 'muted', text: t('survey.allSent') })
        : h(
            'div',
            {},
            h('h4', { class: 'subsection-title', text: t('survey.notSent', { count: dashboard.notSent.length }) }),
            h('ul', { class: 'chip-list', attrs: { 'data-testid': 'survey-not-sent' } }, dashboard.notSent.map((actor) => h('li', { class: 'chip', text: actor.name }))),
            h('label', { class: 'field-label', text: t('survey.reminder'), attrs: { for: reminderId } }),
            h('textarea', { id: reminderId, text: detail.reminder, attrs: { readonly: true, rows: 6, 'data-testid': 'survey-reminder' } }),
            h(
              'div',
              { class: 'actions' },
              button(t('survey.copyReminder'), () => copyText(context, detail.reminder, t('survey.reminderCopied')), { class: 'button small' }),
              button(
                t('survey.renewLinks'),
                () =>
                  act(async () => {
                    renewed = (await context.client.request(RENEW_SURVEY_LINKS, { id: detail.id })).renewSurveyLinks;
                    bumpRounds();
                    return t('survey.linksRenewed', { count: renewed.length });
                  }),
                { class: 'button small', testId: 'survey-renew', disabled: busy, title: t('survey.renewHint') },
              ),
            ),
          ),
      renewed === null ? null : linksOnce(context, renewed, () => {
        renewed = null;
        refresh();
      }),
    );
  };

  const tiesBlock = (detail: SurveyDetail): HTMLElement => {
    const { dashboard } = detail;
    const pairs = domainPairRows(dashboard.newLinksPerDomainPair);
    return section(
      t('survey.ties'),
      'survey-ties-block',
      h('p', { text: reciprocityText(dashboard.reciprocatedTies, dashboard.namedTies), attrs: { 'data-testid': 'survey-reciprocity' } }),
      dashboard.unmatchedNames === 0 ? null : h('p', { class: 'note', text: t('survey.unmatched', { count: dashboard.unmatchedNames }) }),
      h('h4', { class: 'subsection-title', text: t('survey.newLinksPerPair') }),
      pairs.length === 0
        ? h('p', { class: 'muted', text: t('survey.noNewLinks') })
        : h(
            'ul',
            { class: 'pair-bars', attrs: { 'data-testid': 'survey-pairs' } },
            pairs.map((pair) => h('li', {}, h('span', { class: 'pair-label', text: pair.label }), meter(pair.share), h('span', { class: 'pair-count', text: String(pair.count) }))),
          ),
    );
  };

  const figuresBlock = (detail: SurveyDetail): HTMLElement =>
    section(
      t('survey.figures'),
      'survey-figures-block',
      h('p', { class: 'small muted', text: t('survey.figuresExplain') }),
      h(
        'table',
        { class: 'scorecard survey-figures', attrs: { 'data-testid': 'survey-figures' } },
        h('thead', {}, h('tr', {}, [t('survey.figure'), t('survey.before'), t('survey.after')].map((text) => h('th', { text, attrs: { scope: 'col' } })))),
        h(
          'tbody',
          {},
          figureRows(detail.dashboard.before, detail.dashboard.after).map((row) =>
            h(
              'tr',
              { class: `direction-${row.direction}` },
              h('th', { text: row.label, attrs: { scope: 'row' } }),
              h('td', { text: row.before }),
              h('td', {}, row.after, ' ', h('span', { class: 'arrow', text: row.arrow, attrs: { 'aria-hidden': 'true' } }), h('span', { class: 'visually-hidden', text: row.directionText })),
            ),
          ),
        ),
      ),
    );

  const statusBlock = (detail: SurveyDetail): HTMLElement => {
    const open = detail.status === 'OPEN';
    const today = new Date().toISOString().slice(0, 10);
    if (reopenDay === '') reopenDay = detail.closesOn >= today ? detail.closesOn : defaultClosingDay(new Date());
    return h(
      'div',
      { class: 'survey-status' },
      h('p', {}, h('span', { class: `badge ${open ? 'open' : 'closed'}`, text: t(`survey.status.${detail.status}`), attrs: { 'data-testid': 'survey-status' } }), ' ', t('survey.closesOn', { day: formatDay(detail.closesOn) })),
      h('p', { class: 'survey-question' }, h('strong', { text: `${t('survey.question')}: ` }), h('q', { text: detail.questionNl, attrs: { lang: 'nl' } }), ' ', h('q', { text: detail.questionEn, attrs: { lang: 'en' } })),
      open
        ? button(
            t('survey.close'),
            () =>
              act(async () => {
                await context.client.request(CLOSE_SURVEY, { id: detail.id });
                bumpRounds();
                return t('survey.closed');
              }),
            { class: 'button', testId: 'survey-close', disabled: busy },
          )
        : h(
            'form',
            {
              class: 'form inline-form',
              on: {
                submit: (event) => {
                  event.preventDefault();
                  act(async () => {
                    await context.client.request(REOPEN_SURVEY, { id: detail.id, closesOn: reopenDay });
                    bumpRounds();
                    return t('survey.reopened');
                  });
                },
              },
            },
            field(t('survey.reopenUntil'), h('input', { attrs: { type: 'date', value: reopenDay, min: today, required: true }, on: { input: (event) => (reopenDay = (event.target as HTMLInputElement).value) } })),
            h('button', { class: 'button', text: t('survey.reopen'), attrs: { type: 'submit', disabled: busy, 'data-testid': 'survey-reopen' } }),
          ),
    );
  };

  /** The written link only changes the map: the map and every figure are read again. */
  const networkWrite = (work: () => Promise<unknown>, message: string): void =>
    act(async () => {
      await work();
      await context.reloadNetwork();
      return message;
    });

  const newActorForm = (draft: NewActorDraft): HTMLElement => {
    const { reference } = context.store.get().data;
    return h(
      'form',
      {
        class: 'form survey-new-actor',
        attrs: { 'data-testid': 'survey-new-actor' },
        on: {
          submit: (event) => {
            event.preventDefault();
            const actor = { id: slugify(draft.name), name: draft.name.trim(), type: draft.type, domain: draft.domain, region: draft.region === '' ? null : draft.region };
            networkWrite(async () => {
              await context.client.request(ADD_SURVEY_ANSWER_ACTOR, { id: draft.answer, actor });
              newActor = null;
            }, t('survey.actorAdded', { name: actor.name }));
          },
        },
      },
      field(t('edit.name'), input(draft.name, (value) => (draft.name = value), { required: true, 'data-testid': 'survey-new-actor-name' })),
      h(
        'div',
        { class: 'field-row' },
        field(
          t('edit.type'),
          options(
            reference.vocabulary.actorTypes.map((type) => ({ value: type.id, text: vocabulary('type', type.id) })).sort((a, b) => a.text.localeCompare(b.text)),
            draft.type,
            (value) => (draft.type = value),
            'survey-new-actor-type',
          ),
        ),
        field(t('edit.domain'), options(reference.vocabulary.domains.map((domain) => ({ value: domain, text: vocabulary('domain', domain) })), draft.domain, (value) => (draft.domain = value as Domain), 'survey-new-actor-domain')),
      ),
      field(
        t('edit.region'),
        options(
          [{ value: '', text: t('edit.noRegion') }, ...[...reference.regions].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((region) => ({ value: region.id, text: region.name }))],
          draft.region,
          (value) => (draft.region = value),
          'survey-new-actor-region',
        ),
      ),
      h(
        'div',
        { class: 'actions' },
        h('button', { class: 'button primary', text: t('survey.addActor'), attrs: { type: 'submit', disabled: busy } }),
        button(t('common.cancel'), () => {
          newActor = null;
          refresh();
        }),
      ),
    );
  };

  /** What an editor can do with one answer: accept or reject a sent one, match or add a typed name. */
  const answerActions = (detail: SurveyDetail, answer: SurveyAnswerRow): Node[] => {
    const respondent = answer.respondent.name;
    if (answer.partner === null && answer.partnerName !== null && answer.state !== 'REJECTED') {
      const typed = answer.partnerName;
      const choice = matchChoice.get(answer.id) ?? answer.candidates[0]?.id ?? '';
      const selectId = uniqueId('match');
      return [
        answer.candidates.length === 0
          ? h('p', { class: 'small muted', text: t('survey.noCandidates') })
          : h(
              'div',
              { class: 'copy-row' },
              h('label', { class: 'visually-hidden', text: t('survey.matchTo', { name: typed }), attrs: { for: selectId } }),
              h(
                'select',
                { id: selectId, attrs: { 'data-testid': 'survey-match-choice' }, on: { change: (event) => matchChoice.set(answer.id, (event.target as HTMLSelectElement).value) } },
                answer.candidates.map((candidate) => h('option', { text: candidate.name, attrs: { value: candidate.id, selected: candidate.id === choice } })),
              ),
              button(
                t('survey.match'),
                () => {
                  const actor = matchChoice.get(answer.id) ?? answer.candidates[0]?.id;
                  if (actor !== undefined) networkWrite(() => context.client.request(MATCH_SURVEY_ANSWER, { id: answer.id, actor }), t('survey.matched', { name: typed }));
                },
                { class: 'button small', disabled: busy, testId: 'survey-match' },
              ),
            ),
        button(
          t('survey.addAsNew'),
          () => {
            newActor = { answer: answer.id, name: typed, type: 'werkgever', domain: 'EZ', region: detail.region?.id ?? '' };
            refresh();
          },
          { class: 'button small', disabled: busy, testId: 'survey-add-as-new' },
        ),
      ];
    }
    const review = (decision: 'ACCEPT' | 'REJECT'): void =>
      networkWrite(() => context.client.request(REVIEW_SURVEY_ANSWER, { id: answer.id, decision }), t(decision === 'ACCEPT' ? 'survey.accepted' : 'survey.rejected', { name: respondent }));
    return [
      answer.state === 'SENT' ? h('button', { class: 'button small', text: t('survey.accept'), attrs: { type: 'button', disabled: busy, 'aria-label': t('survey.acceptAnswer', { respondent, partner: answer.partner?.name ?? '' }), 'data-testid': 'survey-accept' }, on: { click: () => review('ACCEPT') } }) : null,
      answer.state === 'SENT' || answer.state === 'ACCEPTED' ? h('button', { class: 'button small', text: t('survey.reject'), attrs: { type: 'button', disabled: busy, 'aria-label': t('survey.rejectAnswer', { respondent, partner: answer.partner?.name ?? '' }), 'data-testid': 'survey-reject' }, on: { click: () => review('REJECT') } }) : null,
    ].filter((node): node is HTMLButtonElement => node !== null);
  };

  const answersBlock = (detail: SurveyDetail): HTMLElement => {
    const answers = [...detail.answers].sort((a, b) => a.respondent.name.localeCompare(b.respondent.name, 'nl') || (a.partner?.name ?? a.partnerName ?? '').localeCompare(b.partner?.name ?? b.partnerName ?? '', 'nl'));
    // What an editor can do with an answer stands under its state, so the table fits the panel.
    const columns = [t('survey.respondent'), t('survey.partner'), t('survey.relation'), t('survey.frequency'), t('survey.importance'), t('survey.reciprocated'), t('survey.state')];
    return section(
      t('survey.answers', { count: answers.length }),
      'survey-answers-block',
      answers.length === 0
        ? h('p', { class: 'muted', text: t('survey.noAnswers') })
        : h(
            'div',
            { class: 'table-scroll' },
            h(
              'table',
              { class: 'scorecard survey-answers', attrs: { 'data-testid': 'survey-answers' } },
              h('thead', {}, h('tr', {}, columns.map((text) => h('th', { text, attrs: { scope: 'col' } })))),
              h(
                'tbody',
                {},
                answers.flatMap((answer) => [
                  h(
                    'tr',
                    { attrs: { 'data-testid': 'survey-answer', 'data-answer': answer.id } },
                    h('th', { attrs: { scope: 'row' } }, button(answer.respondent.name, () => context.selectActor(answer.respondent.id), { class: 'actor-link', title: t('survey.openActor', { name: answer.respondent.name }), testId: 'survey-answer-respondent' })),
                    h('td', {}, answer.partner?.name ?? h('span', {}, `“${answer.partnerName ?? ''}” `, h('span', { class: 'muted small', text: t('survey.typedName') }))),
                    h('td', { text: vocabulary('link', answer.type) }),
                    h('td', { text: t(`survey.frequencyWord.${answer.frequency}`) }),
                    h('td', { text: `${String(answer.importance)}/5` }),
                    h('td', { text: answer.reciprocated ? t('common.yes') : t('common.no') }),
                    h(
                      'td',
                      {},
                      h('span', { text: `${t(`survey.stateWord.${answer.state}`)}${answer.origin === 'CSV' ? ' (CSV)' : ''}`, attrs: { 'data-testid': 'survey-answer-state' } }),
                      h('div', { class: 'survey-actions' }, answerActions(detail, answer)),
                    ),
                  ),
                  newActor?.answer === answer.id ? h('tr', {}, h('td', { attrs: { colspan: columns.length } }, newActorForm(newActor))) : null,
                ]),
              ),
            ),
          ),
    );
  };

  const csvBlock = (detail: SurveyDetail): HTMLElement => {
    const fileId = uniqueId('survey-csv');
    return section(
      t('survey.csvTitle'),
      'survey-csv-block',
      h('p', { class: 'small muted', text: t('survey.csvExplain') }),
      h(
        'form',
        {
          class: 'form',
          on: {
            submit: (event) => {
              event.preventDefault();
              const file = csvFile;
              if (file === null) return;
              act(async () => {
                const result = (await context.client.upload(IMPORT_SURVEY_CSV, { id: detail.id }, { file })).importSurveyCsv;
                await context.reloadNetwork();
                return t('survey.csvImported', { answers: result.answers, links: result.links });
              }, 'csv');
            },
          },
        },
        h('label', { class: 'field-label', text: t('survey.csvFile'), attrs: { for: fileId } }),
        h('input', { id: fileId, attrs: { type: 'file', accept: '.csv,text/csv', 'data-testid': 'survey-csv-file' }, on: { change: (event) => (csvFile = (event.target as HTMLInputElement).files?.[0] ?? null) } }),
        csvProblem === null ? null : errorView(csvProblem),
        h('div', { class: 'actions' }, h('button', { class: 'button', text: t('survey.csvImport'), attrs: { type: 'submit', disabled: busy, 'data-testid': 'survey-csv-import' } })),
      ),
    );
  };

  return {
    view: (detail) => [
      h('div', { class: 'survey-dashboard', attrs: { 'data-testid': 'survey-dashboard', 'aria-busy': String(busy) } }, statusBlock(detail), problem === null ? null : errorView(problem), responseBlock(detail), tiesBlock(detail), figuresBlock(detail), answersBlock(detail), csvBlock(detail)),
    ],
    reset() {
      renewed = null;
      problem = null;
      csvProblem = null;
      newActor = null;
      matchChoice.clear();
      reopenDay = '';
      csvFile = null;
    },
  };
}
