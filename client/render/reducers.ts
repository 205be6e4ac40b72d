/**
 * Sigma's node and edge reducers: how the view state shows on the graph, without touching
 * the graph. {@link deriveHighlight} does the set work once per view change (visible nodes,
 * the hovered node's neighbours, a mode's emphasis); the reducers then only look things up,
 * O(1) per node and edge.
 *
 * Precedence: a mode's emphasis over the selection (the actor and its neighbours). Whatever is
 * highlighted keeps its colours, the rest fades. On a day of the timeline (the scope's `at`)
 * only what is present then is visible; what comes or goes with a move of the timeline fades in
 * or out over a few frames ({@link Fade}, driven by render/renderer.ts), in place, so the
 * layout and the rest of the picture stay as they are. "Wat veranderde er?" marks what came
 * (green, a "+" before its label, solid links) and what went (red, "−", dashed links). Hover is not here: it is drawn over the graph
 * by render/hover-layer.ts, so moving the pointer never runs the reducers (at 20,000 actors
 * and 100,000 links one pass over them all takes about half a second).
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { ActorAttributes, LinkAttributes, NetworkGraph } from '../state/network-graph';
import { presenceOn } from '../state/timeline';
import { passesFilters, type ViewState } from '../state/view-state';
import {
  BACKGROUND,
  CAME_COLOUR,
  communityColour,
  DOMAIN_COLOURS,
  EDGE_COLOUR,
  EDGE_DIMMED,
  EDGE_ILLUSTRATIVE,
  EDGE_STRONG,
  NODE_DIMMED,
  PATH_COLOUR,
  RING_DIMMED,
  SUGGESTED_COLOUR,
  towards,
  typeColour,
  WENT_COLOUR,
} from './palette';

/** The sets the reducers read, computed once per change of view or graph. */
export interface Highlight {
  /** Nodes that pass the filters and are present on the timeline's day. */
  readonly visible: ReadonlySet<string>;
  /** Edges present on the timeline's day; null: no day chosen, every edge. */
  readonly presentEdges: ReadonlySet<string> | null;
  /** Null: nothing is highlighted. Otherwise the nodes kept in colour. */
  readonly active: ReadonlySet<string> | null;
  /** Nodes drawn larger with a forced label. */
  readonly primary: ReadonlySet<string>;
  /** Edges drawn strong (null: none in particular). */
  readonly activeEdges: ReadonlySet<string> | null;
  /** Size of each community, to grey out singletons. */
  readonly communitySizes: ReadonlyMap<number, number>;
  /** Actor types of mode FORUM (contract §6), drawn as diamonds. */
  readonly forumTypes: ReadonlySet<string>;
}

/** The node programs of render/renderer.ts: round actors, diamond forums. */
export type NodeShape = 'bordered' | 'diamond';

/** Extra display data read by the node border program (render/renderer.ts). */
export interface NodeRingData {
  ringColor: string;
  coreColor: string;
  coreSize: number;
}

/**
 * What a move of the timeline brings in and takes out, and how far the fade is (0 just
 * moved, 1 done). Nodes and edges by key.
 */
export interface Fade {
  readonly nodesIn: ReadonlySet<string>;
  readonly nodesOut: ReadonlySet<string>;
  readonly edgesIn: ReadonlySet<string>;
  readonly edgesOut: ReadonlySet<string>;
  readonly progress: number;
}

/** A node, its visible neighbours over links present on the day, and the edges to them. O(degree). */
export function neighbourhood(
  graph: NetworkGraph,
  node: string,
  visible: ReadonlySet<string>,
  presentEdges: ReadonlySet<string> | null = null,
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    if (attributes.kind !== 'link' || (presentEdges !== null && !presentEdges.has(edge))) return;
    const other = source === node ? target : source;
    if (!visible.has(other)) return;
    nodes.add(other);
    edges.add(edge);
  });
  return { nodes, edges };
}

