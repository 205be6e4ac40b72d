/**
 * Island repair: for each policy island, the fewest links from the missing-links ranking that
 * open it to the rest of the network, with the figures before and after; for an island the
 * ranking cannot reach, links chosen by what they would do instead.
 */
import { withLinks, type ActorGraph } from '../graph/to-graphology';
import { components, type Components } from './components';
import { eiIndexOf, groupEiIndex, networkEiIndex } from './ei-index';
import { islandFallback, type FallbackLink } from './island-fallback';
import type { MissingLink } from './missing-links';
import { networkFigures, type NetworkFigures } from './network-figures';
import { DEFAULT_ISLAND_RULE, islandReason, linksOut, type IslandOptions, type PolicyIsland } from './policy-islands';

/** The island's own figures, with its members held fixed. */
export interface IslandFigures {
  readonly externalLinks: number;
  readonly internalLinks: number;
  readonly eiIndex: number | null;
  /** Whether the island rule still flags these members. */
  readonly island: boolean;
}

/**
 * `repaired`: the links open the island; `partial`: every candidate together does not;
 * `no-candidate`: the ranking holds no link from inside the island to outside it.
 */
export type RepairStatus = 'repaired' | 'partial' | 'no-candidate';

/**
 * The whole network's figures with one more link, worked out from the figures before: all of
 * `NetworkFigures` but the policy-island count, which would take a community search per link.
 */
export type LinkNetworkFigures = Omit<NetworkFigures, 'islands'>;

/** A link out of an island without a shared partner, with what adding it alone would give. */
export interface FallbackSuggestion extends FallbackLink {
  readonly islandAfter: IslandFigures;
  readonly networkAfter: LinkNetworkFigures;
}

/** The repair of one island: the links chosen and the figures before and after. */
export interface IslandRepair {
  readonly island: PolicyIsland;
  readonly status: RepairStatus;
  readonly links: readonly MissingLink[];
  readonly before: IslandFigures;
  readonly after: IslandFigures;
  readonly network: { readonly before: NetworkFigures; readonly after: NetworkFigures };
  /** Only for `no-candidate`: links to the other domain without a shared partner (`islandFallback`), each on its own. */
  readonly fallback: readonly FallbackSuggestion[];
  readonly description: { readonly nl: string; readonly en: string };
}

/**
 * For each island: take, in ranking order, the missing links with exactly one end inside it,
 * until the island rule no longer flags its members. Each such link adds one external link and
 * leaves the internal ones as they are, so taking them in order gives the fewest links, and of
 * those the best-ranked. Figures before and after: the island's own (members fixed) and the
 * whole network's (`networkFigures`, communities found anew).
 *
 * A component island never has a candidate: a missing link needs a shared partner, so both ends
 * lie in one component. Its repair says so and leaves the figures unchanged; instead its
 * `fallback` proposes up to five links to the other domain's actors of its region or to national
 * actors that bridge regions (`islandFallback`), each with the island's and the network's
 * figures after adding that one link (`LinkNetworkFigures`, exact, from the counts before: one
 * more link, one fewer component when it joins two, the E–I and SZ–EZ reach counts moved by
 * what the link adds). The missing-links ranking itself is left as it is.
 *
 * Source: this project's rule over the Adamic–Adar ranking (contract §4); the greedy choice is
 * optimal because every candidate raises E by exactly one.
 *
 * Complexity: per island O(k + members' degrees) to choose k links, plus one `networkFigures`
 * run (Louvain, O(m log n); SZ–EZ reach O(nm) at worst) on the repaired graph; per island
 * without a candidate, `islandFallback`, and O(1) per proposal; once, when any island has no
 * candidate, O(n + m) for the components and counts the proposals' figures start from.
 */
export function repairIslands(
  graph: ActorGraph,
  islands: readonly PolicyIsland[],
  ranking: readonly MissingLink[],
  options: IslandOptions = {},
): IslandRepair[] {
  const rule = options.rule ?? DEFAULT_ISLAND_RULE;
  const networkBefore = networkFigures(graph, options);
  let baseline: NetworkBaseline | undefined;
  return islands.map((island) => {
    const members = new Set(island.members);
    const candidates = ranking.filter((link) => members.has(link.from) !== members.has(link.to));
    const before = islandFigures(graph, island.members, options);
    const closedWith = (external: number): boolean => (eiIndexOf(external, before.internalLinks) ?? 1) <= rule.maxEiIndex;
    let count = 0;
    while (count < candidates.length && closedWith(before.externalLinks + count)) count += 1;
    const chosen = candidates.slice(0, count);
    // Copying the graph costs O(n + m); an island without a candidate has nothing to add.
    const repaired = count === 0 ? graph : withLinks(graph, chosen);
    const after = count === 0 ? before : islandFigures(repaired, island.members, options);
    const status: RepairStatus = count === 0 ? 'no-candidate' : after.island ? 'partial' : 'repaired';
    let fallback: FallbackSuggestion[] = [];
    if (status === 'no-candidate') {
      const base = (baseline ??= networkBaseline(graph, networkBefore));
      const islandAfter: IslandFigures = {
        externalLinks: before.externalLinks + 1,
        internalLinks: before.internalLinks,
        eiIndex: eiIndexOf(before.externalLinks + 1, before.internalLinks),
        // Members and domains are fixed, so only the E–I test can change its verdict.
        island: before.island && closedWith(before.externalLinks + 1),
      };
      fallback = islandFallback(graph, island, base.pieces).map((link) => ({ ...link, islandAfter, networkAfter: withOneLink(graph, base, link) }));
    }
    return {
      island,
      status,
      links: chosen,
      before,
      after,
      network: { before: networkBefore, after: count === 0 ? networkBefore : networkFigures(repaired, options) },
      fallback,
      description: describeRepair(status, count, after, fallback.length),
    };
  });
}

