/**
 * A small read-only hook for the end-to-end tests: `window.__brugkaart.ready` resolves when
 * the network is drawn and measured, `state()` reports the view and load state, `stats()`
 * the renderer's figures, `regionMap()` those of the regions map. Nothing here changes the
 * app; tests drive it through the page.
 */
import type { RegionMapHandle, RegionMapStats } from './render/region-map';
import type { RendererHandle, RendererStats } from './render/renderer';
import type { LayoutStatus } from './render/layout';
import type { AppState } from './state/app-state';
import type { AnalysisScope } from './state/scope';
import type { Store } from './state/store';
import { showsRegionOverview } from './state/view-state';

export interface TestState {
  readonly status: AppState['data']['status'];
  readonly networkVersion: number;
  readonly measuresReady: boolean;
  readonly mode: string;
  readonly side: string;
  readonly selection: string | null;
  readonly region: string | null;
  /** The regions map is on the stage (state/view-state `showsRegionOverview`). */
  readonly regionOverview: boolean;
  readonly language: string;
  readonly sizeBy: string;
  readonly colourBy: string;
  readonly showSuggestions: boolean;
  readonly hiddenTypes: readonly string[];
  readonly hiddenDomains: readonly string[];
  readonly emphasis: { readonly nodes: readonly string[]; readonly edges: readonly string[]; readonly primary: readonly string[] } | null;
  readonly layout: LayoutStatus | null;
  /** The signed-in role, null without a token. */
  readonly role: string | null;
  /** What counts in the figures (state/scope.ts). */
  readonly scope: AnalysisScope;
}

export interface BrugkaartTestHook {
  readonly ready: Promise<void>;
  state(): TestState | null;
  stats(): RendererStats | null;
  regionMap(): RegionMapStats | null;
}

declare global {
  interface Window {
    __brugkaart?: BrugkaartTestHook;
  }
}

interface HookedParts {
  readonly store: Store<AppState>;
  readonly renderer: RendererHandle;
  readonly regionMap: RegionMapHandle;
}

export interface TestHookControl {
  ready(parts: HookedParts): void;
  fail(error: unknown): void;
}

export function installTestHook(): TestHookControl {
  let parts: HookedParts | null = null;
  let resolve: () => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const ready = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  ready.catch(() => undefined);
  window.__brugkaart = {
    ready,
    state() {
      if (parts === null) return null;
      const { view, data } = parts.store.get();
      return {
        status: data.status,
        networkVersion: data.networkVersion,
        measuresReady: data.measuresReady,
        mode: view.mode,
        side: view.side,
        selection: view.selection,
        region: view.filters.region,
        regionOverview: showsRegionOverview(view),
        language: view.language,
        sizeBy: view.sizeBy,
        colourBy: view.colourBy,
        showSuggestions: view.showSuggestions,
        hiddenTypes: [...view.filters.hiddenTypes],
        hiddenDomains: [...view.filters.hiddenDomains],
        emphasis: view.emphasis === null ? null : { nodes: [...view.emphasis.nodes], edges: [...view.emphasis.edges], primary: [...view.emphasis.primary] },
        layout: parts.renderer.layout.status(),
        role: data.session.role,
        scope: view.scope,
      };
    },
    stats: () => parts?.renderer.stats() ?? null,
    regionMap: () => parts?.regionMap.stats() ?? null,
  };
  return {
    ready(next) {
      parts = next;
      resolve();
    },
    fail: reject,
  };
}
