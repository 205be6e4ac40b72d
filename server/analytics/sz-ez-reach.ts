/**
 * SZ–EZ reach: how many social-domain actors are at most one introduction away from an
 * economic-domain actor (used by the region scorecard and what-if).
 */
import { compactGraphOf } from '../graph/compact-graph';
import type { ActorGraph } from '../graph/to-graphology';

/**
 * The share of SZ–EZ pairs (s, t) that are within two steps of each other: linked, or with at
 * least one partner in common. Only pairs with both actors in `among` count (all actors when
 * it is omitted); the partner in between may be any actor. `null` when there are no such pairs.
 *
 * Source: a distance-limited reachability count (Wasserman, S., & Faust, K. (1994). Social
 * Network Analysis. Cambridge University Press, §4.3: walks, paths and distance); defined for
 * this project, hand-worked cases in its tests.
 *
 * Complexity: O(Σ_{s in SZ} Σ_{z ~ s} deg z), bounded by O(nm); O(n) space.
 */
export function szEzWithinTwoSteps(graph: ActorGraph, among?: ReadonlySet<string>): number | null {
  const { ids, domains, order, offsets, targets } = compactGraphOf(graph);
  const counts = (k: number, domain: 'SZ' | 'EZ'): boolean =>
    domains[k] === domain && (among === undefined || among.has(ids[k] ?? ''));
  const seenFrom = new Int32Array(order).fill(-1);
  let sz = 0;
  let reached = 0;
  for (let s = 0; s < order; s++) {
    if (!counts(s, 'SZ')) continue;
    sz += 1;
    const reach = (t: number): void => {
      if (seenFrom[t] === s || !counts(t, 'EZ')) return;
      seenFrom[t] = s;
      reached += 1;
    };
    for (let j = offsets[s] ?? 0, end = offsets[s + 1] ?? 0; j < end; j++) {
      const z = targets[j] ?? 0;
      reach(z);
      for (let x = offsets[z] ?? 0, stop = offsets[z + 1] ?? 0; x < stop; x++) reach(targets[x] ?? 0);
    }
  }
  const ez = ids.filter((_id, t) => counts(t, 'EZ')).length;
  return sz * ez === 0 ? null : reached / (sz * ez);
}
