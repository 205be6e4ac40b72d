/**
 * Sigma's node and edge reducers: how the view state shows on the graph, without touching
 * the graph. {@link deriveHighlight} does the set work once per view change (visible nodes,
 * the hovered node's neighbours, a mode's emphasis); the reducers then only look things up,
 * O(1) per node and edge.
 *
 * Precedence: a mode's emphasis over the selection (the actor and its neighbours). Whatever is
 * highlighted keeps its colours, the rest fades. Hover is not here: it is drawn over the graph
 * by render/hover-layer.ts, so moving the pointer never runs the reducers (at 20,000 actors
 * and 100,000 links one pass over them all takes about half a second).
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { ActorAttributes, LinkAttributes, NetworkGraph } from '../state/network-graph';
import { passesFilters, type ViewState } from '../state/view-state';
import {
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
  typeColour,
} from './palette';

/** The sets the reducers read, computed once per change of view or graph. */
export interface Highlight {
  /** Nodes that pass the filters. */
  readonly visible: ReadonlySet<string>;
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

/** A node, its visible neighbours over links, and the edges to them. O(degree). */
export function neighbourhood(graph: NetworkGraph, node: string, visible: ReadonlySet<string>): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    if (attributes.kind !== 'link') return;
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
  graph.forEachNode((node, attributes) => {
    if (passesFilters(view.filters, attributes)) visible.add(node);
    if (attributes.community !== null) communitySizes.set(attributes.community, (communitySizes.get(attributes.community) ?? 0) + 1);
  });
  const focus = view.emphasis === null ? view.selection : null;
  if (focus !== null && graph.hasNode(focus)) {
    const { nodes, edges } = neighbourhood(graph, focus, visible);
    const primary = new Set([focus]);
    if (view.selection !== null) primary.add(view.selection);
    return { visible, active: nodes, primary, activeEdges: edges, communitySizes, forumTypes };
  }
  if (view.emphasis !== null) {
    const active = new Set(view.emphasis.nodes);
    if (view.selection !== null) active.add(view.selection);
    const primary = new Set(view.emphasis.primary);
    if (view.selection !== null) primary.add(view.selection);
    return { visible, active, primary, activeEdges: new Set(view.emphasis.edges), communitySizes, forumTypes };
  }
  return { visible, active: null, primary: new Set(), activeEdges: null, communitySizes, forumTypes };
}

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

/** Builds the node reducer over the current view and highlight. */
export function createNodeReducer(
  getView: () => ViewState,
  getHighlight: () => Highlight,
): (node: string, data: ActorAttributes) => Partial<NodeDisplayData> & NodeRingData {
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
      forceLabel: look.primary || (highlighted && (highlight.active?.size ?? 0) <= 20),
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
): (edge: string, data: LinkAttributes) => Partial<EdgeDisplayData> {
  return (edge, data) => {
    if (hideEdges()) return { hidden: true };
    const view = getView();
    const highlight = getHighlight();
    const [source, target] = graph.extremities(edge);
    const hidden = !highlight.visible.has(source) || !highlight.visible.has(target);
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
