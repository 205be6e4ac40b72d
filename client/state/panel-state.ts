/**
 * What each panel shows besides the data it loads: the ranking of Sleutelfiguren, the island
 * or community opened in Eilanden, the suggestions ticked and focused in Ontbrekende
 * verbindingen, the two ends of Wie verbindt wie, the region compared in Regio's, and whether
 * the map is shown as a list. It lives in the store, so a panel is a function of the state
 * (panels/panel-definition.ts) and nothing a panel shows hides in its closure.
 */
import type { BrokerMeasure } from '../api/operations/analytics';

export interface PanelState {
  readonly brokers: {
    readonly by: BrokerMeasure;
    /** How many key figures the list shows (more on request). */
    readonly shown: number;
  };
  readonly islands: {
    /** The open island (`kind-index`), or null. */
    readonly island: string | null;
    /** The community put forward on the map, or null. */
    readonly community: number | null;
  };
  readonly missing: {
    /** The suggestion focused on the map (its edge key), or null. */
    readonly focused: string | null;
    /** The suggestions ticked for the what-if (edge keys). */
    readonly ticked: readonly string[];
    /** The links the last what-if was asked for; null before the first. */
    readonly whatIf: readonly { readonly from: string; readonly to: string }[] | null;
  };
  readonly paths: { readonly from: string | null; readonly to: string | null };
  readonly regions: { readonly compare: string | null };
  /** "Toon als lijst": the actors and links the map draws, as tables beside it. */
  readonly mapList: boolean;
  /** The legend opened or closed by hand; null: open on the overview only. */
  readonly legendOpen: boolean | null;
  /** The timeline steps month by month on its own. */
  readonly timelinePlaying: boolean;
  /** The two days "Wat veranderde er?" compares (YYYY-MM-DD); a null `to` is today. */
  readonly changes: { readonly from: string; readonly to: string | null };
  /** The survey round whose dashboard the regions panel shows (null: none); `version` counts the editor's writes to rounds. */
  readonly survey: { readonly open: string | null; readonly version: number };
}

const BROKERS_SHOWN = 10;
export const BROKERS_MORE = 30;

export const INITIAL_PANELS: PanelState = {
  brokers: { by: 'BRIDGING', shown: BROKERS_SHOWN },
  islands: { island: null, community: null },
  missing: { focused: null, ticked: [], whatIf: null },
  paths: { from: null, to: null },
  regions: { compare: null },
  mapList: false,
  legendOpen: null,
  timelinePlaying: false,
  changes: { from: '2019-01-01', to: null },
  survey: { open: null, version: 0 },
};

/** A tick switched on or off, the order of ticking kept. */
export function withTicked(ticked: readonly string[], key: string, on: boolean): readonly string[] {
  const without = ticked.filter((item) => item !== key);
  return on ? [...without, key] : without;
}

/**
 * The next ends of a path after a click on the map: the first click picks the start, the
 * second the end, a third starts over.
 */
export function withPathClick(paths: PanelState['paths'], id: string): PanelState['paths'] {
  if (paths.from === null || paths.to !== null) return { from: id, to: null };
  return id === paths.from ? paths : { from: paths.from, to: id };
}
