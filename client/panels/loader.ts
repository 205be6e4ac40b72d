/**
 * The loading state of one panel's data: idle, loading, ready or failed, for one key (e.g.
 * the region plus the network version). Asking again for the key it holds costs nothing;
 * an answer for a key that is no longer wanted, or a superseded request, is dropped.
 */
import { isAborted } from '../api/graphql-client';

export interface Loadable<T> {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly data: T | null;
  readonly error: unknown;
  readonly key: string | null;
}

export interface Loader<T> {
  get(): Loadable<T>;
  load(key: string, fetch: () => Promise<T>): Promise<void>;
  /** Forgets the key, so the next load asks again. */
  invalidate(): void;
}

export function createLoader<T>(onChange: () => void): Loader<T> {
  let state: Loadable<T> = { status: 'idle', data: null, error: null, key: null };
  return {
    get: () => state,
    async load(key, fetch) {
      if (state.key === key && (state.status === 'ready' || state.status === 'loading')) return;
      state = { status: 'loading', data: state.data, error: null, key };
      onChange();
      try {
        const data = await fetch();
        if (state.key !== key) return;
        state = { status: 'ready', data, error: null, key };
      } catch (error) {
        if (isAborted(error) || state.key !== key) return;
        state = { status: 'error', data: null, error, key };
      }
      onChange();
    },
    invalidate() {
      state = { ...state, key: null };
    },
  };
}
