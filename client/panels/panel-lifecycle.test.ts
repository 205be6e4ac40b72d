/** The one panel lifecycle: subscribed only while active, loads only on what it watches, ignores stale answers. */
import { describe, expect, it } from 'vitest';

import { ApiError } from '../api/graphql-client';
import { createStore, type Store } from '../state/store';
import { createLifecycle, source, type Loaded } from './panel-lifecycle';

interface TestState {
  readonly region: string;
  readonly language: string;
  readonly hover: string | null;
}

/** A load whose answer the test gives when it wants, to order answers by hand. */
interface Pending {
  readonly region: string;
  resolve(answer: string): void;
  reject(error: unknown): void;
}

function setUp(): { store: Store<TestState>; pending: Pending[]; renders: Loaded<{ figures: string }>[]; lifecycle: ReturnType<typeof createLifecycle<TestState, { figures: string }>>; listeners: () => number } {
  const base = createStore<TestState>({ region: 'a', language: 'nl', hover: null });
  let count = 0;
  // The store as the lifecycle sees it, counting the subscriptions it holds.
  const store: Store<TestState> = {
    get: base.get,
    set: base.set,
    subscribe(listener) {
      count += 1;
      const release = base.subscribe(listener);
      return () => {
        count -= 1;
        return release();
      };
    },
  };
  const pending: Pending[] = [];
  const renders: Loaded<{ figures: string }>[] = [];
  const lifecycle = createLifecycle<TestState, { figures: string }>(store, {
    sources: {
      figures: source(
        (state: TestState) => [state.region] as const,
        ([region]) =>
          new Promise<string>((resolve, reject) => {
            pending.push({ region, resolve, reject });
          }),
      ),
    },
    shows: (state) => [state.language],
    render: (_state, data) => renders.push(data),
  });
  return { store, pending, renders, lifecycle, listeners: () => count };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLifecycle', () => {
  it('subscribes on activate and unsubscribes on deactivate', () => {
    const { lifecycle, listeners, store, pending } = setUp();
    expect(listeners()).toBe(0);
    lifecycle.activate();
    expect(listeners()).toBe(1);
    expect(lifecycle.active()).toBe(true);
    lifecycle.deactivate();
    expect(listeners()).toBe(0);
    expect(lifecycle.active()).toBe(false);
    // A change while inactive asks for nothing.
    store.set((state) => ({ ...state, region: 'b' }));
    expect(pending.map((item) => item.region)).toEqual(['a']);
  });

  it('loads again only when what it watches changes', () => {
    const { lifecycle, store, pending, renders } = setUp();
    lifecycle.activate();
    expect(pending.map((item) => item.region)).toEqual(['a']);
    store.set((state) => ({ ...state, hover: 'x' }));
    expect(pending).toHaveLength(1);
    const rendersBefore = renders.length;
    store.set((state) => ({ ...state, language: 'en' }));
    expect(pending).toHaveLength(1);
    expect(renders.length).toBe(rendersBefore + 1);
    // A new state object with the same watched value is no change.
    store.set((state) => ({ ...state, region: 'a' }));
    expect(pending).toHaveLength(1);
    store.set((state) => ({ ...state, region: 'b' }));
    expect(pending.map((item) => item.region)).toEqual(['a', 'b']);
  });

  it('ignores an answer a newer load superseded', async () => {
    const { lifecycle, store, pending } = setUp();
    lifecycle.activate();
    store.set((state) => ({ ...state, region: 'b' }));
    pending[1]?.resolve('answer for b');
    await settle();
    pending[0]?.resolve('answer for a');
    await settle();
    expect(lifecycle.data().figures).toEqual({ status: 'ready', data: 'answer for b', error: null });
  });

  it('ignores an answer that arrives after deactivation, and asks again on the next activation', async () => {
    const { lifecycle, pending, renders } = setUp();
    lifecycle.activate();
    lifecycle.deactivate();
    const rendersBefore = renders.length;
    pending[0]?.resolve('late');
    await settle();
    expect(renders.length).toBe(rendersBefore);
    expect(lifecycle.data().figures.data).toBeNull();
    lifecycle.activate();
    expect(pending.map((item) => item.region)).toEqual(['a', 'a']);
  });

  it('keeps an answer across deactivation when nothing it watches changed', async () => {
    const { lifecycle, pending } = setUp();
    lifecycle.activate();
    pending[0]?.resolve('kept');
    await settle();
    lifecycle.deactivate();
    lifecycle.activate();
    expect(pending).toHaveLength(1);
    expect(lifecycle.data().figures.data).toBe('kept');
  });

  it('shows an error, drops a superseded (aborted) request silently, and retries a failure on the next activation', async () => {
    const { lifecycle, store, pending } = setUp();
    lifecycle.activate();
    pending[0]?.reject(new ApiError('INTERNAL_SERVER_ERROR', 'boom'));
    await settle();
    expect(lifecycle.data().figures.status).toBe('error');
    store.set((state) => ({ ...state, region: 'b' }));
    pending[1]?.reject(new ApiError('ABORTED', 'superseded'));
    await settle();
    expect(lifecycle.data().figures.status).toBe('loading');
    lifecycle.deactivate();
    lifecycle.activate();
    expect(pending.map((item) => item.region)).toEqual(['a', 'b', 'b']);
  });
});
