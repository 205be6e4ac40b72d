/**
 * "Enquêtes" in the regions panel, for editors only: the region's survey rounds (every round for
 * the whole network) with their response, a form to start a new round for the region's actors
 * (forums cannot answer), the personal links of a new round shown once, and a round's dashboard
 * (panels/survey-dashboard.ts), which takes the whole panel while it is open.
 */
import { CREATE_SURVEY, SURVEY_DASHBOARD, SURVEYS, type SurveyDetail, type SurveyLink, type SurveySummary } from '../api/operations/survey';
import { t } from '../i18n/i18n';
import { updatePanel, type AppState } from '../state/app-state';
import { canEdit } from '../state/session';
import type { AppContext } from './app-context';
import { button, h, uniqueId } from './dom';
import { field, input, orNull } from './edit-fields';
import { errorSummary, errorView } from './error-view';
import { definePanel, source, type DefinedPanel, type Loadable } from './panel-definition';
import { loadableBody, panelHeader } from './panel-frame';
import { createSurveyDashboard } from './survey-dashboard';
import { linksOnce } from './survey-links';
import { defaultClosingDay, responseText } from './survey-model';

/** Whether the regions panel gives its room to a round's dashboard. */
export const showsSurveyDashboard = (state: AppState): boolean => state.panels.survey.open !== null && canEdit(state.data.session);

interface RespondentDraft {
  readonly id: string;
  readonly name: string;
  asked: boolean;
  contact: string;
}

/** A new round being filled in, for one region (null: the whole network). */
interface RoundDraft {
  readonly region: string | null;
  title: string;
  questionNl: string;
  questionEn: string;
  closesOn: string;
  readonly respondents: readonly RespondentDraft[];
}

interface SectionData {
  readonly rounds: readonly SurveySummary[];
  readonly detail: SurveyDetail | null;
}

