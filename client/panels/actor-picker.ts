/**
 * Find an actor by name as you type: a combobox (ARIA 1.2 pattern) over the actors in the
 * graph. Matches ignore case and accents; a name that starts with the text ranks first, then
 * a word that starts with it, then any part. Arrow keys move through the list, Enter picks the
 * highlighted match (the first when none is),
 * Escape closes the list, a second one empties the field, a third goes to the page (back).
 */
import { t, vocabulary } from '../i18n/i18n';
import type { NetworkGraph } from '../state/network-graph';
import { h, uniqueId } from './dom';

export interface ActorMatch {
  readonly id: string;
  readonly name: string;
  readonly actorType: string;
  readonly region: string | null;
}

const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Whether each token starts a word after the word the previous token started. */
function inOrder(words: readonly string[], tokens: readonly string[]): boolean {
  let from = 0;
  for (const token of tokens) {
    const index = words.findIndex((word, position) => position >= from && word.startsWith(token));
    if (index < 0) return false;
    from = index + 1;
  }
  return true;
}

/** The best matches for a text, best first (pure; exported for tests). */
export function findActors(graph: NetworkGraph, text: string, limit = 8): ActorMatch[] {
  const query = normalise(text.trim());
  if (query === '') return [];
  const tokens = query.split(/[\s–-]+/u).filter((token) => token !== '');
  const scored: { match: ActorMatch; score: number }[] = [];
  graph.forEachNode((id, attributes) => {
    const name = normalise(attributes.name);
    const words = name.split(/[\s\-–/(&'",.]+/u);
    let score: number;
    if (name.startsWith(query)) score = 0;
    else if (tokens.every((token) => words.some((word) => word.startsWith(token)))) score = inOrder(words, tokens) ? 1 : 1.5;
    else if (tokens.every((token) => name.includes(token)) || id.includes(query)) score = 2;
    else return;
    scored.push({ score, match: { id, name: attributes.name, actorType: attributes.actorType, region: attributes.region } });
  });
  scored.sort((a, b) => a.score - b.score || a.match.name.length - b.match.name.length || a.match.name.localeCompare(b.match.name));
  return scored.slice(0, limit).map((item) => item.match);
}

export interface ActorPickerOptions {
  readonly graph: NetworkGraph;
  readonly label: string;
  readonly placeholder: string;
  readonly onPick: (id: string) => void;
  /** Shown in the field when set (e.g. a chosen path end). */
  readonly initial?: string | undefined;
  readonly regionName?: ((id: string) => string) | undefined;
  readonly testId?: string | undefined;
  /** Keeps the keyboard focus in the field when its panel is drawn again (panels/dom.ts `rerender`). */
  readonly focusKey?: string | undefined;
  readonly hideLabel?: boolean | undefined;
}

export interface ActorPicker {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  setValue(text: string): void;
}

export function createActorPicker(options: ActorPickerOptions): ActorPicker {
  const listId = uniqueId('picker-list');
  const inputId = uniqueId('picker-input');
  let matches: ActorMatch[] = [];
  let active = -1;

  const list = h('ul', { class: 'picker-list', id: listId, attrs: { role: 'listbox', 'aria-label': options.label } });
  const input = h('input', {
    id: inputId,
    class: 'picker-input',
    attrs: {
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: options.placeholder,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      'data-testid': options.testId,
      'data-focus-key': options.focusKey,
      value: options.initial,
    },
  });
  if (options.initial !== undefined) input.value = options.initial;

  const close = (): void => {
    matches = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const pick = (match: ActorMatch | undefined): void => {
    if (match === undefined) return;
    input.value = match.name;
    close();
    options.onPick(match.id);
  };

  const render = (): void => {
    list.replaceChildren(
      ...matches.map((match, index) =>
        h(
          'li',
          {
            id: `${listId}-${String(index)}`,
            class: index === active ? 'picker-option active' : 'picker-option',
            attrs: { role: 'option', 'aria-selected': index === active ? 'true' : 'false' },
            dataset: { id: match.id },
            on: {
              mousedown: (event) => {
                event.preventDefault();
                pick(match);
              },
            },
          },
          h('span', { class: 'picker-name', text: match.name }),
          h('span', {
            class: 'picker-meta',
            text: [vocabulary('type', match.actorType), match.region === null ? null : (options.regionName?.(match.region) ?? match.region)]
              .filter((part) => part !== null)
              .join(' · '),
          }),
        ),
      ),
    );
    if (matches.length === 0 && input.value.trim() !== '') list.append(h('li', { class: 'picker-empty', text: t('search.none') }));
    list.hidden = list.childElementCount === 0;
    input.setAttribute('aria-expanded', list.hidden ? 'false' : 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${String(active)}`);
    else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => {
    matches = findActors(options.graph, input.value);
    active = -1;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (matches.length === 0) matches = findActors(options.graph, input.value);
      if (matches.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + matches.length) % matches.length;
      render();
    } else if (event.key === 'Enter') {
      if (matches.length === 0) return;
      event.preventDefault();
      pick(matches[Math.max(0, active)]);
    } else if (event.key === 'Escape') {
      // Close the list, then empty the field; an Escape in an empty field goes to the page.
      if (!list.hidden) close();
      else if (input.value !== '') input.value = '';
      else return;
      event.stopPropagation();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 120));
  close();

  const labelElement = h('label', { class: options.hideLabel === true ? 'visually-hidden' : 'field-label', text: options.label, attrs: { for: inputId } });
  return {
    element: h('div', { class: 'picker' }, labelElement, input, list),
    input,
    setValue(text) {
      input.value = text;
    },
  };
}
