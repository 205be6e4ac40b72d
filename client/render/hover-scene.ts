/**
 * What a hover shows (render/hover-layer.ts draws it): the hovered actor with its full name,
 * its visible neighbours over links, labels for the largest of them, and its suggested
 * partners where the view shows suggestions. Ids and looks only, no screen positions.
 */
import type { NetworkGraph } from '../state/network-graph';
import type { ViewState } from '../state/view-state';
import { neighbourhood, nodeLook, type Highlight, type NodeLook } from './reducers';

/** Neighbours that get a label: the largest ones, as many as stay legible. */
export const LABELLED_NEIGHBOURS = 20;

export interface HoverNode {
  readonly id: string;
  readonly look: NodeLook;
  /** Null: drawn without a label. */
  readonly label: string | null;
}

/** What a hover shows; ids only, no screen positions. */
export interface HoverScene {
  readonly hovered: HoverNode;
  /** Neighbours over links, smallest first so the largest end on top. */
  readonly neighbours: readonly HoverNode[];
  /** Neighbours over suggested links (shown only where the view shows suggestions). */
  readonly suggested: readonly string[];
}

/**
 * The scene for a hovered node, or null when there is none to show (no hover, or the node is
 * gone or filtered out). The hovered node carries its full name. O(degree · log degree).
 */
export function hoverScene(graph: NetworkGraph, view: ViewState, highlight: Highlight, node: string | null): HoverScene | null {
  if (node === null || !graph.hasNode(node) || !highlight.visible.has(node)) return null;
  const lookOf = (id: string): NodeLook => nodeLook(view, highlight, id, graph.getNodeAttributes(id));
  const { nodes } = neighbourhood(graph, node, highlight.visible);
  nodes.delete(node);
  const bySize = [...nodes].map((id) => ({ id, look: lookOf(id) })).sort((a, b) => b.look.size - a.look.size || (a.id < b.id ? -1 : 1));
  const neighbours = bySize
    .map(({ id, look }, rank) => ({ id, look, label: rank < LABELLED_NEIGHBOURS ? graph.getNodeAttribute(id, 'label') : null }))
    .reverse();
  const suggested: string[] = [];
  if (view.showSuggestions) {
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      const other = source === node ? target : source;
      if (attributes.kind === 'suggested' && highlight.visible.has(other)) suggested.push(other);
    });
  }
  return { hovered: { id: node, look: lookOf(node), label: graph.getNodeAttribute(node, 'name') }, neighbours, suggested };
}
