/**
 * Degree and betweenness: who has many partners, and who sits on the shortest routes
 * between the others (contract §3).
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

import type { ActorGraph } from '../graph/to-graphology';

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
 * have an actor in between, so every value is 0 (NetworkX leaves the raw zeros unscaled too).
 *
 * graphology-metrics sums over ordered pairs and, when normalising, divides by (n−1)(n−2): the
 * two factors of 2 cancel, so its normalised value is this one. Edge weights are ignored
 * (`getEdgeWeight: null`): contract §2 measures on the unweighted graph.
 *
 * Source: Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
 * Sociometry 40(1), 35–41; algorithm: Brandes, U. (2001). A faster algorithm for betweenness
 * centrality. Journal of Mathematical Sociology 25(2), 163–177.
 *
 * Complexity: O(nm) time, O(n + m) space.
 */
export function betweenness(graph: ActorGraph): ReadonlyMap<string, number> {
  // The library refuses a graph without nodes.
  if (graph.order === 0) return new Map();
  const scores = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  return new Map(graph.mapNodes((id) => [id, scores[id] ?? 0] as const));
}
