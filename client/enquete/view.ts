/**
 * The survey form a respondent opens from a mail: the roster to choose partners from (with a
 * search that filters as one types), per partner the kind of relation, how often and how
 * important, another organisation by name, "Opslaan" to come back later and "Versturen" with a
 * step to check the answers first. Built for a phone and for the keyboard: every control has a
 * label, groups are fieldsets with legends, an error sits under what it is about (linked by
 * aria-describedby), and saves and sends are announced in a live region.
 *
 * `data-form` on <html> says where the page is (loading, edit, confirm, sent, failed), for
 * people reading the DOM and for the end-to-end test.
 */
import type { SurveyFrequency } from '../api/generated';
import { ApiError, type GraphQLClient, type Problem } from '../api/graphql-client';
import { SAVE_SURVEY_ANSWERS, SURVEY_FORM, type SurveyFormData } from '../api/operations/survey-form';
import { getLanguage, setLanguage, t, vocabulary, type Language } from '../i18n/i18n';
import { button, h, rerender } from '../panels/dom';
import { errorSummary } from '../panels/error-view';
import { AnswerSheet, FREQUENCIES, IMPORTANCE_SCALE, matchesSearch, type FieldProblem, type OtherRefusal, type Partner, type ProblemText, type RelationField } from './answers';
import { dayInWords, frequencyWords, momentInWords, relationWords } from './words';

type Phase = 'loading' | 'edit' | 'confirm' | 'sent' | 'failed';

/** Why the form cannot be shown at all. */
type Failure = 'unknownLink' | 'closed' | 'other';

const LANGUAGE_KEY = 'brugkaart.enquete.language';

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // A browser that keeps nothing shows Dutch next time; the form works the same.
  }
}

const say = (message: ProblemText): string => ('key' in message ? t(message.key) : message.text);

/** Ids of the controls of one relation, stable across renders (position-based). */
const controlId = (partnerIndex: number, relationIndex: number, field: RelationField): string => `p${String(partnerIndex)}-r${String(relationIndex)}-${field}`;

export class SurveyFormPage {
  readonly #root: HTMLElement;
  readonly #status: HTMLElement;
  readonly #client: GraphQLClient;
  readonly #token: string | null;
  #phase: Phase = 'loading';
  #failure: { kind: Failure; detail: string } | null = null;
  #form: SurveyFormData | null = null;
  #sheet: AnswerSheet | null = null;
  #query = '';
  #problems: FieldProblem[] = [];
  /** A refusal that names no answer, or a failed request: shown above the buttons. */
  #actionError: string | null = null;
  #otherName = '';
  #otherRefusal: OtherRefusal | null = null;
  #busy = false;

  /** `root` is re-rendered; `status` is a live region that stays in place so announcements are read. */
  constructor(root: HTMLElement, status: HTMLElement, client: GraphQLClient, token: string | null) {
    this.#root = root;
    this.#status = status;
    this.#client = client;
    this.#token = token;
  }

  async load(): Promise<void> {
    this.#setPhase('loading');
    this.#render();
    if (this.#token === null) {
      this.#fail('unknownLink', '');
      return;
    }
    try {
      const { surveyForm } = await this.#client.request(SURVEY_FORM, { token: this.#token });
      this.#open(surveyForm);
    } catch (error) {
      this.#failWith(error);
    }
  }

