/**
 * Degree and betweenness: who has many partners, and who sits on the shortest routes
 * between the others (contract §3).
 */
import type { ActorGraph } from '../graph/to-graphology';
import { betweennessExact } from './betweenness-fast';

/**
 * Degree: the number of distinct neighbours of each actor (contract §2 makes the graph simple,
 * so this is also its number of edges).
 *
 * Source: Freeman, L. C. (1978). Centrality in social networks: conceptual clarification.
 * Social Networks 1(3), 215–239.
 *
 * Complexity: O(n).
 */
export function degrees(graph: ActorGraph): ReadonlyMap<string, number> {
  return new Map(graph.mapNodes((id) => [id, graph.degree(id)] as const));
}

/**
 * Betweenness: for each actor v, the sum over unordered pairs {s, t} (s, t ≠ v) of σ_st(v)/σ_st,
 * divided by (n−1)(n−2)/2, the number of such pairs; the same as NetworkX
 * `betweenness_centrality(G, normalized=True)` on an undirected graph. For n < 3 no pair can
 * have an actor in between, so every value is 0. Edge weights play no part: contract §2
 * measures on the unweighted graph.
 *
 * Computed by `betweennessExact` (betweenness-fast.ts): Brandes' algorithm on a typed-array
 * graph, 32 sources per breadth-first search; the same values as graphology-metrics' exact
 * Brandes to within rounding, several times faster.
 *
 * Source: Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
 * Sociometry 40(1), 35–41; algorithm: Brandes, U. (2001). A faster algorithm for betweenness
 * centrality. Journal of Mathematical Sociology 25(2), 163–177.
 *
 * Complexity: O(nm) time, O(n + m) space.
 */
export function betweenness(graph: ActorGraph): ReadonlyMap<string, number> {
  return betweennessExact(graph);
}
