/**
 * The region scorecard: one arbeidsmarktregio's network in a few figures, for comparing
 * regions side by side.
 */
import { inducedSubgraph, type ActorGraph } from '../graph/to-graphology';
import { DOMAINS, type Domain } from '../model/network';
import type { ActorMeasures } from './actor-measures';
import { countDomains, type DomainCounts } from './communities';
import { networkEiIndex } from './ei-index';
import { policyIslands, type IslandOptions } from './policy-islands';
import { szEzWithinTwoSteps } from './sz-ez-reach';
import { rankBrokers } from './top-brokers';

/** Links between two domains (the same domain twice for links within one). */
export interface DomainPairCount {
  readonly domains: readonly [Domain, Domain];
  readonly count: number;
}

/** One region's figures (see `regionScorecard`). */
export interface RegionScorecard {
  /** The region id, or null for the whole network. */
  readonly region: string | null;
  readonly actors: number;
  readonly actorsPerDomain: DomainCounts;
  readonly links: number;
  readonly linksPerDomainPair: readonly DomainPairCount[];
  readonly density: number | null;
  readonly eiIndex: number | null;
  readonly szEzWithinTwoSteps: number | null;
  readonly islands: number;
  readonly topBrokers: readonly ActorMeasures[];
}

/** Defaults: seed 1, the default island rule, top 5 brokers. */
export interface ScorecardOptions extends IslandOptions {
  readonly top?: number | undefined;
}

/** A scorecard without its top brokers: what depends on the region and its surroundings only. */
export type RegionFigures = Omit<RegionScorecard, 'topBrokers'>;

/**
 * One region's figures. The region's actors are those whose `region` is the given id (every
 * actor for `null`). Links, density (links / (n(n−1)/2), null below two actors), E–I index and
 * policy islands are taken on the links among the region's own actors. The share of its SZ–EZ
 * pairs within two steps counts a partner from anywhere, since a national actor between two
 * regional ones is a real bridge. Top brokers are ranked by SZ–EZ bridging on the whole
 * network (`actors` as analyse-network returns them), among the region's actors.
 *
 * Sources: density and E–I index as in Wasserman & Faust (1994), §4.2, and Krackhardt & Stern
 * (1988); the other figures as their modules define them.
 *
 * Complexity: O(n + m) plus Louvain on the region's subgraph and the SZ–EZ reach, O(nm) at worst.
 */
export function regionScorecard(
  graph: ActorGraph,
  actors: readonly ActorMeasures[],
  region: string | null,
  options: ScorecardOptions = {},
): RegionScorecard {
  return { ...regionFigures(graph, region, options), topBrokers: regionTopBrokers(graph, actors, region, options) };
}

/**
 * Every figure of `regionScorecard` but the top brokers: these depend only on the region's
 * actors, their partners and their partners' links, so they stay valid while a change
 * elsewhere leaves the region untouched.
 *
 * Complexity: as `regionScorecard`.
 */
export function regionFigures(graph: ActorGraph, region: string | null, options: IslandOptions = {}): RegionFigures {
  const local = region === null ? graph : inducedSubgraph(graph, (_id, actor) => actor.region === region);
  const members = new Set(local.nodes());
  const n = local.order;
  return {
    region,
    actors: n,
    actorsPerDomain: countDomains(local, members),
    links: local.size,
    linksPerDomainPair: linksPerDomainPair(local),
    density: n < 2 ? null : local.size / ((n * (n - 1)) / 2),
    eiIndex: networkEiIndex(local).eiIndex,
    szEzWithinTwoSteps: szEzWithinTwoSteps(graph, members),
    islands: policyIslands(local, options).length,
  };
}

/**
 * The region's actors ranked by bridging between the scope's two domains (SZ–EZ bridging by
 * default) on the whole network, `options.top` of them (default 5): a change anywhere can
 * reorder them.
 *
 * Complexity: O(n log n).
 */
export function regionTopBrokers(graph: ActorGraph, actors: readonly ActorMeasures[], region: string | null, options: ScorecardOptions = {}): ActorMeasures[] {
  const among = new Set(graph.filterNodes((_id, actor) => region === null || actor.region === region));
  return rankBrokers(actors, { by: 'bridging', among, top: options.top ?? 5 });
}

/**
 * The scorecard of every region that occurs in the graph, by region id (code-unit order).
 *
 * Complexity: as `regionScorecard`, once per region.
 */
export function regionScorecards(graph: ActorGraph, actors: readonly ActorMeasures[], options: ScorecardOptions = {}): RegionScorecard[] {
  const regions = new Set<string>();
  graph.forEachNode((_id, actor) => {
    if (actor.region !== undefined) regions.add(actor.region);
  });
  return [...regions].sort().map((region) => regionScorecard(graph, actors, region, options));
}

/** Links per pair of domains (the same domain twice for links within one), in contract order; pairs without links left out. O(m). */
export function linksPerDomainPair(graph: ActorGraph): DomainPairCount[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, _attributes, _source, _target, a, b) => {
    const key = orderedPair(a.domain, b.domain).join('-');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return DOMAINS.flatMap((a, i) =>
    DOMAINS.slice(i).flatMap((b) => {
      const count = counts.get(`${a}-${b}`);
      return count === undefined ? [] : [{ domains: [a, b] as const, count }];
    }),
  );
}

/** The two domains in contract order. */
function orderedPair(a: Domain, b: Domain): [Domain, Domain] {
  return DOMAINS.indexOf(a) <= DOMAINS.indexOf(b) ? [a, b] : [b, a];
}