/** Computes the highlight sets for a view; O(n + m) once, instead of per reducer call. */
export function deriveHighlight(graph: NetworkGraph, view: ViewState, forumTypes: ReadonlySet<string> = new Set()): Highlight {
  const visible = new Set<string>();
  const communitySizes = new Map<number, number>();
  const presence = view.scope.at === null ? null : presenceOn(graph, view.scope.at);
  graph.forEachNode((node, attributes) => {
    if (passesFilters(view.filters, attributes) && (presence === null || presence.nodes.has(node))) visible.add(node);
    if (attributes.community !== null) communitySizes.set(attributes.community, (communitySizes.get(attributes.community) ?? 0) + 1);
  });
  const presentEdges = presence?.edges ?? null;
  const base = { visible, presentEdges, communitySizes, forumTypes };
  const focus = view.emphasis === null ? view.selection : null;
  if (focus !== null && graph.hasNode(focus)) {
    const { nodes, edges } = neighbourhood(graph, focus, visible, presentEdges);
    const primary = new Set([focus]);
    if (view.selection !== null) primary.add(view.selection);
    return { ...base, active: nodes, primary, activeEdges: edges };
  }
  if (view.emphasis !== null) {
    const active = new Set(view.emphasis.nodes);
    if (view.selection !== null) active.add(view.selection);
    const primary = new Set(view.emphasis.primary);
    if (view.selection !== null) primary.add(view.selection);
    return { ...base, active, primary, activeEdges: new Set(view.emphasis.edges) };
  }
  return { ...base, active: null, primary: new Set(), activeEdges: null };
}

/** Whether an edge is drawn: both ends visible and, on a day, present then. O(1). */
function edgeShown(graph: NetworkGraph, highlight: Highlight, edge: string): boolean {
  const [source, target] = graph.extremities(edge);
  return highlight.visible.has(source) && highlight.visible.has(target) && (highlight.presentEdges === null || highlight.presentEdges.has(edge));
}

/** The links (not suggestions) drawn under a highlight. O(m). */
export function shownLinks(graph: NetworkGraph, highlight: Highlight): Set<string> {
  return new Set(graph.filterEdges((edge, attributes) => attributes.kind === 'link' && edgeShown(graph, highlight, edge)));
}

/** What comes in and goes out between two highlights (a move of the timeline), at the fade's start. O(n + m). */
export function fadeBetween(graph: NetworkGraph, before: Highlight, after: Highlight): Fade {
  const difference = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> => new Set([...a].filter((key) => !b.has(key)));
  const linksBefore = shownLinks(graph, before);
  const linksAfter = shownLinks(graph, after);
  return {
    nodesIn: difference(after.visible, before.visible),
    nodesOut: difference(before.visible, after.visible),
    edgesIn: difference(linksAfter, linksBefore),
    edgesOut: difference(linksBefore, linksAfter),
    progress: 0,
  };
}

/** How opaque a node or edge is in a fade: 1 for one that stays. */
const opacityIn = (fade: Fade | null, key: string, coming: ReadonlySet<string> | undefined, going: ReadonlySet<string> | undefined): number => {
  if (fade === null) return 1;
  if (coming?.has(key) === true) return fade.progress;
  if (going?.has(key) === true) return 1 - fade.progress;
  return 1;
};

/** How a node looks when it is not faded: shared by the node reducer and the hover layer. */
export interface NodeLook extends NodeRingData {
  readonly size: number;
  readonly color: string;
  readonly primary: boolean;
  readonly shape: NodeShape;
}

export function nodeLook(view: ViewState, highlight: Highlight, node: string, data: ActorAttributes): NodeLook {
  const size = view.sizeBy === 'degree' ? data.sizeByDegree : data.sizeByBetweenness;
  const fill =
    view.colourBy === 'community' ? communityColour(data.community, highlight.communitySizes.get(data.community ?? -1) ?? 0) : typeColour(data.actorType);
  const primary = highlight.primary.has(node);
  const core = data.illustrative ? { coreColor: '#ffffff', coreSize: 0.34 } : { coreColor: fill, coreSize: 0 };
  return { size: primary ? Math.max(size * 1.35, 9) : size, color: fill, ringColor: DOMAIN_COLOURS[data.domain], ...core, primary, shape: nodeShape(highlight, data) };
}

