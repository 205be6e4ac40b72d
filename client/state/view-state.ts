/**
 * What the user is looking at: the mode (one of the four questions, the overview or the
 * regions), the side panel, selection and hover, the filters, the region, the language and
 * what node size means. Pure producers only: each takes a view and returns a new one.
 */
import type { Domain } from '../api/operations/operation';
import type { Language } from '../i18n/i18n';
import { DEFAULT_SCOPE, type AnalysisScope } from './scope';

export type Mode = 'netwerk' | 'sleutelfiguren' | 'eilanden' | 'ontbrekend' | 'paden' | 'regios' | 'veranderingen';
/** Tab order of the header. */
export const MODES: readonly Mode[] = ['netwerk', 'sleutelfiguren', 'eilanden', 'ontbrekend', 'paden', 'regios', 'veranderingen'];

export type SidePanel = 'mode' | 'actor' | 'edit' | 'export' | 'signin';
export type SizeBy = 'betweenness' | 'degree';
export type ColourBy = 'type' | 'community';

export interface Filters {
  /** Actor types switched off in the filter panel (empty: all shown). */
  readonly hiddenTypes: ReadonlySet<string>;
  readonly hiddenDomains: ReadonlySet<Domain>;
  /** One arbeidsmarktregio, or null for the whole network. */
  readonly region: string | null;
  /** Generic actors the documents describe without naming one. */
  readonly showIllustrative: boolean;
}

/** Actors and edges a mode puts forward (brokers, an island, a path, a suggestion, what changed). */
export interface Emphasis {
  readonly nodes: readonly string[];
  /** Edge keys (state/network-graph `edgeKey`). */
  readonly edges: readonly string[];
  /** Nodes drawn larger with their label always shown (e.g. the ends of a path). */
  readonly primary: readonly string[];
  /** "Wat veranderde er?": which of them came and which went. */
  readonly changes?: Changes;
}

/**
 * "Wat veranderde er?" on the map: the actors and edges (edge keys) that came and went between
 * two days, drawn in their own colours and marks by the reducers (render/reducers.ts).
 */
export interface Changes {
  readonly cameNodes: ReadonlySet<string>;
  readonly wentNodes: ReadonlySet<string>;
  readonly cameEdges: ReadonlySet<string>;
  readonly wentEdges: ReadonlySet<string>;
}

/** What the edit panel is asked to do. */
export type EditRequest =
  | { readonly kind: 'actor'; readonly id: string | null }
  | { readonly kind: 'link'; readonly from: string | null; readonly to: string | null };

export interface ViewState {
  readonly language: Language;
  readonly mode: Mode;
  readonly side: SidePanel;
  readonly selection: string | null;
  readonly hover: string | null;
  readonly filters: Filters;
  readonly sizeBy: SizeBy;
  readonly colourBy: ColourBy;
  readonly emphasis: Emphasis | null;
  /** Draw the suggested SZ–EZ links (dashed). */
  readonly showSuggestions: boolean;
  readonly edit: EditRequest;
  /** In the regions mode: the map of the regions instead of the actors (see {@link showsRegionOverview}). */
  readonly regionOverview: boolean;
  /** The region node under the pointer on the regions map. */
  readonly regionHover: string | null;
  /** What counts in every figure (state/scope.ts); the filters only choose what is shown. */
  readonly scope: AnalysisScope;
}

export const INITIAL_FILTERS: Filters = {
  hiddenTypes: new Set(),
  hiddenDomains: new Set(),
  region: null,
  showIllustrative: true,
};

export const INITIAL_VIEW: ViewState = {
  language: 'nl',
  mode: 'netwerk',
  side: 'mode',
  selection: null,
  hover: null,
  filters: INITIAL_FILTERS,
  sizeBy: 'betweenness',
  colourBy: 'type',
  emphasis: null,
  showSuggestions: false,
  edit: { kind: 'actor', id: null },
  regionOverview: false,
  regionHover: null,
  scope: DEFAULT_SCOPE,
};

/**
 * Opens a mode: its own colouring and suggestions, no leftover emphasis, its panel in view.
 * The regions mode opens on the regions map unless a region is already chosen.
 */
