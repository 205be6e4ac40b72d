/**
 * SZ–EZ bridging: how much of the traffic between the social and the economic domain runs
 * through an actor (contract §3, `szEzBridging`).
 */
import { adjacencyOf, neighboursOf, type Adjacency } from '../graph/adjacency';
import type { ActorGraph } from '../graph/to-graphology';

/**
 * For each actor v: the sum over every SZ actor s ≠ v and EZ actor t ≠ v of σ_st(v)/σ_st
 * (0 where s and t are not connected), divided by the number of such (s, t) pairs; 0 where
 * there are none. σ_st counts the shortest s–t paths, σ_st(v) those through v. This is
 * betweenness restricted to sources in SZ and targets in EZ, as NetworkX
 * `betweenness_centrality_subset(G, SZ, EZ, normalized=False)` counts it on a directed graph
 * (on an undirected one NetworkX halves it), divided by the number of pairs.
 *
 * Sources: Brandes, U. (2008). On variants of shortest-path betweenness centrality and their
 * generic computation. Social Networks 30(2), 136–145 (§3.3, betweenness with sources and
 * targets); Freeman, L. C. (1977), Sociometry 40(1), 35–41.
 *
 * Complexity: O(|SZ| · m) time (one breadth-first search and one accumulation per SZ actor),
 * O(n) space.
 */
export function szEzBridging(graph: ActorGraph): ReadonlyMap<string, number> {
  const adjacency = adjacencyOf(graph);
  const { ids, domains } = adjacency;
  const isTarget = Uint8Array.from(domains, (domain) => (domain === 'EZ' ? 1 : 0));
  const sources = ids.flatMap((_id, index) => (domains[index] === 'SZ' ? [index] : []));
  const through = accumulateThroughput(adjacency, sources, isTarget);

  const szCount = sources.length;
  const ezCount = isTarget.reduce((sum, flag) => sum + flag, 0);
  return new Map(
    ids.map((id, index) => {
      const pairs = (szCount - (domains[index] === 'SZ' ? 1 : 0)) * (ezCount - (isTarget[index] ?? 0));
      return [id, pairs === 0 ? 0 : (through[index] ?? 0) / pairs] as const;
    }),
  );
}

/**
 * Brandes' accumulation with the dependency of s on v counting only target nodes:
 * δ_s(v) = Σ_{w : v precedes w} σ_sv/σ_sw · (1[w is a target] + δ_s(w)).
 * Returns, per node, Σ_s δ_s(v) over the given sources (s ≠ v).
 */
function accumulateThroughput(adjacency: Adjacency, sources: readonly number[], isTarget: Uint8Array): Float64Array {
  const n = adjacency.ids.length;
  const through = new Float64Array(n);
  // Path counts are kept as floats: on dense graphs they outgrow 32-bit integers.
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);

  for (const source of sources) {
    let reached = 0;
    order[reached++] = source;
    distance[source] = 0;
    sigma[source] = 1;
    for (let head = 0; head < reached; head++) {
      const v = order[head] ?? 0;
      const next = (distance[v] ?? 0) + 1;
      for (const w of neighboursOf(adjacency, v)) {
        if (distance[w] === -1) {
          distance[w] = next;
          order[reached++] = w;
        }
        if (distance[w] === next) sigma[w] = (sigma[w] ?? 0) + (sigma[v] ?? 0);
      }
    }
    // Reverse breadth-first order: every successor of w is settled before w.
    for (let i = reached - 1; i >= 0; i--) {
      const w = order[i] ?? 0;
      const previous = (distance[w] ?? 0) - 1;
      const coefficient = ((isTarget[w] ?? 0) + (delta[w] ?? 0)) / (sigma[w] ?? 1);
      for (const v of neighboursOf(adjacency, w)) {
        if (distance[v] === previous) delta[v] = (delta[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
      }
      if (w !== source) through[w] = (through[w] ?? 0) + (delta[w] ?? 0);
    }
    for (let i = 0; i < reached; i++) {
      const v = order[i] ?? 0;
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return through;
}
