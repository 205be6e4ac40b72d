/**
 * How a panel is written: it declares what it loads (data sources, each with what it
 * watches), what else its picture shows, and how it renders (DOM from the state and the
 * data); `definePanel` does the rest with the one lifecycle of panels/panel-lifecycle.ts. The
 * chrome activates a panel when it comes into view (the panel subscribes to the store) and
 * deactivates it when it goes (it unsubscribes). The language always counts as shown. What a
 * mode puts forward on the map is declared too (`emphasis`), as a function of the same state
 * and data, and set only when it differs from what the map already shows.
 */
import { updateView, type AppState } from '../state/app-state';
import type { Store } from '../state/store';
import { withEmphasis, type Emphasis } from '../state/view-state';
import type { SidePanel } from './app-context';
import { fill, h, rerender, type Child } from './dom';
import { createLifecycle, sameWatched, type Loaded, type Sources, type Watched } from './panel-lifecycle';

export { source, type Loadable, type Loaded } from './panel-lifecycle';

/** What every figure of the analysis depends on: the region, the network's version and the scope. */
export const analysisWatch = (state: AppState) => [state.view.filters.region, state.data.networkVersion, state.view.scope] as const;

/** The data of a panel that loads nothing: no sources. */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- an empty record is what "no sources" means
export type NoData = Record<never, never>;

export interface PanelDefinition<D> {
  /** The panel's element: `section.panel` unless told otherwise, with this test id. */
  readonly testId: string;
  readonly tag?: 'section' | 'div';
  readonly className?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly sources: Sources<AppState, D>;
  readonly shows?: (state: AppState) => Watched;
  readonly render: (state: AppState, data: Loaded<D>) => Child | readonly Child[];
  /** The panel element's own attributes for a state (a label in the language, a class). */
  readonly decorate?: (element: HTMLElement, state: AppState) => void;
  readonly loaded?: { readonly [K in keyof D]?: (data: D[K], state: AppState) => void };
  /** What the panel puts forward on the map; undefined leaves the map as it is. */
  readonly emphasis?: (state: AppState, data: Loaded<D>) => Emphasis | null | undefined;
  /** A click on an actor in the map while the panel shows; true when the panel used it. */
  readonly graphClick?: (id: string) => boolean;
  /** After the first render of an activation (e.g. to put the focus on a form's first field). */
  readonly activated?: (element: HTMLElement) => void;
  /** When the panel leaves the view (e.g. to give back the room it widened). */
  readonly deactivated?: () => void;
}

export interface DefinedPanel extends SidePanel {
  /** Draws again now, for the panel's transient state (a form being saved, a refusal). */
  refresh(): void;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => sameWatched(a, b);

function sameEmphasis(a: Emphasis | null, b: Emphasis | null): boolean {
  if (a === null || b === null) return a === b;
  return sameList(a.nodes, b.nodes) && sameList(a.edges, b.edges) && sameList(a.primary, b.primary) && a.changes === b.changes;
}

export function definePanel<D>(store: Store<AppState>, definition: PanelDefinition<D>): DefinedPanel {
  const element = h(definition.tag ?? 'section', { class: definition.className ?? 'panel', attrs: { ...definition.attrs, 'data-testid': definition.testId } });
  const extraShows = definition.shows;
  const lifecycle = createLifecycle<AppState, D>(store, {
    sources: definition.sources,
    shows: (state) => (extraShows === undefined ? [state.view.language] : [state.view.language, ...extraShows(state)]),
    loaded: definition.loaded,
    render(state, data) {
      rerender(element, () => fill(element, definition.render(state, data)));
      definition.decorate?.(element, state);
      const emphasis = definition.emphasis?.(state, data);
      if (emphasis !== undefined && !sameEmphasis(emphasis, store.get().view.emphasis)) store.set(updateView((view) => withEmphasis(view, emphasis)));
    },
  });
  return {
    element,
    activate() {
      lifecycle.activate();
      definition.activated?.(element);
    },
    deactivate() {
      lifecycle.deactivate();
      definition.deactivated?.();
    },
    refresh: () => lifecycle.refresh(),
    ...(definition.graphClick === undefined ? {} : { graphClick: definition.graphClick }),
  };
}
