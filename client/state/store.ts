/**
 * A minimal observable store: get, set (a value or a producer) and subscribe. Listeners get
 * the new and the previous state, so each can react only to the slice it shows
 * ({@link watch}).
 */
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  set(next: S | ((state: S) => S)): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  /** The state every listener has been told about. */
  let notified = initial;
  let dispatching = false;
  const listeners = new Set<Listener<S>>();

  // A set() from inside a listener is delivered after the current round, in order, so
  // every listener sees each change once and never an older state after a newer one.
  const flush = (): void => {
    if (dispatching) return;
    dispatching = true;
    try {
      while (!Object.is(state, notified)) {
        const previous = notified;
        const current = state;
        notified = current;
        for (const listener of [...listeners]) listener(current, previous);
      }
    } finally {
      dispatching = false;
    }
  };

  return {
    get: () => state,
    set(next) {
      state = typeof next === 'function' ? (next as (state: S) => S)(state) : next;
      flush();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Calls `listener` when the selected slice changes (by `Object.is`, or per element for arrays). */
export function watch<S, T>(store: Store<S>, selector: (state: S) => T, listener: (value: T, previous: T) => void): () => void {
  return store.subscribe((state, previous) => {
    const value = selector(state);
    const before = selector(previous);
    if (!sameSlice(value, before)) listener(value, before);
  });
}

function sameSlice(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, index) => Object.is(item, b[index]));
}