const nodeShape = (highlight: Highlight, data: ActorAttributes): NodeShape => (highlight.forumTypes.has(data.actorType) ? 'diamond' : 'bordered');

/**
 * A look seen through a fade: its colours towards the background and a smaller size, no
 * label until it is fully there. Never hidden, even at nothing: sigma repaints a fading node
 * in place only while it holds a place in its programs (render/renderer.ts).
 */
function faded<T extends Partial<NodeDisplayData> & NodeRingData>(look: T, opacity: number): T {
  if (opacity >= 1) return look;
  return {
    ...look,
    color: towards(look.color ?? BACKGROUND, BACKGROUND, 1 - opacity),
    ringColor: towards(look.ringColor, BACKGROUND, 1 - opacity),
    coreColor: towards(look.coreColor, BACKGROUND, 1 - opacity),
    size: (look.size ?? 1) * (0.4 + 0.6 * opacity),
    label: null,
    forceLabel: false,
    hidden: false,
  };
}

/** How "Wat veranderde er?" marks an actor: its colour, and a sign before its label so colour is not the only cue. */
function changeMark(view: ViewState, node: string): { readonly colour: string; readonly sign: string } | null {
  const changes = view.emphasis?.changes;
  if (changes === undefined) return null;
  if (changes.cameNodes.has(node)) return { colour: CAME_COLOUR, sign: '+' };
  if (changes.wentNodes.has(node)) return { colour: WENT_COLOUR, sign: '−' };
  return null;
}

/** Builds the node reducer over the current view, highlight and fade of the timeline. */
export function createNodeReducer(
  getView: () => ViewState,
  getHighlight: () => Highlight,
  getFade: () => Fade | null = () => null,
): (node: string, data: ActorAttributes) => Partial<NodeDisplayData> & NodeRingData {
  const reduce = plainNodeReducer(getView, getHighlight);
  return (node, data) => {
    const fade = getFade();
    const look = reduce(node, data);
    const opacity = opacityIn(fade, node, fade?.nodesIn, fade?.nodesOut);
    if (opacity < 1) return faded({ ...look, hidden: false }, opacity);
    const mark = changeMark(getView(), node);
    if (mark === null || look.hidden === true) return look;
    return { ...look, ringColor: mark.colour, label: `${mark.sign} ${data.label}`, forceLabel: true, zIndex: 3, size: Math.max(look.size ?? 0, 7) };
  };
}

function plainNodeReducer(getView: () => ViewState, getHighlight: () => Highlight): (node: string, data: ActorAttributes) => Partial<NodeDisplayData> & NodeRingData {
  return (node, data) => {
    const view = getView();
    const highlight = getHighlight();
    const hidden = !highlight.visible.has(node);
    const dimmed = highlight.active !== null && !highlight.active.has(node);
    if (dimmed) {
      const base = view.sizeBy === 'degree' ? data.sizeByDegree : data.sizeByBetweenness;
      const coreSize = data.illustrative ? 0.34 : 0;
      return { x: data.x, y: data.y, type: nodeShape(highlight, data), size: Math.max(3, base * 0.8), color: NODE_DIMMED, ringColor: RING_DIMMED, coreColor: NODE_DIMMED, coreSize, label: null, hidden, zIndex: 0, forceLabel: false };
    }
    const look = nodeLook(view, highlight, node, data);
    const highlighted = highlight.active !== null;
    return {
      x: data.x,
      y: data.y,
      type: look.shape,
      size: look.size,
      color: look.color,
      ringColor: look.ringColor,
      coreColor: look.coreColor,
      coreSize: look.coreSize,
      label: data.label,
      hidden,
      highlighted: node === view.selection,
      forceLabel: look.primary || (highlighted && highlight.active.size <= 20),
      zIndex: look.primary ? 3 : highlighted ? 2 : 1,
    };
  };
}