export function withMode(view: ViewState, mode: Mode): ViewState {
  return {
    ...view,
    mode,
    side: 'mode',
    emphasis: null,
    colourBy: mode === 'eilanden' ? 'community' : 'type',
    showSuggestions: mode === 'ontbrekend',
    regionOverview: mode === 'regios' && view.filters.region === null,
    regionHover: null,
  };
}

/** Back to the map of all regions (the regions mode, no region chosen, nothing selected). */
export function withRegionOverview(view: ViewState): ViewState {
  return withMode(withSelection(withRegion(view, null), null), 'regios');
}

export function withRegionHover(view: ViewState, region: string | null): ViewState {
  return view.regionHover === region ? view : { ...view, regionHover: region };
}

/** Whether the stage shows the regions map rather than the actors. */
export const showsRegionOverview = (view: ViewState): boolean => view.mode === 'regios' && view.regionOverview;

/** Selects an actor and shows its panel; null clears the selection and goes back to the mode. */
export function withSelection(view: ViewState, id: string | null): ViewState {
  if (id === null) return { ...view, selection: null, side: view.side === 'actor' ? 'mode' : view.side };
  return { ...view, selection: id, side: 'actor' };
}

export function withHover(view: ViewState, id: string | null): ViewState {
  return view.hover === id ? view : { ...view, hover: id };
}

export function withEmphasis(view: ViewState, emphasis: Emphasis | null): ViewState {
  return { ...view, emphasis };
}

export function withSide(view: ViewState, side: SidePanel): ViewState {
  return { ...view, side };
}

export function withEdit(view: ViewState, edit: EditRequest): ViewState {
  return { ...view, side: 'edit', edit };
}

const toggled = <T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> => {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
};

export function withTypeToggled(view: ViewState, type: string): ViewState {
  return { ...view, filters: { ...view.filters, hiddenTypes: toggled(view.filters.hiddenTypes, type) } };
}

export function withDomainToggled(view: ViewState, domain: Domain): ViewState {
  return { ...view, filters: { ...view.filters, hiddenDomains: toggled(view.filters.hiddenDomains, domain) } };
}

/** Shows only these types (or every type, for an empty list). */
export function withOnlyTypes(view: ViewState, shown: readonly string[], all: readonly string[]): ViewState {
  const hiddenTypes = shown.length === 0 ? new Set<string>() : new Set(all.filter((type) => !shown.includes(type)));
  return { ...view, filters: { ...view.filters, hiddenTypes } };
}

/**
 * A new region: the mode's emphasis belonged to the old view, so it goes. Choosing a region
 * drills down from the regions map to its actors.
 */
export function withRegion(view: ViewState, region: string | null): ViewState {
  if (view.filters.region === region) return region === null || !view.regionOverview ? view : { ...view, regionOverview: false, regionHover: null };
  return { ...view, filters: { ...view.filters, region }, emphasis: null, regionOverview: region === null && view.regionOverview, regionHover: null };
}

export function withIllustrative(view: ViewState, showIllustrative: boolean): ViewState {
  return { ...view, filters: { ...view.filters, showIllustrative } };
}

export function withFiltersReset(view: ViewState): ViewState {
  return { ...view, filters: { ...INITIAL_FILTERS, region: view.filters.region } };
}

/** A new scope: the mode's emphasis was computed in the old one, so it goes. */
export function withScope(view: ViewState, scope: AnalysisScope): ViewState {
  return view.scope === scope ? view : { ...view, scope, emphasis: null };
}

export function withSizeBy(view: ViewState, sizeBy: SizeBy): ViewState {
  return { ...view, sizeBy };
}

export function withLanguage(view: ViewState, language: Language): ViewState {
  return { ...view, language };
}

/** The fields of an actor the filters look at. */
export interface Filterable {
  readonly actorType: string;
  readonly domain: Domain;
  readonly region: string | null;
  readonly illustrative: boolean;
}

/** Whether the filters let an actor through. */
export function passesFilters(filters: Filters, actor: Filterable): boolean {
  if (filters.hiddenTypes.has(actor.actorType)) return false;
  if (filters.hiddenDomains.has(actor.domain)) return false;
  if (filters.region !== null && actor.region !== filters.region) return false;
  return filters.showIllustrative || !actor.illustrative;
}

/** Whether any filter is on (the region is not a filter here; it has its own control). */
export const filtersActive = (filters: Filters): boolean =>
  filters.hiddenTypes.size > 0 || filters.hiddenDomains.size > 0 || !filters.showIllustrative;
