/**
 * Burt's structural holes: how much an actor's partners are tied to each other, and so how
 * little the actor is needed between them (contract §3, `constraint` and `effectiveSize`).
 */
import { byActor, compactGraphOf, degreeOf, neighboursOf, type CompactGraph } from '../graph/compact-graph';
import type { ActorGraph } from '../graph/to-graphology';

/**
 * Constraint of actor i: Σ_j (p_ij + Σ_q p_iq p_qj)², over neighbours j of i and q of both,
 * with p_ij = 1/deg(i) on the unweighted graph (i's proportional investment in j). High when
 * the partners are tied to each other, low for a broker across structural holes; `null` for an
 * isolated actor, where NetworkX `constraint` gives NaN.
 *
 * Source: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 * University Press, ch. 2 (eq. 2.4); as NetworkX `constraint(G)` with `weight=None`.
 *
 * Complexity: O(Σ_v deg(v)²) time, bounded by O(nm); O(n) space.
 */
export function constraint(graph: ActorGraph): ReadonlyMap<string, number | null> {
  const compact = compactGraphOf(graph);
  const { offsets, targets } = compact;
  const indirect = new Float64Array(compact.order);
  const marks = new Int32Array(compact.order).fill(-1);

  return byActor(compact, (i) => {
    const partners = neighboursOf(compact, i);
    if (partners.length === 0) return null;
    const direct = 1 / partners.length;
    for (const j of partners) {
      marks[j] = i;
      indirect[j] = 0;
    }
    // Each path i–q–j through a shared partner q adds p_iq · p_qj to j's indirect share.
    for (const q of partners) {
      const viaQ = direct / degreeOf(compact, q);
      for (let x = offsets[q] ?? 0, end = offsets[q + 1] ?? 0; x < end; x++) {
        const j = targets[x] ?? 0;
        if (marks[j] === i) indirect[j] = (indirect[j] ?? 0) + viaQ;
      }
    }
    let total = 0;
    for (const j of partners) total += (direct + (indirect[j] ?? 0)) ** 2;
    return total;
  });
}

/**
 * Effective size of actor i: its number of partners less their redundancy, n − 2t/n, where n is
 * deg(i) and t the number of links among i's partners (Borgatti's form of Burt's measure for
 * unweighted undirected graphs); `null` for an isolated actor, where NetworkX `effective_size`
 * gives NaN.
 *
 * Sources: Burt, R. S. (1992). Structural Holes, ch. 2; Borgatti, S. P. (1997). Structural
 * holes: unpacking Burt's redundancy measures. Connections 20(1), 35–38; as NetworkX
 * `effective_size(G)` with `weight=None`.
 *
 * Complexity: O(Σ_v deg(v)²) time, bounded by O(nm); O(n) space.
 */
export function effectiveSize(graph: ActorGraph): ReadonlyMap<string, number | null> {
  const compact = compactGraphOf(graph);
  const marks = new Int32Array(compact.order).fill(-1);
  return byActor(compact, (i) => {
    const degree = degreeOf(compact, i);
    if (degree === 0) return null;
    return degree - (2 * linksAmongPartners(compact, i, marks)) / degree;
  });
}

/** Number of links between neighbours of i; `marks` is scratch space of length n. */
function linksAmongPartners({ offsets, targets }: CompactGraph, i: number, marks: Int32Array): number {
  const first = offsets[i] ?? 0;
  const last = offsets[i + 1] ?? 0;
  for (let x = first; x < last; x++) marks[targets[x] ?? 0] = i;
  let ends = 0;
  for (let x = first; x < last; x++) {
    const q = targets[x] ?? 0;
    for (let y = offsets[q] ?? 0, end = offsets[q + 1] ?? 0; y < end; y++) if (marks[targets[y] ?? 0] === i) ends += 1;
  }
  return ends / 2;
}
