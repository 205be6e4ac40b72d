/**
 * Keeping the map: add or edit an actor (upsertActor replaces every field, so the form
 * carries them all) and add a link with its source and quote (addLink). A suggested link
 * opens here with both ends filled in. After a save the network is read again, so the map,
 * the lists and the measures show the change; a refusal lists the server's problems.
 */
import { ApiError } from '../api/graphql-client';
import { ADD_LINK, EDITABLE_ACTOR, UPSERT_ACTOR, type ActorInput, type EditableActor } from '../api/operations/editing';
import type { Domain } from '../api/operations/operation';
import { t, vocabulary } from '../i18n/i18n';
import { updateView, type AppState } from '../state/app-state';
import { withEdit, withSelection, type EditRequest } from '../state/view-state';
import { createActorPicker } from './actor-picker';
import type { AppContext, SidePanel } from './app-context';
import { button, h } from './dom';
import { dateField, emptyActorForm, field, formFromActor, input, options, orNull, OTHER_SOURCE, slugify, type LinkForm } from './edit-fields';
import { errorView } from './error-view';
import { definePanel, source } from './panel-definition';
import { panelHeader } from './panel-frame';

export function createEditPanel(context: AppContext): SidePanel {
  /** The request the drafts below were started for; a new request starts them again. */
  let request: EditRequest | null = null;
  let actorForm = emptyActorForm();
  let linkForm: LinkForm = { from: null, to: null, type: 'samenwerking', source: '', freeSource: '', quote: '', unconfirmed: false, since: '', until: '' };
  let problem: unknown = null;
  let saving = false;

  /** What the server said about one field of the record a form sends (`actor` or `link`), to show beside it. */
  const refusalOf = (record: string, fieldName: string): string | undefined =>
    problem instanceof ApiError ? problem.problems.find((item) => item.record === record && item.field === fieldName)?.message : undefined;

  const dateFields = (record: 'actor' | 'link', form: { since: string; until: string }): HTMLElement =>
    h(
      'div',
      { class: 'field-row' },
      dateField(t('edit.since'), t('edit.sinceHint'), form.since, (value) => (form.since = value), refusalOf(record, 'since'), `${record}-since`),
      dateField(t('edit.until'), t('edit.untilHint'), form.until, (value) => (form.until = value), refusalOf(record, 'until'), `${record}-until`),
    );

  const defaultDomain = (type: string): Domain =>
    context.store.get().data.reference.vocabulary.actorTypes.find((item) => item.id === type)?.defaultDomain ?? 'OVERIG';

  const regionItems = (): { value: string; text: string }[] => [
    { value: '', text: t('edit.noRegion') },
    ...[...context.store.get().data.reference.regions].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((region) => ({ value: region.id, text: region.name })),
  ];

  const saveActor = async (): Promise<void> => {
    const form = actorForm;
    const id = form.existing ? form.id : orNull(form.id) ?? slugify(form.name);
    const input: ActorInput = {
      id,
      name: form.name.trim(),
      type: form.type,
      domain: form.domain,
      domains: form.domains.length > 1 ? [form.domain, ...form.domains.filter((domain) => domain !== form.domain)] : [form.domain],
      region: orNull(form.region),
      gemeente: orNull(form.gemeente),
      person: orNull(form.person),
      description: orNull(form.description),
      illustrative: form.illustrative,
      unconfirmed: form.unconfirmed,
      since: orNull(form.since),
      until: orNull(form.until),
    };
    const saved = (await context.client.request(UPSERT_ACTOR, { actor: input, expectedVersion: form.existing ? form.version : null })).upsertActor;
    await context.reloadNetwork();
    context.announce(t(form.existing ? 'edit.actorSaved' : 'edit.actorAdded', { name: saved.name }));
    context.selectActor(saved.id, { focus: true });
  };

  const saveLink = async (): Promise<void> => {
    const form = linkForm;
    const source = form.source === OTHER_SOURCE ? orNull(form.freeSource) : orNull(form.source);
    if (form.from === null || form.to === null) throw new ApiError('BAD_USER_INPUT', t('edit.pickBoth'), [{ record: t('edit.link'), field: form.from === null ? t('paths.from') : t('paths.to'), message: t('edit.pickBoth') }]);
    if (source === null) throw new ApiError('BAD_USER_INPUT', t('edit.needSource'), [{ record: t('edit.link'), field: t('edit.source'), message: t('edit.needSource') }]);
    const link = { from: form.from, to: form.to, type: form.type, source, quote: orNull(form.quote), unconfirmed: form.unconfirmed, since: orNull(form.since), until: orNull(form.until) };
    await context.client.request(ADD_LINK, { link });
    const [from, to] = [form.from, form.to];
    await context.reloadNetwork();
    context.announce(t('edit.linkAdded', { from: context.graph.getNodeAttribute(from, 'name'), to: context.graph.getNodeAttribute(to, 'name') }));
    linkForm = { ...linkForm, to: null, quote: '', since: '', until: '' };
    context.selectActor(from, { focus: true });
  };

  const submit = (save: () => Promise<void>) => (event: SubmitEvent) => {
    event.preventDefault();
    if (saving) return;
    saving = true;
    problem = null;
    panel.refresh();
    save()
      .catch((error: unknown) => {
        problem = error;
      })
      .finally(() => {
        saving = false;
        panel.refresh();
        panel.element.querySelector<HTMLElement>('.alert')?.focus();
      });
  };

  const actorFormView = (): HTMLElement => {
    const form = actorForm;
    const types = context.store.get().data.reference.vocabulary.actorTypes;
    const nameInput = input(form.name, (value) => {
      form.name = value;
      if (!form.existing && !form.idTouched) {
        form.id = slugify(value);
        idInput.value = form.id;
      }
    }, { required: true, 'data-testid': 'actor-name', autocomplete: 'off' });
    const idInput = input(form.id, (value) => {
      form.id = value;
      form.idTouched = true;
    }, { readonly: form.existing, 'data-testid': 'actor-id', spellcheck: 'false' });
    const domainSelect = options(
      context.store.get().data.reference.vocabulary.domains.map((domain) => ({ value: domain, text: vocabulary('domain', domain) })),
      form.domain,
      (value) => {
        form.domain = value as Domain;
        form.domainTouched = true;
      },
      'actor-domain',
    );
    return h(
      'form',
      { class: 'form', attrs: { novalidate: true }, on: { submit: submit(saveActor) } },
      field(t('edit.name'), nameInput),
      field(t('edit.id'), idInput, form.existing ? t('edit.idFixed') : t('edit.idHint')),
      h(
        'div',
        { class: 'field-row' },
        field(
          t('edit.type'),
          options(
            [...types].map((type) => ({ value: type.id, text: vocabulary('type', type.id) })).sort((a, b) => a.text.localeCompare(b.text)),
            form.type,
            (value) => {
              form.type = value;
              if (!form.domainTouched) {
                form.domain = defaultDomain(value);
                domainSelect.value = form.domain;
              }
            },
            'actor-type',
          ),
        ),
        field(t('edit.domain'), domainSelect),
      ),
      field(t('edit.region'), options(regionItems(), form.region, (value) => (form.region = value), 'actor-region')),
      h('div', { class: 'field-row' }, field(t('edit.gemeente'), input(form.gemeente, (value) => (form.gemeente = value))), field(t('edit.person'), input(form.person, (value) => (form.person = value)), t('edit.personHint'))),
      field(t('edit.description'), h('textarea', { text: form.description, attrs: { rows: 3 }, on: { input: (event) => (form.description = (event.target as HTMLTextAreaElement).value) } })),
      dateFields('actor', form),
      h('label', { class: 'check-row' }, h('input', { attrs: { type: 'checkbox', checked: form.illustrative }, on: { change: (event) => (form.illustrative = (event.target as HTMLInputElement).checked) } }), h('span', { text: t('edit.illustrative') })),
      h('label', { class: 'check-row' }, h('input', { attrs: { type: 'checkbox', checked: form.unconfirmed }, on: { change: (event) => (form.unconfirmed = (event.target as HTMLInputElement).checked) } }), h('span', { text: t('edit.unconfirmed') })),
      problem === null ? null : errorView(problem),
      h(
        'div',
        { class: 'actions' },
        h('button', { class: 'button primary', text: saving ? t('edit.saving') : t('edit.saveActor'), attrs: { type: 'submit', disabled: saving, 'data-testid': 'save-actor' } }),
        form.existing ? button(t('common.cancel'), () => context.selectActor(form.id, { focus: false }), { class: 'button' }) : null,
      ),
    );
  };

  const linkFormView = (): HTMLElement => {
    const form = linkForm;
    const { reference } = context.store.get().data;
    const name = (id: string | null): string => (id !== null && context.graph.hasNode(id) ? context.graph.getNodeAttribute(id, 'name') : '');
    const fromPicker = createActorPicker({ graph: context.graph, label: t('paths.from'), placeholder: t('paths.pickPlaceholder'), initial: name(form.from), testId: 'link-from', onPick: (id) => (form.from = id) });
    const toPicker = createActorPicker({ graph: context.graph, label: t('paths.to'), placeholder: t('paths.pickPlaceholder'), initial: name(form.to), testId: 'link-to', onPick: (id) => (form.to = id) });
    const freeSource = input(form.freeSource, (value) => (form.freeSource = value), { placeholder: t('edit.freeSourceHint'), 'data-testid': 'link-free-source' });
    const freeField = field(t('edit.freeSource'), freeSource);
    freeField.hidden = form.source !== OTHER_SOURCE;
    const group = (label: string, kind: (sourceKind: string) => boolean): HTMLOptGroupElement =>
      h(
        'optgroup',
        { attrs: { label } },
        reference.sources.filter((source) => kind(source.kind)).map((source) => h('option', { text: source.title, attrs: { value: source.id, selected: source.id === form.source } })),
      );
    const sourceSelect = h(
      'select',
      {
        attrs: { 'data-testid': 'link-source' },
        on: {
          change: () => {
            form.source = sourceSelect.value;
            freeField.hidden = sourceSelect.value !== OTHER_SOURCE;
          },
        },
      },
      h('option', { text: t('edit.pickSource'), attrs: { value: '' } }),
      group(t('edit.documents'), (kind) => kind === 'document'),
      group(t('edit.publicSources'), (kind) => kind !== 'document'),
      h('option', { text: t('edit.otherSource'), attrs: { value: OTHER_SOURCE } }),
    );
    sourceSelect.value = form.source;
    return h(
      'form',
      { class: 'form', attrs: { novalidate: true }, on: { submit: submit(saveLink) } },
      fromPicker.element,
      toPicker.element,
      field(
        t('edit.linkType'),
        options(
          reference.vocabulary.linkTypes.map((type) => ({ value: type.id, text: vocabulary('link', type.id) })),
          form.type,
          (value) => (form.type = value),
          'link-type',
        ),
      ),
      field(t('edit.source'), sourceSelect, t('edit.sourceHint')),
      freeField,
      field(t('edit.quote'), h('textarea', { text: form.quote, attrs: { rows: 3, 'data-testid': 'link-quote' }, on: { input: (event) => (form.quote = (event.target as HTMLTextAreaElement).value) } }), t('edit.quoteHint')),
      dateFields('link', form),
      h('label', { class: 'check-row' }, h('input', { attrs: { type: 'checkbox', checked: form.unconfirmed }, on: { change: (event) => (form.unconfirmed = (event.target as HTMLInputElement).checked) } }), h('span', { text: t('edit.unconfirmed') })),
      problem === null ? null : errorView(problem),
      h('div', { class: 'actions' }, h('button', { class: 'button primary', text: saving ? t('edit.saving') : t('edit.saveLink'), attrs: { type: 'submit', disabled: saving, 'data-testid': 'save-link' } })),
    );
  };

  /** Fresh drafts for a new request: an actor's fields from the map until its record comes. */
  const start = (next: EditRequest): void => {
    request = next;
    problem = null;
    if (next.kind === 'actor') {
      const { id } = next;
      actorForm = id === null ? emptyActorForm() : { ...emptyActorForm(), id, name: context.graph.hasNode(id) ? context.graph.getNodeAttribute(id, 'name') : id, existing: true };
    } else {
      linkForm = { ...linkForm, from: next.from, to: next.to, quote: '', since: '', until: '' };
    }
  };

  const panel = definePanel<{ editable: EditableActor | null }>(context.store, {
    testId: 'edit-panel',
    sources: {
      editable: source(
        (state: AppState) => [state.view.edit] as const,
        ([edit]) => (edit.kind !== 'actor' || edit.id === null ? null : context.client.request(EDITABLE_ACTOR, { id: edit.id }, { key: 'editable-actor' }).then((answer) => answer.actor)),
      ),
    },
    loaded: {
      editable: (actor) => {
        if (actor !== null && request?.kind === 'actor' && request.id === actor.id) actorForm = formFromActor(actor);
      },
    },
    render(state, data) {
      const { edit } = state.view;
      if (edit !== request) start(edit);
      const failed = data.editable.status === 'error' ? data.editable.error : null;
      const tabs = h(
        'div',
        { class: 'tabs', attrs: { role: 'tablist', 'aria-label': t('edit.title') } },
        (['actor', 'link'] as const).map((kind) =>
          h('button', {
            class: edit.kind === kind ? 'tab on' : 'tab',
            text: kind === 'actor' ? t('edit.tabActor') : t('edit.tabLink'),
            attrs: { type: 'button', role: 'tab', 'aria-selected': String(edit.kind === kind), 'data-testid': `edit-tab-${kind}` },
            on: {
              click: () => context.store.set(updateView((view) => withEdit(view, kind === 'actor' ? { kind, id: null } : { kind, from: linkForm.from, to: linkForm.to }))),
            },
          }),
        ),
      );
      const title = edit.kind === 'actor' ? (actorForm.existing ? t('edit.editActor', { name: actorForm.name }) : t('edit.newActor')) : t('edit.newLink');
      const back = { text: t('common.close'), onClick: () => context.store.set(updateView((view) => withSelection({ ...view, side: 'mode' }, view.selection))) };
      return [
        panelHeader(title, edit.kind === 'actor' ? t('edit.actorIntro') : t('edit.linkIntro'), back),
        h('div', { class: 'panel-body' }, tabs, failed === null ? null : errorView(failed), edit.kind === 'actor' ? actorFormView() : linkFormView()),
      ];
    },
    activated(element) {
      // The first field still to fill: a link opened from an actor starts at its other end.
      const fields = [...element.querySelectorAll<HTMLInputElement>('input:not([readonly])')];
      (fields.find((field) => field.value === '') ?? fields[0])?.focus();
    },
  });
  return panel;
}
