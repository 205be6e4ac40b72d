/**
 * Missing SZ–EZ links: pairs of a social-domain and an economic-domain actor that are not
 * linked but already share partners, ranked by how telling those shared partners are
 * (contract §4, `missingLinks`); or of any two domains (contract §7, `between`).
 */
import { compactGraphOf, degreeOf, neighboursOf } from '../graph/compact-graph';
import type { ActorGraph } from '../graph/to-graphology';
import type { Domain } from '../model/network';

/** A candidate link: `from` is the SZ actor (the first domain's), `to` the EZ actor (the second's). */
export interface MissingLink {
  readonly from: string;
  readonly to: string;
  readonly score: number;
  readonly sharedPartners: readonly string[];
}

/** Off by default: every region. */
export interface MissingLinkOptions {
  /** Keep only pairs whose two actors both belong to this arbeidsmarktregio. */
  readonly region?: string | undefined;
  /** The two domains of the pairs, SZ and EZ by default. */
  readonly between?: readonly [Domain, Domain] | undefined;
}

/**
 * Every pair of an SZ actor s and an EZ actor t that are not linked and have at least one
 * neighbour in common, scored by the Adamic–Adar index Σ_z 1/ln(deg z) over their common
 * neighbours z (each has degree ≥ 2, so the logarithm is positive). Highest score first; equal
 * scores by `from` id, then `to` id (code-unit order). `sharedPartners` lists the common
 * neighbours in actor order. The terms are added from the highest degree down, so two pairs
 * whose partners have the same degrees get exactly the same score and tie.
 *
 * With `region`, only pairs whose two actors carry that region remain; shared partners may
 * come from anywhere. With `between: [A, B]`, the pairs are of an A actor and a B actor instead.
 *
 * Source: Adamic, L. A., & Adar, E. (2003). Friends and neighbors on the Web. Social Networks
 * 25(3), 211–230; as NetworkX `adamic_adar_index`. Link prediction framing: Liben-Nowell, D., &
 * Kleinberg, J. (2007). JASIST 58(7), 1019–1031.
 *
 * Complexity: O(Σ_{s in SZ} Σ_{z ~ s} deg z) time, bounded by O(nm); plus O(k log k) to sort
 * the k candidates.
 */
export function missingLinks(graph: ActorGraph, options: MissingLinkOptions = {}): MissingLink[] {
  const compact = compactGraphOf(graph);
  const { ids, domains, regions, offsets, targets, positionOf } = compact;
  const [fromDomain, toDomain] = options.between ?? ['SZ', 'EZ'];
  const inScope = (k: number): boolean => options.region === undefined || regions[k] === options.region;
  const linkedTo = new Int32Array(compact.order).fill(-1);
  const found: MissingLink[] = [];

  for (const s of compact.nodeAt) {
    if (domains[s] !== fromDomain || !inScope(s)) continue;
    const partnersOfS = neighboursOf(compact, s);
    for (const z of partnersOfS) linkedTo[z] = s;
    // Common neighbours per actor of the second domain.
    const shared = new Map<number, number[]>();
    for (const z of partnersOfS) {
      for (let j = offsets[z] ?? 0, end = offsets[z + 1] ?? 0; j < end; j++) {
        const t = targets[j] ?? 0;
        if (domains[t] !== toDomain || linkedTo[t] === s || !inScope(t)) continue;
        const partners = shared.get(t);
        if (partners === undefined) shared.set(t, [z]);
        else partners.push(z);
      }
    }
    for (const [t, partners] of shared) {
      // In actor (graph) order.
      partners.sort((a, b) => (positionOf[a] ?? 0) - (positionOf[b] ?? 0));
      found.push({
        from: ids[s] ?? '',
        to: ids[t] ?? '',
        score: adamicAdar(partners.map((z) => degreeOf(compact, z))),
        sharedPartners: partners.map((z) => ids[z] ?? ''),
      });
    }
  }
  return found.sort((a, b) => b.score - a.score || compareIds(a.from, b.from) || compareIds(a.to, b.to));
}

function adamicAdar(degrees: number[]): number {
  return degrees.sort((a, b) => b - a).reduce((sum, degree) => sum + 1 / Math.log(degree), 0);
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
