/**
 * The regions overview as data: the network folded onto its arbeidsmarktregio's, one entry
 * per region (actors, actors per domain, links inside the region) and one per pair of
 * regions that actors link across (weight = number of such links). Pure: no DOM, no sigma.
 *
 * Links are counted on the simple graph of contract §2 (one per pair of actors, whatever
 * the number of link types between them), the graph every other figure uses.
 *
 * National actors (no region) are left out of the regions and their links: there is no
 * region to drill into for them, and as one hub node they would tie every region to every
 * other and hide the pattern between regions. Their number is reported beside the regions.
 */
import type { Domain } from '../api/operations/operation';
import type { NetworkGraph } from './network-graph';
import { presenceOn } from './timeline';

/** The fields of an actor the overview needs. */
export interface RegionActor {
  readonly id: string;
  readonly region: string | null;
  readonly domain: Domain;
}

/** A link between two actors, by id (direction does not matter). */
export interface ActorPair {
  readonly from: string;
  readonly to: string;
}

/** One arbeidsmarktregio of the reference data. */
export interface RegionRef {
  readonly id: string;
  readonly name: string;
}

export interface RegionSummary {
  readonly id: string;
  readonly name: string;
  readonly actors: number;
  readonly actorsPerDomain: Readonly<Record<Domain, number>>;
  /** Links with both ends in this region. */
  readonly internalLinks: number;
  /** Links from an actor of this region to an actor of another region. */
  readonly externalLinks: number;
}

export interface RegionLink {
  /** The two regions, `from` < `to` by id. */
  readonly from: string;
  readonly to: string;
  /** Links between actors of the two regions. */
  readonly weight: number;
}

export interface RegionOverview {
  /** Every region of the reference data, in its order, including regions without actors. */
  readonly regions: readonly RegionSummary[];
  /** Pairs of regions with at least one link, sorted by `from`, then `to`. */
  readonly links: readonly RegionLink[];
  /** Actors without a region (left out, see the file comment). */
  readonly nationalActors: number;
  /** Actors naming a region the reference data does not list (left out as well). */
  readonly unknownRegionActors: number;
}

const emptyDomains = (): Record<Domain, number> => ({ SZ: 0, EZ: 0, ONDERWIJS: 0, OVERIG: 0 });

/**
 * Folds actors and their links onto the regions. Links to a national actor, to an actor of
 * an unknown region or naming an unknown actor are not counted; a link from an actor to
 * itself is ignored. Complexity: O(R + n + m) time, O(min(R², m)) extra space for the pairs.
 */
export function aggregateRegions(regions: readonly RegionRef[], actors: Iterable<RegionActor>, pairs: Iterable<ActorPair>): RegionOverview {
  const summaries = regions.map((region) => ({ id: region.id, name: region.name, actors: 0, actorsPerDomain: emptyDomains(), internalLinks: 0, externalLinks: 0 }));
  const counts = new Map(summaries.map((summary) => [summary.id, summary]));
  const regionOf = new Map<string, string>();
  let nationalActors = 0;
  let unknownRegionActors = 0;
  for (const actor of actors) {
    if (actor.region === null) {
      nationalActors += 1;
      continue;
    }
    const count = counts.get(actor.region);
    if (count === undefined) {
      unknownRegionActors += 1;
      continue;
    }
    regionOf.set(actor.id, actor.region);
    count.actors += 1;
    count.actorsPerDomain[actor.domain] += 1;
  }
  const between = new Map<string, RegionLink>();
  for (const pair of pairs) {
    if (pair.from === pair.to) continue;
    const a = regionOf.get(pair.from);
    const b = regionOf.get(pair.to);
    if (a === undefined || b === undefined) continue;
    if (a === b) {
      const count = counts.get(a);
      if (count !== undefined) count.internalLinks += 1;
      continue;
    }
    for (const region of [a, b]) {
      const count = counts.get(region);
      if (count !== undefined) count.externalLinks += 1;
    }
    const [from, to] = a < b ? [a, b] : [b, a];
    const key = `${from}\u0000${to}`;
    between.set(key, { from, to, weight: (between.get(key)?.weight ?? 0) + 1 });
  }
  const links = [...between.values()].sort((x, y) => (x.from === y.from ? (x.to < y.to ? -1 : 1) : x.from < y.from ? -1 : 1));
  return {
    regions: summaries,
    links,
    nationalActors,
    unknownRegionActors,
  };
}

/**
 * The overview of the explorer's graph: its actors and its real links (suggestions are not
 * links), those present on `day` when one is given (state/timeline.ts). O(R + n + m).
 */
export function regionOverviewOf(graph: NetworkGraph, regions: readonly RegionRef[], day: string | null = null): RegionOverview {
  const presence = day === null ? null : presenceOn(graph, day);
  const actors = graph.filterNodes((id) => presence === null || presence.nodes.has(id)).map((id): RegionActor => ({ id, region: graph.getNodeAttribute(id, 'region'), domain: graph.getNodeAttribute(id, 'domain') }));
  const pairs: ActorPair[] = [];
  graph.forEachEdge((edge, attributes, from, to) => {
    if (attributes.kind === 'link' && (presence === null || presence.edges.has(edge))) pairs.push({ from, to });
  });
  return aggregateRegions(regions, actors, pairs);
}
