/**
 * What a panel may use: the store, the API client, the graph (read-only for panels), the
 * renderer's camera and picture, the regions map, and a few app actions. main.ts builds it;
 * panels never reach around it.
 */
import type { GraphQLClient } from '../api/graphql-client';
import type { RegionMapHandle } from '../render/region-map';
import type { RendererHandle } from '../render/renderer';
import type { AppState } from '../state/app-state';
import type { NetworkGraph } from '../state/network-graph';
import type { Store } from '../state/store';

export interface AppContext {
  readonly store: Store<AppState>;
  readonly client: GraphQLClient;
  readonly graph: NetworkGraph;
  readonly renderer: RendererHandle;
  /** The regions map of the regions mode (read-only for panels). */
  readonly regionMap: RegionMapHandle;
  /** Selects an actor (null clears), opens its panel and, unless told otherwise, moves the camera to it. */
  selectActor(id: string | null, options?: { readonly focus?: boolean }): void;
  /** Reads the network and the measures again after an edit; resolves when the view shows it. */
  reloadNetwork(): Promise<void>;
  /** A short message in the status line. */
  announce(message: string): void;
  /** Keeps the token and asks the server who it belongs to; rejects (and forgets it) when the server does not know it. */
  signIn(token: string): Promise<void>;
  /** Forgets the token: back to what anonymous callers may do. */
  signOut(): void;
}

/**
 * A panel: one per mode, plus actor, edit, export and sign-in in the right-hand column, and the
 * parts that are always in view (tabs, tools, scope, filters, legend, the map as a list). Made
 * by `definePanel` (panels/panel-definition.ts).
 */
export interface SidePanel {
  readonly element: HTMLElement;
  /** The panel comes into view: it subscribes to the store, loads what it watches and renders. */
  activate(): void;
  /** It leaves the view: it unsubscribes, and answers still on their way are ignored. */
  deactivate(): void;
  /** A click on an actor in the map while this panel shows; true when the panel used it. */
  readonly graphClick?: (id: string) => boolean;
}