/** What the figures of a network with one more link are worked out from. */
interface NetworkBaseline {
  readonly before: NetworkFigures;
  readonly pieces: Components;
  readonly crossDomainLinks: number;
  readonly sameDomainLinks: number;
  /** SZ actors × EZ actors, and how many of those pairs are within two steps. */
  readonly szEzPairs: number;
  readonly szEzReached: number;
}

function networkBaseline(graph: ActorGraph, before: NetworkFigures): NetworkBaseline {
  const { external, internal } = networkEiIndex(graph);
  let sz = 0;
  let ez = 0;
  graph.forEachNode((_id, actor) => {
    if (actor.domain === 'SZ') sz += 1;
    else if (actor.domain === 'EZ') ez += 1;
  });
  const szEzPairs = sz * ez;
  return {
    before,
    pieces: components(graph),
    crossDomainLinks: external,
    sameDomainLinks: internal,
    szEzPairs,
    szEzReached: Math.round((before.szEzWithinTwoSteps ?? 0) * szEzPairs),
  };
}

/** `networkFigures` but islands, for the graph with `link` added, from the counts before; O(1). */
function withOneLink(graph: ActorGraph, baseline: NetworkBaseline, link: FallbackLink): LinkNetworkFigures {
  const { before } = baseline;
  const crossing = graph.getNodeAttribute(link.from, 'domain') !== graph.getNodeAttribute(link.to, 'domain') ? 1 : 0;
  return {
    actors: before.actors,
    links: before.links + 1,
    components: before.components - (link.joinsComponents ? 1 : 0),
    eiIndex: eiIndexOf(baseline.crossDomainLinks + crossing, baseline.sameDomainLinks + 1 - crossing),
    szEzWithinTwoSteps: baseline.szEzPairs === 0 ? null : (baseline.szEzReached + link.szEzPairsGained) / baseline.szEzPairs,
  };
}

function islandFigures(graph: ActorGraph, members: readonly string[], options: IslandOptions): IslandFigures {
  const { external, internal, eiIndex } = groupEiIndex(graph, new Set(members));
  return {
    externalLinks: external,
    internalLinks: internal,
    eiIndex,
    island: islandReason(graph, members, options.rule) !== undefined,
  };
}

function describeRepair(status: RepairStatus, count: number, after: IslandFigures, fallbacks: number): { nl: string; en: string } {
  if (status === 'no-candidate') {
    const noCandidate = {
      nl: 'Geen kandidaat in de ranglijst: geen actor in deze groep deelt een partner met een actor erbuiten uit het andere domein (SZ–EZ).',
      en: 'No candidate in the ranking: no actor in this group shares a partner with an actor outside it in the other domain (SZ–EZ).',
    };
    if (fallbacks === 0) return noCandidate;
    const one = fallbacks === 1;
    return {
      nl: `${noCandidate.nl} Zonder gedeelde partner ${one ? 'is er 1 voorstel' : `zijn er ${String(fallbacks)} voorstellen`} op grond van wat de verbinding doet.`,
      en: `${noCandidate.en} Without a shared partner there ${one ? 'is 1 suggestion' : `are ${String(fallbacks)} suggestions`} based on what the link would do.`,
    };
  }
  const out = linksOut(after);
  const links = { nl: count === 1 ? '1 nieuwe verbinding' : `${String(count)} nieuwe verbindingen`, en: count === 1 ? '1 new link' : `${String(count)} new links` };
  return status === 'repaired'
    ? { nl: `Met ${links.nl} is de groep geen eiland meer: ${out.nl}.`, en: `With ${links.en} the group is no longer an island: ${out.en}.` }
    : {
        nl: `Ook met alle ${links.nl} uit de ranglijst blijft de groep een eiland: ${out.nl}.`,
        en: `Even with all ${links.en} from the ranking the group stays an island: ${out.en}.`,
      };
}
