/**
 * Building DOM without a framework: `h(tag, props, ...children)` creates an element with
 * classes, attributes, text and listeners in one call; `clear` and `replaceChildren`
 * re-fill a container. Text always goes in as text, never as HTML.
 */
export type Child = Node | string | number | null | undefined | false;

type Listeners = { readonly [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };

export interface ElementProps {
  readonly class?: string | undefined;
  readonly id?: string | undefined;
  readonly text?: string | undefined;
  readonly title?: string | undefined;
  readonly attrs?: Readonly<Record<string, string | number | boolean | null | undefined>> | undefined;
  readonly dataset?: Readonly<Record<string, string>> | undefined;
  readonly on?: Listeners | undefined;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class !== undefined) element.className = props.class;
  if (props.id !== undefined) element.id = props.id;
  if (props.title !== undefined) element.title = props.title;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props.dataset ?? {})) element.dataset[name] = value;
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    if (listener !== undefined) element.addEventListener(type, listener as EventListener);
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces a container's content. */
export function fill(container: Element, ...children: readonly (Child | readonly Child[])[]): void {
  container.replaceChildren();
  append(container, children);
}

let counter = 0;
/** A page-unique id for label/aria wiring. */
export const uniqueId = (prefix: string): string => `${prefix}-${String((counter += 1))}`;

/**
 * Re-renders a container and puts the keyboard focus back on the element that had it,
 * matched by its `data-focus-key`, so a keyboard user keeps their place.
 */
export function rerender(container: Element, render: () => void): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset['focusKey'] : undefined;
  render();
  if (key === undefined) return;
  const again = container.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
  again?.focus();
}

/** A button; `focusKey` keeps focus across re-renders. */
export function button(
  text: string,
  onClick: (event: MouseEvent) => void,
  options: { readonly class?: string; readonly title?: string; readonly focusKey?: string; readonly testId?: string; readonly disabled?: boolean; readonly pressed?: boolean } = {},
): HTMLButtonElement {
  return h('button', {
    class: options.class ?? 'button',
    text,
    title: options.title,
    attrs: {
      type: 'button',
      'data-focus-key': options.focusKey,
      'data-testid': options.testId,
      disabled: options.disabled === true,
      'aria-pressed': options.pressed === undefined ? undefined : String(options.pressed),
    },
    on: { click: onClick },
  });
}

/** A labelled select with (value, text) options. */
export function select(
  label: string,
  options: readonly { readonly value: string; readonly text: string }[],
  value: string,
  onChange: (value: string) => void,
  extra: { readonly focusKey?: string; readonly testId?: string; readonly hideLabel?: boolean } = {},
): HTMLElement {
  const id = uniqueId('select');
  const element = h(
    'select',
    { id, attrs: { 'data-focus-key': extra.focusKey, 'data-testid': extra.testId }, on: { change: () => onChange(element.value) } },
    options.map((option) => h('option', { text: option.text, attrs: { value: option.value, selected: option.value === value } })),
  );
  element.value = value;
  return h('div', { class: 'field' }, h('label', { class: extra.hideLabel === true ? 'visually-hidden' : 'field-label', text: label, attrs: { for: id } }), element);
}
