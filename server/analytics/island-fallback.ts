/**
 * A way out for a policy island that no missing link reaches: when no actor outside shares a
 * partner with a member (so Adamic–Adar has nothing to rank), propose links to the other
 * domain's actors nearby, ranked by what the link would do.
 */
import { compareIds, type ActorGraph } from '../graph/to-graphology';
import type { Domain } from '../model/network';
import type { Components } from './components';
import type { PolicyIsland } from './policy-islands';

/** A proposed link out of an island, with the exact figures its ranking rests on. */
export interface FallbackLink {
  /** The island member the link starts from. */
  readonly from: string;
  /** The partner outside the island. */
  readonly to: string;
  /** The partner has no region and already links actors of two or more regions. */
  readonly national: boolean;
  /** SZ–EZ pairs (s, t) the link brings within two steps that were not before. */
  readonly szEzPairsGained: number;
  /** The link joins two components, so the network has one fewer. */
  readonly joinsComponents: boolean;
}

/** At most five proposals per island: enough to choose from, few enough to read in a panel. */
const FALLBACK_LIMIT = 5;

/**
 * The domains an island is opened towards: an SZ island towards EZ and an EZ island towards SZ
 * (the bridge the map is about); an island of education or of other actors towards both SZ and
 * EZ, as neither of the two is "the other" for it.
 */
export function partnerDomains(dominant: Domain): readonly Domain[] {
  if (dominant === 'SZ') return ['EZ'];
  if (dominant === 'EZ') return ['SZ'];
  return ['SZ', 'EZ'];
}

/**
 * Partners: every actor outside the island whose domain is one of `partnerDomains(dominant
 * domain)` and that either carries a region one of the members carries, or carries no region
 * and is linked to actors of at least two regions (a national actor that already bridges
 * regions). Each pair (member m, partner c) not yet linked is scored by what the link m–c does:
 *
 * 1. `szEzPairsGained`, the SZ–EZ pairs newly within two steps, i.e. the gain in the network's
 *    `szEzWithinTwoSteps` times (SZ actors × EZ actors). The link puts within two steps exactly
 *    the pair {m, c} and the pairs {x, c} for x ~ m and {m, y} for y ~ c; these three sets are
 *    disjoint, and each SZ–EZ pair in them counts when it was not within two steps before.
 * 2. `joinsComponents`: m and c lie in different components, so the network's `components`
 *    falls by one.
 * 3. Then the partner's degree (a better-linked partner opens more of the network), then the
 *    partner's id and the member's id (code-unit order).
 *
 * The island's own figures after (one more external link, the same internal ones) are the same
 * for every proposal, so they do not order them. Each partner is proposed once, with its best
 * member; the best `limit` partners are returned, best first. Empty when no partner qualifies.
 * The scores are exact and local, so every pair is ranked, not a sample; `pieces` are the
 * graph's components (`components(graph)`), found once by the caller for all islands.
 *
 * Source: this project's rule; the scores are the what-if figures of `networkFigures` (SZ–EZ
 * reach within two steps, Wasserman & Faust 1994 §4.3; components), computed for one link.
 *
 * Complexity: O(Σ_m Σ_{z~m} deg z) for the members' two-step reach, O(n + m) to find the
 * partners, then per (member m, partner c) pair O(deg c + Σ_{x~m} deg x) and O(P log P) to sort
 * the P pairs; no community search, no shortest paths (bench section test/bench/island-fallback.ts).
 */
export function islandFallback(
  graph: ActorGraph,
  island: PolicyIsland,
  pieces: Components,
  limit: number = FALLBACK_LIMIT,
): FallbackLink[] {
  const members = new Set(island.members);
  const partners = partnersOf(graph, members, partnerDomains(island.reason.dominantDomain));
  const domainOf = (id: string): Domain => graph.getNodeAttribute(id, 'domain');
  const isSzEzPair = (a: string, b: string): boolean => {
    const pair = `${domainOf(a)}-${domainOf(b)}`;
    return pair === 'SZ-EZ' || pair === 'EZ-SZ';
  };
  // Whether a and b are linked or share a partner; iterating over a's neighbours.
  const withinTwo = (a: string, b: string): boolean => graph.hasEdge(a, b) || graph.someNeighbor(a, (z) => graph.hasEdge(z, b));

  const scored: { readonly link: FallbackLink; readonly partnerDegree: number }[] = [];
  for (const from of island.members) {
    const reach = twoStepReach(graph, from);
    for (const { id: to, national } of partners) {
      if (graph.hasEdge(from, to)) continue;
      let gained = isSzEzPair(from, to) && !reach.has(to) ? 1 : 0;
      graph.forEachNeighbor(to, (y) => {
        if (isSzEzPair(from, y) && !reach.has(y)) gained += 1;
      });
      graph.forEachNeighbor(from, (x) => {
        if (isSzEzPair(x, to) && !withinTwo(x, to)) gained += 1;
      });
      const joinsComponents = pieces.componentOf.get(from) !== pieces.componentOf.get(to);
      scored.push({ link: { from, to, national, szEzPairsGained: gained, joinsComponents }, partnerDegree: graph.degree(to) });
    }
  }
  scored.sort(
    (a, b) =>
      b.link.szEzPairsGained - a.link.szEzPairsGained ||
      Number(b.link.joinsComponents) - Number(a.link.joinsComponents) ||
      b.partnerDegree - a.partnerDegree ||
      compareIds(a.link.to, b.link.to) ||
      compareIds(a.link.from, b.link.from),
  );
  const proposed = new Set<string>();
  const best: FallbackLink[] = [];
  for (const { link } of scored) {
    if (best.length === limit) break;
    if (proposed.has(link.to)) continue;
    proposed.add(link.to);
    best.push(link);
  }
  return best;
}

function partnersOf(graph: ActorGraph, members: ReadonlySet<string>, domains: readonly Domain[]): { id: string; national: boolean }[] {
  const regions = new Set<string>();
  for (const member of members) {
    const region = graph.getNodeAttribute(member, 'region');
    if (region !== undefined) regions.add(region);
  }
  const partners: { id: string; national: boolean }[] = [];
  graph.forEachNode((id, actor) => {
    if (members.has(id) || !domains.includes(actor.domain)) return;
    if (actor.region !== undefined) {
      if (regions.has(actor.region)) partners.push({ id, national: false });
      return;
    }
    const linkedRegions = new Set<string>();
    graph.forEachNeighbor(id, (_neighbour, attributes) => {
      if (attributes.region !== undefined) linkedRegions.add(attributes.region);
    });
    if (linkedRegions.size >= 2) partners.push({ id, national: true });
  });
  return partners;
}

/** The actors within two steps of `id` (itself excluded). */
function twoStepReach(graph: ActorGraph, id: string): Set<string> {
  const reach = new Set<string>();
  graph.forEachNeighbor(id, (z) => {
    reach.add(z);
    graph.forEachNeighbor(z, (t) => {
      if (t !== id) reach.add(t);
    });
  });
  return reach;
}
