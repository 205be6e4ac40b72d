/**
 * The edit panel's pieces that hold no state of their own: the form models (what the actor
 * and link forms carry, filled from the API or empty), the id made from a name, and small
 * form controls.
 */
import type { EditableActor } from '../api/operations/editing';
import type { Domain } from '../api/operations/operation';
import { h, uniqueId } from './dom';

/** An id from a name: lower case, no accents, words joined by hyphens (as the seed's ids). */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export interface ActorForm {
  id: string;
  idTouched: boolean;
  name: string;
  type: string;
  domain: Domain;
  domainTouched: boolean;
  region: string;
  gemeente: string;
  person: string;
  description: string;
  illustrative: boolean;
  unconfirmed: boolean;
  /** Contract §8, as typed: YYYY, YYYY-MM or YYYY-MM-DD, or empty for an open end. */
  since: string;
  until: string;
  domains: readonly Domain[];
  existing: boolean;
  /** The version the form was filled from (null for a new actor). */
  version: number | null;
}

export interface LinkForm {
  from: string | null;
  to: string | null;
  type: string;
  source: string;
  freeSource: string;
  quote: string;
  unconfirmed: boolean;
  since: string;
  until: string;
}

export const OTHER_SOURCE = '__other__';

export function emptyActorForm(): ActorForm {
  return { id: '', idTouched: false, name: '', type: 'werkgever', domain: 'EZ', domainTouched: false, region: '', gemeente: '', person: '', description: '', illustrative: false, unconfirmed: false, since: '', until: '', domains: [], existing: false, version: null };
}

export function formFromActor(actor: EditableActor): ActorForm {
  return {
    id: actor.id,
    idTouched: true,
    name: actor.name,
    type: actor.type,
    domain: actor.domain,
    domainTouched: true,
    region: actor.region?.id ?? '',
    gemeente: actor.gemeente ?? '',
    person: actor.person ?? '',
    description: actor.description ?? '',
    illustrative: actor.illustrative,
    unconfirmed: actor.unconfirmed,
    since: actor.since ?? '',
    until: actor.until ?? '',
    domains: actor.domains,
    existing: true,
    version: actor.version,
  };
}

export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** A labelled form control with an optional hint below it. */
export const field = (label: string, control: HTMLElement, hint?: string): HTMLElement => {
  const id = control.id === '' ? uniqueId('field') : control.id;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { class: 'field-label', text: label, attrs: { for: id } }), control, hint === undefined ? null : h('span', { class: 'field-hint', text: hint }));
};

/**
 * A date field (since or until). The rules are the server's: its refusal of this field is
 * shown under the input, which is marked invalid, rather than only in the list of problems.
 */
export function dateField(label: string, hint: string, value: string, onInput: (value: string) => void, refusal: string | undefined, testId: string): HTMLElement {
  const control = input(value, onInput, { inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', 'data-testid': testId, 'aria-invalid': refusal === undefined ? undefined : 'true' });
  const wrapper = field(label, control, hint);
  if (refusal !== undefined) {
    const message = h('span', { class: 'field-hint field-refusal', id: uniqueId('refusal'), text: refusal, attrs: { 'data-testid': `${testId}-refusal` } });
    control.setAttribute('aria-describedby', message.id);
    wrapper.append(message);
  }
  return wrapper;
}

/** A text input that reports each change. */
export const input = (value: string, onInput: (value: string) => void, attrs: Record<string, string | boolean | undefined> = {}): HTMLInputElement =>
  h('input', { attrs: { type: 'text', value, ...attrs }, on: { input: (event) => onInput((event.target as HTMLInputElement).value) } });

/** A select over (value, text) items. */
export const options = (items: readonly { value: string; text: string }[], value: string, onChange: (value: string) => void, testId?: string): HTMLSelectElement => {
  const element = h(
    'select',
    { attrs: { 'data-testid': testId }, on: { change: () => onChange(element.value) } },
    items.map((item) => h('option', { text: item.text, attrs: { value: item.value, selected: item.value === value } })),
  );
  element.value = value;
  return element;
};