export function createSurveySection(context: AppContext): DefinedPanel {
  let draft: RoundDraft | null = null;
  let formOpen = false;
  let created: { readonly title: string; readonly links: readonly SurveyLink[] } | null = null;
  let problem: unknown = null;
  let saving = false;
  let shownDashboard: string | null = null;

  const openRound = (id: string | null): void => context.store.set(updatePanel('survey', (slice) => ({ ...slice, open: id })));

  /**
   * Opens a round's dashboard with the focus on its title. Respondents answer on their own
   * devices, so the map is read again: the links their answers made since are then on it too.
   */
  const showRound = (id: string): void => {
    openRound(id);
    panel.element.querySelector<HTMLElement>('.panel-title')?.focus();
    context.reloadNetwork().catch((error: unknown) => context.announce(`${t('common.loadFailed')} ${errorSummary(error)}`));
  };

  /** The actors a round of this region asks: the region's own (all for the whole network), forums left out. */
  const askable = (state: AppState, region: string | null): RespondentDraft[] => {
    const forums = new Set(state.data.reference.vocabulary.actorTypes.filter((type) => type.mode === 'FORUM').map((type) => type.id));
    return context.graph
      .filterNodes((_, attributes) => (region === null || attributes.region === region) && !forums.has(attributes.actorType))
      .map((id) => ({ id, name: context.graph.getNodeAttribute(id, 'name'), asked: true, contact: '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  };

  const draftFor = (state: AppState): RoundDraft => {
    const region = state.view.filters.region;
    if (draft?.region !== region) {
      draft = { region, title: '', questionNl: '', questionEn: '', closesOn: defaultClosingDay(new Date()), respondents: askable(state, region) };
    }
    return draft;
  };

  const create = async (round: RoundDraft): Promise<void> => {
    const answer = await context.client.request(CREATE_SURVEY, {
      survey: {
        title: round.title.trim(),
        questionNl: orNull(round.questionNl),
        questionEn: orNull(round.questionEn),
        closesOn: round.closesOn,
        region: round.region,
        respondents: round.respondents.filter((respondent) => respondent.asked).map((respondent) => ({ actor: respondent.id, contact: orNull(respondent.contact) })),
      },
    });
    created = { title: answer.createSurvey.survey.title, links: answer.createSurvey.links };
    draft = null;
    formOpen = false;
    context.store.set(updatePanel('survey', (slice) => ({ ...slice, version: slice.version + 1 })));
    context.announce(t('survey.created', { title: created.title, count: created.links.length }));
  };

  const submit = (round: RoundDraft) => (event: SubmitEvent): void => {
    event.preventDefault();
    if (saving) return;
    saving = true;
    problem = null;
    panel.refresh();
    create(round)
      .catch((error: unknown) => {
        problem = error;
      })
      .finally(() => {
        saving = false;
        panel.refresh();
        panel.element.querySelector<HTMLElement>(problem === null ? '[data-testid="survey-links"] h4' : '.alert')?.focus();
      });
  };

  const roundForm = (state: AppState): HTMLElement => {
    const round = draftFor(state);
    const asked = round.respondents.filter((respondent) => respondent.asked).length;
    const countLine = h('p', { class: 'small muted', text: t('survey.askedCount', { asked, total: round.respondents.length }), attrs: { 'aria-live': 'polite' } });
    const recount = (): void => {
      countLine.textContent = t('survey.askedCount', { asked: round.respondents.filter((respondent) => respondent.asked).length, total: round.respondents.length });
    };
    const textarea = (value: string, placeholder: string, lang: string, onInput: (value: string) => void, testId: string): HTMLTextAreaElement =>
      h('textarea', { text: value, attrs: { rows: 2, placeholder, lang, 'data-testid': testId }, on: { input: (event) => onInput((event.target as HTMLTextAreaElement).value) } });
    const legendId = uniqueId('respondents');
    return h(
      'form',
      { class: 'form survey-form', attrs: { novalidate: true, 'data-testid': 'survey-form' }, on: { submit: submit(round) } },
      field(t('survey.title'), input(round.title, (value) => (round.title = value), { required: true, maxlength: '100', autocomplete: 'off', 'data-testid': 'survey-title' })),
      field(t('survey.questionNl'), textarea(round.questionNl, t('survey.defaultQuestionNl'), 'nl', (value) => (round.questionNl = value), 'survey-question-nl'), t('survey.questionHint')),
      field(t('survey.questionEn'), textarea(round.questionEn, t('survey.defaultQuestionEn'), 'en', (value) => (round.questionEn = value), 'survey-question-en'), t('survey.questionHint')),
      field(
        t('survey.closesOnLabel'),
        h('input', { attrs: { type: 'date', value: round.closesOn, min: new Date().toISOString().slice(0, 10), required: true, 'data-testid': 'survey-closes-on' }, on: { input: (event) => (round.closesOn = (event.target as HTMLInputElement).value) } }),
      ),
      h(
        'fieldset',
        { class: 'survey-respondents', attrs: { 'aria-describedby': legendId } },
        h('legend', { text: t('survey.respondents') }),
        h('p', { class: 'small muted', id: legendId, text: t('survey.respondentsHint') }),
        countLine,
        round.respondents.length === 0
          ? h('p', { class: 'muted', text: t('survey.noActors') })
          : h(
              'ul',
              { class: 'survey-respondent-list' },
              round.respondents.map((respondent) =>
                h(
                  'li',
                  { class: 'survey-respondent', attrs: { 'data-testid': 'survey-respondent', 'data-actor': respondent.id } },
                  h(
                    'label',
                    { class: 'check-row' },
                    h('input', {
                      attrs: { type: 'checkbox', checked: respondent.asked },
                      on: {
                        change: (event) => {
                          respondent.asked = (event.target as HTMLInputElement).checked;
                          recount();
                        },
                      },
                    }),
                    h('span', { text: respondent.name }),
                  ),
                  input(respondent.contact, (value) => (respondent.contact = value), { placeholder: t('survey.contactPlaceholder'), 'aria-label': t('survey.contactOf', { name: respondent.name }), autocomplete: 'off' }),
                ),
              ),
            ),
      ),
      problem === null ? null : errorView(problem),
      h(
        'div',
        { class: 'actions' },
        h('button', { class: 'button primary', text: saving ? t('survey.starting') : t('survey.start'), attrs: { type: 'submit', disabled: saving, 'data-testid': 'survey-start' } }),
        button(t('common.cancel'), () => {
          formOpen = false;
          problem = null;
          panel.refresh();
        }),
      ),
    );
  };

  const roundsTable = (rounds: readonly SurveySummary[]): HTMLElement =>
    rounds.length === 0
      ? h('p', { class: 'muted', text: t('survey.none') })
      : h(
          'table',
          { class: 'scorecard survey-rounds', attrs: { 'data-testid': 'survey-rounds' } },
          h('caption', { class: 'visually-hidden', text: t('survey.rounds') }),
          h('thead', {}, h('tr', {}, [t('survey.title'), t('survey.statusLabel'), t('survey.response')].map((text) => h('th', { text, attrs: { scope: 'col' } })))),
          h(
            'tbody',
            {},
            rounds.map((round) =>
              h(
                'tr',
                { dataset: { survey: round.id } },
                h('th', { attrs: { scope: 'row' } }, button(round.title, () => showRound(round.id), { class: 'actor-link', focusKey: `survey-${round.id}`, testId: `survey-open-${round.id}` })),
                h('td', { text: t(`survey.status.${round.status}`) }),
                h('td', { text: responseText(round.dashboard.sent, round.dashboard.respondents) }),
              ),
            ),
          ),
        );

  const listView = (state: AppState, rounds: Loadable<readonly SurveySummary[]>): HTMLElement => {
    const titleId = uniqueId('surveys');
    return h(
      'section',
      { class: 'survey-section', attrs: { 'aria-labelledby': titleId, 'data-testid': 'survey-section' } },
      h('h3', { class: 'section-title', id: titleId, text: t('survey.heading') }),
      h('p', { class: 'small muted', text: t('survey.intro') }),
      loadableBody(rounds, roundsTable),
      created === null
        ? null
        : linksOnce(context, created.links, () => {
            created = null;
            panel.refresh();
          }),
      formOpen
        ? roundForm(state)
        : button(
            t('survey.new'),
            () => {
              formOpen = true;
              // The region's actors as the map has them now (it may have been read again since).
              draft = null;
              panel.refresh();
              panel.element.querySelector<HTMLElement>('[data-testid="survey-title"]')?.focus();
            },
            { class: 'button', testId: 'survey-new' },
          ),
    );
  };

  const dashboard = createSurveyDashboard(context, () => panel.refresh());

  const panel = definePanel<SectionData>(context.store, {
    testId: 'survey-panel',
    tag: 'div',
    className: 'survey-panel',
    sources: {
      rounds: source(
        (state: AppState) => [state.view.filters.region, state.data.networkVersion, state.panels.survey.version, canEdit(state.data.session)] as const,
        ([region, , , editor]) => (editor ? context.client.request(SURVEYS, { region }, { key: 'surveys' }).then((answer) => answer.surveys) : null),
      ),
      detail: source(
        (state: AppState) => [state.panels.survey.open, state.data.networkVersion, state.panels.survey.version, state.view.language, canEdit(state.data.session)] as const,
        ([id, , , language, editor]) => (id === null || !editor ? null : context.client.request(SURVEY_DASHBOARD, { id, lang: language }, { key: 'survey-dashboard' }).then((answer) => answer.survey)),
      ),
    },
    shows: (state) => [state.panels.survey.open, state.data.session, state.view.filters.region],
    render(state, data) {
      if (!canEdit(state.data.session)) return [];
      const open = state.panels.survey.open;
      if (open !== shownDashboard) {
        dashboard.reset();
        shownDashboard = open;
      }
      if (open === null) return listView(state, data.rounds);
      // A kept answer of another round must not show under this one's title.
      const detail = data.detail.data?.id === open ? data.detail : { ...data.detail, data: null };
      const title = detail.data?.title ?? data.rounds.data?.find((round) => round.id === open)?.title ?? t('survey.heading');
      const gone = h('p', { class: 'empty', text: t('survey.gone') });
      return [
        panelHeader(title, t('survey.dashboardIntro'), { text: t('survey.backToRegion'), onClick: () => openRound(null) }),
        h('div', { class: 'panel-body' }, data.detail.status === 'ready' && data.detail.data === null ? gone : loadableBody(detail, (survey) => (survey === null ? gone : dashboard.view(survey)))),
      ];
    },
  });
  return panel;
}
