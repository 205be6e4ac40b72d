/**
 * SZ–EZ bridging: how much of the traffic between the social and the economic domain runs
 * through an actor (contract §3, `szEzBridging`), and the same between any two domains
 * (contract §7, `bridging`).
 */
import { byActor, compactGraphOf } from '../graph/compact-graph';
import type { ActorGraph } from '../graph/to-graphology';
import type { Domain } from '../model/network';
import { dependencySums } from './betweenness-fast';

/**
 * For each actor v: the sum over every SZ actor s ≠ v and EZ actor t ≠ v of σ_st(v)/σ_st
 * (0 where s and t are not connected), divided by the number of such (s, t) pairs; 0 where
 * there are none. σ_st counts the shortest s–t paths, σ_st(v) those through v. This is
 * betweenness restricted to sources in SZ and targets in EZ, as NetworkX
 * `betweenness_centrality_subset(G, SZ, EZ, normalized=False)` counts it on a directed graph
 * (on an undirected one NetworkX halves it), divided by the number of pairs.
 *
 * Computed with the exact betweenness kernel (betweenness-fast.ts: typed-array graph, 32
 * sources per breadth-first search), the SZ actors as sources and only EZ actors counting as
 * targets in the dependency accumulation.
 *
 * Sources: Brandes, U. (2008). On variants of shortest-path betweenness centrality and their
 * generic computation. Social Networks 30(2), 136–145 (§3.3, betweenness with sources and
 * targets); Freeman, L. C. (1977), Sociometry 40(1), 35–41.
 *
 * Complexity: O(|SZ| · m) time, O(32·n + m) space.
 */
export const szEzBridging = (graph: ActorGraph): ReadonlyMap<string, number> => bridging(graph, ['SZ', 'EZ']);

/**
 * Bridging between two domains A and B (contract §7, `between`): as `szEzBridging` with the
 * actors of A as the sources s and those of B as the targets t. The measure is symmetric in A
 * and B on an undirected graph (σ_st = σ_ts), so the order of the pair does not matter.
 *
 * Complexity: O(|A| · m) time, O(32·n + m) space.
 */
export function bridging(graph: ActorGraph, [sourceDomain, targetDomain]: readonly [Domain, Domain]): ReadonlyMap<string, number> {
  const compact = compactGraphOf(graph);
  const { domains } = compact;
  const isTarget = new Uint8Array(compact.order);
  const sources: number[] = [];
  domains.forEach((domain, node) => {
    if (domain === targetDomain) isTarget[node] = 1;
    if (domain === sourceDomain) sources.push(node);
  });
  // In ascending node numbers, which keep each batch's sources near one another (breadth-first numbering).
  const through = dependencySums(compact, Int32Array.from(sources), { isTarget });

  const sourceCount = sources.length;
  const targetCount = isTarget.reduce((sum, flag) => sum + flag, 0);
  return byActor(compact, (node) => {
    const pairs = (sourceCount - (domains[node] === sourceDomain ? 1 : 0)) * (targetCount - (domains[node] === targetDomain ? 1 : 0));
    return pairs === 0 ? 0 : (through[node] ?? 0) / pairs;
  });
}
