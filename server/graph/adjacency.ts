/**
 * An integer view of a graph, for the measures that walk neighbourhoods many times: node
 * numbers and arrays instead of string-keyed look-ups.
 */
import type { Domain } from '../model/network';
import type { ActorGraph } from './to-graphology';

/** Node i is `ids[i]` (graph order); `neighbours[i]` lists its neighbours in graph order. */
export interface Adjacency {
  readonly ids: readonly string[];
  readonly domains: readonly Domain[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly neighbours: readonly (readonly number[])[];
}

/**
 * Numbers the graph's nodes and lists their neighbourhoods.
 *
 * Complexity: O(n + m).
 */
export function adjacencyOf(graph: ActorGraph): Adjacency {
  const ids = graph.nodes();
  const indexOf = new Map<string, number>();
  ids.forEach((id, index) => indexOf.set(id, index));
  const domains = ids.map((id) => graph.getNodeAttribute(id, 'domain'));
  const neighbours = ids.map((id) => graph.mapNeighbors(id, (neighbour) => indexOf.get(neighbour) ?? -1));
  return { ids, domains, indexOf, neighbours };
}

/** The neighbours of node i (none for a number outside the graph). */
export const neighboursOf = (adjacency: Adjacency, i: number): readonly number[] => adjacency.neighbours[i] ?? [];
