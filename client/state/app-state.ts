/**
 * The whole client state: the view (view-state.ts) and the data the API gave (reference
 * data, measures, load status). The graphology graph itself lives beside the store, because
 * sigma and the layout mutate it in place; `networkVersion` counts its content changes so
 * panels know when to ask the API again.
 */
import type { Measures } from '../api/operations/analytics';
import type { ReferenceData } from '../api/operations/network';
import { INITIAL_PANELS, type PanelState } from './panel-state';
import { ANONYMOUS, type Session } from './session';
import { INITIAL_VIEW, type ViewState } from './view-state';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface DataState {
  readonly status: LoadStatus;
  /** A plain-words message when loading failed. */
  readonly error: string | null;
  readonly reference: ReferenceData;
  readonly measures: ReadonlyMap<string, Measures>;
  /** Whether the measures came (the analytics can be unavailable while the network is not). */
  readonly measuresReady: boolean;
  readonly networkVersion: number;
  /** Who is signed in, and so what the explorer offers. */
  readonly session: Session;
}

export interface AppState {
  readonly view: ViewState;
  readonly data: DataState;
  /** What each panel shows besides its data (state/panel-state.ts). */
  readonly panels: PanelState;
}

export const EMPTY_REFERENCE: ReferenceData = {
  vocabulary: { actorTypes: [], domains: ['SZ', 'EZ', 'ONDERWIJS', 'OVERIG'], linkTypes: [] },
  regions: [],
  sources: [],
};

export const INITIAL_STATE: AppState = {
  view: INITIAL_VIEW,
  data: {
    status: 'loading',
    error: null,
    reference: EMPTY_REFERENCE,
    measures: new Map(),
    measuresReady: false,
    networkVersion: 0,
    session: ANONYMOUS,
  },
  panels: INITIAL_PANELS,
};

/** Applies a view producer inside the app state. */
export const updateView =
  (producer: (view: ViewState) => ViewState) =>
  (state: AppState): AppState => {
    const view = producer(state.view);
    return view === state.view ? state : { ...state, view };
  };

export const updateData =
  (patch: Partial<DataState>) =>
  (state: AppState): AppState => ({ ...state, data: { ...state.data, ...patch } });

/** Applies a producer to one panel's slice of the panel state. */
export const updatePanel =
  <K extends keyof PanelState>(panel: K, producer: (slice: PanelState[K]) => PanelState[K]) =>
  (state: AppState): AppState => {
    const slice = producer(state.panels[panel]);
    return slice === state.panels[panel] ? state : { ...state, panels: { ...state.panels, [panel]: slice } };
  };
