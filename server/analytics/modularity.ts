/**
 * Newman modularity: how much more a partition's groups are linked inside than chance would
 * have them (contract §4, `modularity`).
 */
import type { ActorGraph } from '../graph/to-graphology';

/**
 * Q = Σ_c [ L_c/m − (D_c / 2m)² ] for a partition that gives every actor a group, where m is
 * the number of links, L_c the number of links inside group c and D_c the sum of its members'
 * degrees (resolution 1). `null` for a graph without links, where Q is 0/0 (NetworkX raises
 * ZeroDivisionError there). Throws when an actor has no group, as NetworkX raises
 * NotAPartition.
 *
 * Source: Newman, M. E. J., & Girvan, M. (2004). Finding and evaluating community structure in
 * networks. Physical Review E 69, 026113 (eq. 5). As NetworkX `community.modularity(G, partition)`.
 *
 * Complexity: O(n + m).
 */
export function modularity(graph: ActorGraph, groupOf: ReadonlyMap<string, number>): number | null {
  const m = graph.size;
  if (m === 0) return null;
  const group = (id: string): number => {
    const found = groupOf.get(id);
    if (found === undefined) throw new RangeError(`modularity: actor "${id}" has no group`);
    return found;
  };
  const degreeSum = new Map<number, number>();
  const inside = new Map<number, number>();
  graph.forEachNode((id) => degreeSum.set(group(id), (degreeSum.get(group(id)) ?? 0) + graph.degree(id)));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (group(source) === group(target)) inside.set(group(source), (inside.get(group(source)) ?? 0) + 1);
  });
  let q = 0;
  for (const [id, degrees] of degreeSum) q += (inside.get(id) ?? 0) / m - (degrees / (2 * m)) ** 2;
  return q;
}
