/**
 * The one lifecycle of a panel, without DOM: while active it is subscribed to the store;
 * each data source declares what it watches (a tuple of values, compared element by element
 * with `Object.is`) and how it loads, and loads again only when that tuple changes; an answer
 * that arrives after a newer load started, or after the panel was deactivated, is ignored.
 * What the picture alone depends on (`shows`) re-renders without loading. Deactivating
 * unsubscribes, so a hidden panel costs nothing and cannot act on a stale state.
 * panels/panel-definition.ts puts the DOM, the frame and the map emphasis around it.
 */
import { isAborted } from '../api/graphql-client';
import type { Store } from '../state/store';

/** The values a load or a picture depends on, compared element by element with `Object.is`. */
export type Watched = readonly unknown[];

export interface Loadable<T> {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** The last answer; kept while the next one loads, so the panel does not flash empty. */
  readonly data: T | null;
  readonly error: unknown;
}

export interface DataSource<S, T> {
  readonly watch: (state: S) => Watched;
  /** The data for a state; null when this state needs none (the source is then idle). */
  readonly load: (state: S) => Promise<T> | null;
}

/** A data source: `load` gets what `watch` picked, so it cannot read more than it watches. */
export function source<S, W extends Watched, T>(watch: (state: S) => W, load: (watched: W) => Promise<T> | null): DataSource<S, T> {
  return { watch, load: (state) => load(watch(state)) };
}

export type Sources<S, D> = { readonly [K in keyof D]: DataSource<S, D[K]> };
export type Loaded<D> = { readonly [K in keyof D]: Loadable<D[K]> };

export interface LifecycleSpec<S, D> {
  readonly sources: Sources<S, D>;
  /** What the picture depends on besides the data; a change re-renders. */
  readonly shows?: ((state: S) => Watched) | undefined;
  /** Draws the panel; called on activate, on every change of `shows` and of a source's state. */
  readonly render: (state: S, data: Loaded<D>) => void;
  /** Runs once per fresh answer, before the render it causes (e.g. to reset a choice). */
  readonly loaded?: { readonly [K in keyof D]?: (data: D[K], state: S) => void } | undefined;
}

export interface Lifecycle<D> {
  activate(): void;
  deactivate(): void;
  readonly active: () => boolean;
  readonly data: () => Loaded<D>;
  /** Draws again now, e.g. after a change of the panel's own transient state (a form being saved). */
  refresh(): void;
}

export function sameWatched(a: Watched, b: Watched): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

interface SourceSlot<S> {
  readonly source: DataSource<S, unknown>;
  loadable: Loadable<unknown>;
  /** What the held answer (or the running load) was asked for; null: ask again. */
  watched: Watched | null;
  /** Counts loads; an answer whose count is not the latest is stale. */
  generation: number;
}

const IDLE: Loadable<never> = { status: 'idle', data: null, error: null };

export function createLifecycle<S, D>(store: Store<S>, spec: LifecycleSpec<S, D>): Lifecycle<D> {
  const slots = new Map<keyof D, SourceSlot<S>>();
  for (const key of Object.keys(spec.sources) as (keyof D)[]) {
    slots.set(key, { source: spec.sources[key] as DataSource<S, unknown>, loadable: IDLE, watched: null, generation: 0 });
  }
  let unsubscribe: (() => void) | null = null;

  const data = (): Loaded<D> => Object.fromEntries([...slots].map(([key, slot]) => [key, slot.loadable])) as Loaded<D>;
  const render = (): void => spec.render(store.get(), data());

  const start = (key: keyof D, slot: SourceSlot<S>, state: S): void => {
    slot.generation += 1;
    const generation = slot.generation;
    slot.watched = slot.source.watch(state);
    const pending = slot.source.load(state);
    if (pending === null) {
      slot.loadable = IDLE;
      return;
    }
    slot.loadable = { status: 'loading', data: slot.loadable.data, error: null };
    const current = (): boolean => unsubscribe !== null && slot.generation === generation;
    pending.then(
      (answer) => {
        if (!current()) return;
        slot.loadable = { status: 'ready', data: answer, error: null };
        spec.loaded?.[key]?.(answer as D[keyof D], store.get());
        render();
      },
      (error: unknown) => {
        if (!current() || isAborted(error)) return;
        slot.loadable = { status: 'error', data: null, error };
        render();
      },
    );
  };

  /** Starts every source whose watched values changed (or that holds no answer); true when one did. */
  const loadChanged = (state: S, again: (slot: SourceSlot<S>) => boolean): boolean => {
    let started = false;
    for (const [key, slot] of slots) {
      if (slot.watched !== null && sameWatched(slot.watched, slot.source.watch(state)) && !again(slot)) continue;
      start(key, slot, state);
      started = true;
    }
    return started;
  };

  return {
    activate() {
      if (unsubscribe !== null) return;
      unsubscribe = store.subscribe((state, previous) => {
        const loading = loadChanged(state, () => false);
        const shows = spec.shows !== undefined && !sameWatched(spec.shows(state), spec.shows(previous));
        if (loading || shows) render();
      });
      // An answer that failed is asked for again when the panel comes back.
      loadChanged(store.get(), (slot) => slot.loadable.status === 'error');
      render();
    },
    deactivate() {
      unsubscribe?.();
      unsubscribe = null;
      for (const slot of slots.values()) {
        // The running load's answer will be ignored, so the next activation must ask again.
        if (slot.loadable.status === 'loading') slot.watched = null;
      }
    },
    active: () => unsubscribe !== null,
    data,
    refresh() {
      if (unsubscribe !== null) render();
    },
  };
}