/**
 * Builds the edge reducer: suggested links dashed and only in the missing-links mode; no edge
 * at all while `hideEdges()` says so.
 */
export function createEdgeReducer(
  graph: NetworkGraph,
  getView: () => ViewState,
  getHighlight: () => Highlight,
  hideEdges: () => boolean,
  getFade: () => Fade | null = () => null,
): (edge: string, data: LinkAttributes) => Partial<EdgeDisplayData> {
  const reduce = plainEdgeReducer(graph, getView, getHighlight);
  return (edge, data) => {
    if (hideEdges()) return { hidden: true };
    const fade = getFade();
    const opacity = opacityIn(fade, edge, fade?.edgesIn, fade?.edgesOut);
    if (opacity < 1) {
      // Drawn even at nothing, for the same reason as a fading node.
      const look = reduce(edge, data, true);
      return { ...look, hidden: false, color: towards(look.color ?? EDGE_COLOUR, BACKGROUND, 1 - opacity) };
    }
    const look = reduce(edge, data, false);
    const changes = getView().emphasis?.changes;
    if (changes === undefined || look.hidden === true) return look;
    if (changes.cameEdges.has(edge)) return { ...look, type: 'line', color: CAME_COLOUR, size: 2.4, zIndex: 3 };
    if (changes.wentEdges.has(edge)) return { ...look, type: 'dashed', color: WENT_COLOUR, size: 2.4, zIndex: 3 };
    return look;
  };
}

/** The edge's look without the fade; `drawAnyway` draws it though it is not present (fading out). */
function plainEdgeReducer(
  graph: NetworkGraph,
  getView: () => ViewState,
  getHighlight: () => Highlight,
): (edge: string, data: LinkAttributes, drawAnyway: boolean) => Partial<EdgeDisplayData> {
  return (edge, data, drawAnyway) => {
    const view = getView();
    const highlight = getHighlight();
    const [source, target] = graph.extremities(edge);
    const hidden = !drawAnyway && !edgeShown(graph, highlight, edge);
    const strong = highlight.activeEdges?.has(edge) ?? false;
    if (data.kind === 'suggested') {
      const shown = view.showSuggestions && !hidden && (highlight.activeEdges === null || strong);
      const fade = highlight.active !== null && !strong && !(highlight.active.has(source) && highlight.active.has(target));
      return { type: 'dashed', color: fade ? '#f4c7ae' : SUGGESTED_COLOUR, size: strong ? 3 : 2, hidden: !shown, zIndex: 2 };
    }
    if (hidden) return { hidden: true };
    if (highlight.activeEdges !== null) {
      if (strong) return { type: 'line', color: view.mode === 'paden' ? PATH_COLOUR : EDGE_STRONG, size: view.mode === 'paden' ? 3.2 : 1.6, zIndex: 3 };
      return { type: 'line', color: EDGE_DIMMED, size: 0.6, zIndex: 0 };
    }
    return { type: 'line', color: data.illustrative ? EDGE_ILLUSTRATIVE : EDGE_COLOUR, size: data.linkTypes.length > 1 ? 1.3 : 0.9, zIndex: 1 };
  };
}

/** View fields only the pointer changes, which no reducer reads (hover is drawn by render/hover-layer.ts). */
const POINTER_FIELDS: ReadonlySet<string> = new Set<keyof ViewState>(['hover', 'regionHover']);

/** Whether going from one view to the next changes what the reducers return. O(fields). */
export function changesGraphView(previous: ViewState, next: ViewState): boolean {
  if (previous === next) return false;
  return (Object.keys(next) as (keyof ViewState)[]).some((key) => !POINTER_FIELDS.has(key) && next[key] !== previous[key]);
}