  #open(form: SurveyFormData): void {
    this.#form = form;
    this.#sheet = new AnswerSheet(form.roster, form.answers);
    this.#problems = [];
    this.#actionError = null;
    this.#setPhase(form.sentAt === null ? 'edit' : 'sent');
    this.#render();
  }

  #failWith(error: unknown): void {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') this.#fail('unknownLink', error.message);
    else if (error instanceof ApiError && error.code === 'FORBIDDEN') this.#fail('closed', error.message);
    else this.#fail('other', error instanceof Error ? error.message : String(error));
  }

  #fail(kind: Failure, detail: string): void {
    this.#failure = { kind, detail };
    this.#setPhase('failed');
    this.#render();
    this.#focusHeading();
  }

  #setPhase(phase: Phase): void {
    this.#phase = phase;
    document.documentElement.dataset['form'] = phase;
  }

  #announce(text: string): void {
    // Emptied first, so the same sentence twice is announced twice.
    this.#status.textContent = '';
    requestAnimationFrame(() => (this.#status.textContent = text));
  }

  #render(): void {
    document.documentElement.lang = getLanguage();
    rerender(this.#root, () => {
      this.#root.replaceChildren(this.#languageSwitch(), ...this.#content());
      this.#root.setAttribute('aria-busy', String(this.#phase === 'loading'));
    });
    document.title = this.#form === null ? t('enquete.documentTitle') : `${this.#form.title} – ${t('enquete.documentTitle')}`;
  }

  #content(): HTMLElement[] {
    if (this.#phase === 'loading') return [h('p', { class: 'loading', text: t('enquete.loading') })];
    if (this.#phase === 'failed' || this.#form === null || this.#sheet === null) return [this.#failureView()];
    const intro = this.#intro(this.#form);
    if (this.#phase === 'confirm') return [intro, this.#confirmView(this.#form, this.#sheet)];
    if (this.#phase === 'sent') return [intro, this.#sentView(this.#form, this.#sheet)];
    return [intro, this.#rosterSection(this.#form, this.#sheet), this.#otherSection(), this.#answersSection(this.#sheet), this.#actions(this.#form)];
  }

  #languageSwitch(): HTMLElement {
    const choice = (language: Language, label: string): HTMLButtonElement => {
      const element = button(label, () => this.#switchLanguage(language), { class: 'language-button', pressed: getLanguage() === language, focusKey: `language-${language}`, testId: `language-${language}` });
      element.lang = language;
      return element;
    };
    return h('nav', { class: 'language', attrs: { 'aria-label': t('enquete.language') } }, choice('nl', 'Nederlands'), choice('en', 'English'));
  }

  #switchLanguage(language: Language): void {
    setLanguage(language);
    storeLanguage(language);
    this.#render();
  }

  #intro(form: SurveyFormData): HTMLElement {
    const question = getLanguage() === 'nl' ? form.questionNl : form.questionEn;
    return h(
      'header',
      { class: 'intro' },
      h('p', { class: 'kicker', text: t('enquete.kicker') }),
      h('h1', { text: form.title, attrs: { 'data-testid': 'form-title' } }),
      h('p', { class: 'question', text: question }),
      h('p', { attrs: { 'data-testid': 'respondent' } }, t('enquete.onBehalfOf'), ' ', h('strong', { text: form.respondent.name }), '.'),
      h('p', { class: 'muted', text: t('enquete.closesOn', { day: dayInWords(form.closesOn) }) }),
      form.sentAt === null && form.savedAt !== null
        ? h('p', { class: 'saved', text: t('enquete.savedAt', { moment: momentInWords(form.savedAt) }), attrs: { 'data-testid': 'saved-at' } })
        : null,
    );
  }

  // --- Editing ---------------------------------------------------------------------------------

  #rosterSection(form: SurveyFormData, sheet: AnswerSheet): HTMLElement {
    const count = h('p', { class: 'muted count', attrs: { id: 'roster-count', 'aria-live': 'polite', 'data-testid': 'roster-count' } });
    const empty = h('p', { class: 'empty', attrs: { 'data-testid': 'roster-empty' } });
    const rows = form.roster.map((entry) => {
      const id = `actor-${entry.id}`;
      const checkbox = h('input', {
        attrs: { type: 'checkbox', id, checked: sheet.isChosen(entry.id), 'data-focus-key': id, 'aria-describedby': `${id}-meta` },
        on: { change: () => this.#choose(entry.id, checkbox.checked) },
      });
      // The type and domain are the checkbox's description, not part of its name.
      return h(
        'li',
        { dataset: { name: entry.name }, attrs: { 'data-testid': 'roster-row' } },
        checkbox,
        h('label', { attrs: { for: id } }, h('span', { class: 'name', text: entry.name }), h('span', { class: 'meta', attrs: { id: `${id}-meta`, 'aria-hidden': 'true' }, text: `${vocabulary('type', entry.type)} · ${vocabulary('domain', entry.domain)}` })),
      );
    });
    const list = h('ul', { class: 'roster' }, rows);
    const applySearch = (): void => {
      let shown = 0;
      for (const row of rows) {
        const visible = matchesSearch(row.dataset['name'] ?? '', this.#query);
        row.hidden = !visible;
        if (visible) shown += 1;
      }
      count.textContent = shown === rows.length ? t('enquete.roster.count', { count: rows.length }) : t('enquete.roster.shown', { shown, count: rows.length });
      empty.hidden = shown > 0;
      empty.textContent = t('enquete.roster.none', { query: this.#query.trim() });
    };
    const search = h('input', {
      attrs: { type: 'search', id: 'roster-search', value: this.#query, autocomplete: 'off', 'aria-describedby': 'roster-count', 'aria-controls': 'roster-list', 'data-focus-key': 'roster-search', 'data-testid': 'roster-search' },
      on: {
        input: () => {
          this.#query = search.value;
          applySearch();
        },
      },
    });
    list.id = 'roster-list';
    applySearch();
    return h(
      'section',
      { class: 'block', attrs: { 'aria-labelledby': 'roster-heading' } },
      h('h2', { id: 'roster-heading', text: t('enquete.roster.heading') }),
      h('p', { class: 'muted', text: t('enquete.roster.hint') }),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'roster-search' }, text: t('enquete.roster.search') }), search),
      count,
      h('fieldset', { class: 'roster-set' }, h('legend', { class: 'visually-hidden', text: t('enquete.roster.legend') }), list),
      empty,
    );
  }

  #choose(actor: string, chosen: boolean): void {
    const sheet = this.#sheet;
    if (sheet === null) return;
    sheet.setChosen(actor, chosen);
    this.#problems = this.#problems.filter((problem) => sheet.find(problem.partner) !== undefined);
    this.#render();
    const partner = sheet.find(`actor:${actor}`);
    this.#announce(chosen && partner !== undefined ? t('enquete.chosen', { name: partner.name }) : t('enquete.unchosen'));
  }

  #otherSection(): HTMLElement {
    const errorId = 'other-error';
    const input = h('input', {
      attrs: {
        type: 'text',
        id: 'other-name',
        value: this.#otherName,
        autocomplete: 'organization',
        'aria-invalid': this.#otherRefusal === null ? undefined : 'true',
        'aria-describedby': this.#otherRefusal === null ? undefined : errorId,
        'data-focus-key': 'other-name',
        'data-testid': 'other-name',
      },
      on: {
        input: () => (this.#otherName = input.value),
        keydown: (event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            this.#addOther();
          }
        },
      },
    });
    return h(
      'section',
      { class: 'block', attrs: { 'aria-labelledby': 'other-heading' } },
      h('h2', { id: 'other-heading', text: t('enquete.other.heading') }),
      h('p', { class: 'muted', text: t('enquete.other.hint') }),
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: 'other-name' }, text: t('enquete.other.label') }),
        h('div', { class: 'inline' }, input, button(t('enquete.other.add'), () => this.#addOther(), { class: 'button', focusKey: 'other-add', testId: 'other-add' })),
        this.#otherRefusal === null ? null : h('p', { class: 'error', id: errorId, text: t(`enquete.other.${this.#otherRefusal}`) }),
      ),
    );
  }

  #addOther(): void {
    const sheet = this.#sheet;
    if (sheet === null) return;
    const added = sheet.addOther(this.#otherName);
    if (typeof added === 'string') {
      this.#otherRefusal = added;
      this.#render();
      return;
    }
    this.#otherRefusal = null;
    this.#otherName = '';
    this.#render();
    this.#announce(t('enquete.chosen', { name: added.name }));
  }

  #answersSection(sheet: AnswerSheet): HTMLElement {
    return h(
      'section',
      { class: 'block', attrs: { 'aria-labelledby': 'answers-heading' } },
      h('h2', { id: 'answers-heading', text: t('enquete.answers.heading'), attrs: { tabindex: -1, 'data-focus-key': 'answers-heading' } }),
      sheet.partners.length === 0
        ? h('p', { class: 'muted', text: t('enquete.answers.none'), attrs: { 'data-testid': 'no-partners' } })
        : sheet.partners.map((partner, index) => this.#partnerView(sheet, partner, index)),
    );
  }

  #problemAt(partner: Partner, relation: number, field: RelationField): FieldProblem | undefined {
    return this.#problems.find((problem) => problem.partner === partner.key && problem.relation === relation && problem.field === field);
  }

  #partnerView(sheet: AnswerSheet, partner: Partner, partnerIndex: number): HTMLElement {
    const other = partner.actor === null;
    return h(
      'fieldset',
      { class: 'partner', attrs: { 'data-testid': 'partner', 'data-partner': partner.key } },
      h('legend', {}, h('span', { class: 'partner-name', text: partner.name }), other ? h('span', { class: 'tag', text: t('enquete.answers.otherTag') }) : null),
      partner.relations.map((_relation, relationIndex) => this.#relationView(sheet, partner, partnerIndex, relationIndex)),
      h(
        'div',
        { class: 'partner-actions' },
        button(t('enquete.answers.addRelation'), () => this.#changeStructure(() => sheet.addRelation(partner.key), `p${String(partnerIndex)}-r${String(partner.relations.length)}-type`), {
          class: 'button',
          focusKey: `add-relation-${partner.key}`,
          testId: 'add-relation',
        }),
        button(t('enquete.answers.removePartner', { name: partner.name }), () => this.#removePartner(partner), { class: 'button quiet', focusKey: `remove-${partner.key}`, testId: 'remove-partner' }),
      ),
    );
  }

  #relationView(sheet: AnswerSheet, partner: Partner, partnerIndex: number, relationIndex: number): HTMLElement {
    const relation = sheet.relation(partner.key, relationIndex);
    const ids = (field: RelationField): string => controlId(partnerIndex, relationIndex, field);
    const errorOf = (field: RelationField): { problem: FieldProblem | undefined; id: string } => ({ problem: this.#problemAt(partner, relationIndex, field), id: `${ids(field)}-error` });
    const errorLine = (field: RelationField): HTMLElement | null => {
      const { problem, id } = errorOf(field);
      return problem === undefined ? null : h('p', { class: 'error', id, text: say(problem.message), attrs: { 'data-testid': `error-${field}` } });
    };
    const described = (field: RelationField): string | undefined => (errorOf(field).problem === undefined ? undefined : errorOf(field).id);
    const which = relationIndex === 0 ? partner.name : `${partner.name}, ${t('enquete.answers.relationNumber', { number: relationIndex + 1 })}`;

    const typeSelect = h(
      'select',
      {
        id: ids('type'),
        attrs: { 'aria-invalid': described('type') === undefined ? undefined : 'true', 'aria-describedby': described('type'), 'data-focus-key': ids('type'), 'data-testid': 'relation-type' },
        on: {
          change: () => {
            relation.type = typeSelect.value;
            this.#clearProblem(partner, relationIndex, 'type');
          },
        },
      },
      h('option', { text: t('enquete.answers.chooseType'), attrs: { value: '' } }),
      (this.#form?.linkTypes ?? []).map((type) => h('option', { text: relationWords(type), attrs: { value: type } })),
    );
    typeSelect.value = relation.type;

    const frequencies = this.#radioGroup({
      legend: t('enquete.answers.frequency'),
      which,
      name: ids('frequency'),
      options: FREQUENCIES.map((frequency) => ({ value: frequency, label: frequencyWords(frequency) })),
      checked: relation.frequency,
      described: described('frequency'),
      error: errorLine('frequency'),
      className: 'choices frequency',
      testId: 'frequency',
      onChange: (value) => {
        relation.frequency = value as SurveyFrequency;
        this.#clearProblem(partner, relationIndex, 'frequency');
      },
    });
    const importance = this.#radioGroup({
      legend: t('enquete.answers.importance'),
      which,
      name: ids('importance'),
      options: IMPORTANCE_SCALE.map((value) => ({ value: String(value), label: String(value), hidden: value === 1 ? t('enquete.answers.importanceLow') : value === IMPORTANCE_SCALE.length ? t('enquete.answers.importanceHigh') : undefined })),
      checked: relation.importance === null ? null : String(relation.importance),
      described: described('importance'),
      error: errorLine('importance'),
      className: 'choices scale',
      testId: 'importance',
      ends: [t('enquete.answers.importanceLow'), t('enquete.answers.importanceHigh')],
      onChange: (value) => {
        relation.importance = Number(value);
        this.#clearProblem(partner, relationIndex, 'importance');
      },
    });

    return h(
      'div',
      { class: 'relation', attrs: { 'data-testid': 'relation' } },
      errorLine('partner'),
      h('div', { class: 'field' }, h('label', { attrs: { for: ids('type') } }, t('enquete.answers.type'), h('span', { class: 'visually-hidden', text: ` (${which})` })), typeSelect, errorLine('type')),
      frequencies,
      importance,
      partner.relations.length > 1
        ? button(t('enquete.answers.removeRelation'), () => this.#changeStructure(() => sheet.removeRelation(partner.key, relationIndex), `add-relation-${partner.key}`), {
            class: 'button quiet',
            focusKey: `remove-relation-${partner.key}-${String(relationIndex)}`,
            testId: 'remove-relation',
          })
        : null,
    );
  }

  #radioGroup(group: {
    legend: string;
    which: string;
    name: string;
    options: readonly { value: string; label: string; hidden?: string | undefined }[];
    checked: string | null;
    described: string | undefined;
    error: HTMLElement | null;
    className: string;
    testId: string;
    ends?: readonly [string, string];
    onChange: (value: string) => void;
  }): HTMLElement {
    const options = group.options.map((option, index) => {
      const id = `${group.name}-${String(index)}`;
      const input = h('input', {
        id,
        attrs: { type: 'radio', name: group.name, value: option.value, checked: group.checked === option.value, 'data-focus-key': id },
        on: { change: () => group.onChange(option.value) },
      });
      return h('label', { class: 'choice', attrs: { for: id } }, input, h('span', { text: option.label }), option.hidden === undefined ? null : h('span', { class: 'visually-hidden', text: ` (${option.hidden})` }));
    });
    return h(
      'fieldset',
      {
        class: 'group',
        attrs: { 'aria-describedby': group.described, 'data-testid': group.testId },
      },
      h('legend', {}, group.legend, h('span', { class: 'visually-hidden', text: ` (${group.which})` })),
      h('div', { class: group.className }, options),
      group.ends === undefined ? null : h('div', { class: 'scale-ends', attrs: { 'aria-hidden': 'true' } }, h('span', { text: group.ends[0] }), h('span', { text: group.ends[1] })),
      group.error,
    );
  }

  #clearProblem(partner: Partner, relation: number, field: RelationField): void {
    const before = this.#problems.length;
    this.#problems = this.#problems.filter((problem) => !(problem.partner === partner.key && problem.relation === relation && (problem.field === field || problem.field === 'partner')));
    if (this.#problems.length !== before) this.#render();
  }

  /** A change that adds or removes controls: re-rendered, with the focus on `focusKey`. */
  #changeStructure(change: () => void, focusKey: string): void {
    change();
    // Problems are placed by position; after a change of positions they would point elsewhere.
    this.#problems = [];
    this.#render();
    this.#root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  }

  #removePartner(partner: Partner): void {
    this.#changeStructure(() => this.#sheet?.remove(partner.key), 'answers-heading');
    this.#announce(t('enquete.removed', { name: partner.name }));
  }

  #actions(form: SurveyFormData): HTMLElement {
    return h(
      'div',
      { class: 'actions' },
      this.#actionError === null ? null : h('p', { class: 'error action-error', id: 'action-error', text: this.#actionError, attrs: { 'data-testid': 'action-error' } }),
      h(
        'div',
        { class: 'buttons' },
        button(t('enquete.save'), () => void this.#save(), { class: 'button', focusKey: 'save', testId: 'save' }),
        button(t('enquete.send'), () => this.#toConfirm(), { class: 'button primary', focusKey: 'send', testId: 'send' }),
      ),
      h('p', { class: 'muted', text: form.savedAt === null ? t('enquete.saveHint') : t('enquete.saveHintSaved') }),
    );
  }

  /** Checks the answers on this side; shows what is missing and focuses the first, or returns the answers. */
  #checked(): ReturnType<AnswerSheet['toInput']> | null {
    const sheet = this.#sheet;
    if (sheet === null) return null;
    this.#problems = sheet.problems();
    if (this.#problems.length === 0) return sheet.toInput();
    this.#showProblems(t('enquete.problems', { count: this.#problems.length }));
    return null;
  }

  #showProblems(summary: string): void {
    this.#actionError = summary;
    this.#setPhase('edit');
    this.#render();
    const first = this.#problems[0];
    if (first !== undefined) {
      const partnerIndex = this.#sheet?.partners.findIndex((partner) => partner.key === first.partner) ?? -1;
      const id = controlId(partnerIndex, first.relation, first.field);
      const target = this.#root.querySelector<HTMLElement>(first.field === 'type' ? `#${id}` : first.field === 'partner' ? `#${controlId(partnerIndex, first.relation, 'type')}` : `input[name="${id}"]`);
      target?.focus();
    }
    this.#announce(summary);
  }

  async #save(): Promise<void> {
    const answers = this.#checked();
    if (answers === null || this.#token === null) return;
    const form = await this.#submit(answers, false);
    if (form === null) return;
    this.#open(form);
    this.#announce(t('enquete.saved', { moment: form.savedAt === null ? '' : momentInWords(form.savedAt) }));
  }

  #toConfirm(): void {
    if (this.#checked() === null) return;
    this.#actionError = null;
    this.#setPhase('confirm');
    this.#render();
    this.#focusHeading();
  }

  async #send(): Promise<void> {
    const answers = this.#checked();
    if (answers === null) return;
    const form = await this.#submit(answers, true);
    if (form === null) return;
    this.#open(form);
    this.#focusHeading();
    this.#announce(t('enquete.sent'));
  }

  /** Saves or sends; on a refusal shows it where it belongs and answers null. */
  async #submit(answers: ReturnType<AnswerSheet['toInput']>, send: boolean): Promise<SurveyFormData | null> {
    // A second press while the first request runs is ignored; the buttons stay enabled so the focus stays on them.
    if (this.#token === null || this.#busy) return null;
    this.#busy = true;
    this.#announce(send ? t('enquete.sending') : t('enquete.saving'));
    try {
      const { saveSurveyAnswers } = await this.#client.request(SAVE_SURVEY_ANSWERS, { token: this.#token, answers, send });
      this.#actionError = null;
      return saveSurveyAnswers;
    } catch (error) {
      this.#refused(error);
      return null;
    } finally {
      this.#busy = false;
    }
  }

  #refused(error: unknown): void {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      this.#fail('unknownLink', error.message);
      return;
    }
    if (error instanceof ApiError && error.code === 'CONFLICT') {
      // Sent already (in another tab, say): show what was sent.
      void this.load();
      return;
    }
    if (error instanceof ApiError && error.code === 'FORBIDDEN') {
      this.#showProblems(t('enquete.failure.closed.text'));
      return;
    }
    const problems: readonly Problem[] = error instanceof ApiError ? error.problems : [];
    const { placed, general } = this.#sheet?.placeProblems(problems) ?? { placed: [], general: [...problems] };
    this.#problems = placed;
    const generalText = general.map((problem) => problem.message).join(' ');
    this.#showProblems(placed.length > 0 ? [t('enquete.problems', { count: placed.length }), generalText].join(' ').trim() : `${errorSummary(error)} ${generalText}`.trim());
  }

  // --- Checking and sending ---------------------------------------------------------------------

  #summary(sheet: AnswerSheet): HTMLElement {
    if (sheet.partners.length === 0) return h('p', { text: t('enquete.confirm.nothing'), attrs: { 'data-testid': 'summary-empty' } });
    return h(
      'ul',
      { class: 'summary', attrs: { 'data-testid': 'summary' } },
      sheet.partners.map((partner) =>
        h(
          'li',
          {},
          h('strong', { text: partner.name }),
          partner.actor === null ? h('span', { class: 'tag', text: t('enquete.answers.otherTag') }) : null,
          h(
            'ul',
            {},
            partner.relations.map((relation) =>
              h('li', {
                text: [relationWords(relation.type), relation.frequency === null ? '' : frequencyWords(relation.frequency), t('enquete.confirm.importance', { importance: relation.importance ?? '' })].join(' · '),
              }),
            ),
          ),
        ),
      ),
    );
  }

  #confirmView(form: SurveyFormData, sheet: AnswerSheet): HTMLElement {
    const answers = sheet.partners.reduce((sum, partner) => sum + partner.relations.length, 0);
    return h(
      'section',
      { class: 'block', attrs: { 'aria-labelledby': 'step-heading' } },
      h('h2', { id: 'step-heading', text: t('enquete.confirm.heading'), attrs: { tabindex: -1 } }),
      h('p', { text: t('enquete.confirm.text', { count: answers, partners: sheet.partners.length, name: form.respondent.name }) }),
      this.#summary(sheet),
      h('p', { class: 'muted', text: t('enquete.confirm.final') }),
      this.#actionError === null ? null : h('p', { class: 'error', text: this.#actionError, attrs: { role: 'alert' } }),
      h(
        'div',
        { class: 'buttons' },
        button(
          t('enquete.confirm.back'),
          () => {
            this.#setPhase('edit');
            this.#render();
            this.#root.querySelector<HTMLElement>('[data-focus-key="send"]')?.focus();
          },
          { class: 'button', focusKey: 'back', testId: 'back' },
        ),
        button(t('enquete.confirm.send'), () => void this.#send(), { class: 'button primary', focusKey: 'send-final', testId: 'send-final' }),
      ),
    );
  }

  #sentView(form: SurveyFormData, sheet: AnswerSheet): HTMLElement {
    return h(
      'section',
      { class: 'block', attrs: { 'aria-labelledby': 'step-heading', 'data-testid': 'sent' } },
      h('h2', { id: 'step-heading', text: t('enquete.sentView.heading'), attrs: { tabindex: -1 } }),
      h('p', { text: t('enquete.sentView.text', { moment: form.sentAt === null ? '' : momentInWords(form.sentAt) }) }),
      this.#summary(sheet),
      h('p', { class: 'muted', text: t('enquete.sentView.after') }),
    );
  }

  #failureView(): HTMLElement {
    const failure: { kind: Failure; detail: string } = this.#failure ?? { kind: 'other', detail: '' };
    return h(
      'section',
      { class: 'block failure', attrs: { 'data-testid': 'failure', 'data-failure': failure.kind } },
      h('h1', { id: 'step-heading', text: t(`enquete.failure.${failure.kind}.heading`), attrs: { tabindex: -1 } }),
      h('p', { text: t(`enquete.failure.${failure.kind}.text`) }),
      failure.kind === 'other' ? h('p', { class: 'muted', text: failure.detail }) : null,
      failure.kind === 'other' ? button(t('enquete.failure.retry'), () => void this.load(), { class: 'button', focusKey: 'retry' }) : null,
    );
  }

  #focusHeading(): void {
    this.#root.querySelector<HTMLElement>('#step-heading')?.focus();
  }
}
