/**
 * What a roster survey round (issue 17) does to the network: its figures without the round and
 * with all of its answers, and the pairs of actors the round links for the first time.
 */
import { UndirectedGraph } from 'graphology';

import { regionScope, scopedGraph } from '../graph/scoped-graph';
import type { ActorAttributes, ActorGraph } from '../graph/to-graphology';
import type { LinkType, Network } from '../model/network';
import { DEFAULT_SCOPE, type AnalysisScope } from '../model/scope';
import { pairKey } from '../model/survey';
import { networkFigures, type NetworkFigures } from './network-figures';
import type { IslandOptions } from './policy-islands';
import { linksPerDomainPair, type DomainPairCount } from './scorecard';

/** One answer of the round as a tie: the respondent (`from`), the partner (`to`) and the relation named. */
export interface SurveyTie {
  readonly from: string;
  readonly to: string;
  /** The answer's link type; like every measure (contract §2), the figures do not look at it. */
  readonly type: LinkType;
}

export interface SurveyRoundFigures {
  /** The round's network without the round's links. */
  readonly before: NetworkFigures;
  /** The same with a link for every tie. */
  readonly after: NetworkFigures;
  /** Pairs the ties link that had no link before, per pair of domains (contract order). */
  readonly newLinksPerDomainPair: readonly DomainPairCount[];
}

/** Defaults: the whole network, the default scope (contract §7), seed 1 and the default island rule. */
export interface SurveyRoundOptions extends IslandOptions {
  /** Only this region's own actors and the links among them, as `analyze --region` cuts it; null: the whole network. */
  readonly region?: string | null | undefined;
  readonly scope?: AnalysisScope | undefined;
}

/**
 * The figures of a survey round:
 *
 * - `before`: `networkFigures` of the scope's graph (forums as ties by default) of the network
 *   without every link whose `survey` is `surveyId`, cut to `options.region` with `regionScope`;
 * - `after`: the same graph plus one edge per tie whose two ends are nodes of it (a tie to an
 *   actor outside the region, to a forum or to itself adds nothing): the what-if of all the
 *   round's answers;
 * - `newLinksPerDomainPair`: the distinct unordered pairs of those ties that are not adjacent in
 *   `before`'s graph (neither linked nor, forums as ties, meeting in a forum), counted per pair
 *   of the two actors' domains as the scorecard's `linksPerDomainPair` counts links.
 *
 * A pair named by both actors, or with several link types, is one new link.
 *
 * Complexity: building the scope's graph, O(n log n + m log m + P log P) for P forum
 * co-membership pairs, plus O(t) for t ties and `networkFigures` twice (O(m log n) for Louvain,
 * O(nm) at worst for the SZ–EZ reach). The graph is built once: `after` is `before`'s graph with
 * the ties added in place.
 */
export function surveyRoundFigures(network: Network, surveyId: string, ties: readonly SurveyTie[], options: SurveyRoundOptions = {}): SurveyRoundFigures {
  const withoutRound: Network = { actors: network.actors, links: network.links.filter((link) => link.survey !== surveyId) };
  const scoped = scopedGraph(withoutRound, options.scope ?? DEFAULT_SCOPE);
  const region = options.region ?? null;
  const graph = region === null ? scoped.graph : regionScope(scoped, region).graph;
  const added = ties.filter(({ from, to }) => from !== to && graph.hasNode(from) && graph.hasNode(to));
  const newLinksPerDomainPair = linksPerDomainPair(newPairs(graph, added));
  const before = networkFigures(graph, options);
  // The graph was built for this call alone, so the ties go into it rather than into a copy,
  // which on 200,000 edges costs most of what the figures do.
  for (const { from, to } of added) graph.mergeEdge(from, to);
  return { before, after: networkFigures(graph, options), newLinksPerDomainPair };
}

/** The ties' pairs that are not adjacent in `graph`, once each, as a graph of their own. O(t). */
function newPairs(graph: ActorGraph, ties: readonly SurveyTie[]): ActorGraph {
  const fresh: ActorGraph = new UndirectedGraph<ActorAttributes>();
  const seen = new Set<string>();
  for (const { from, to } of ties) {
    const key = pairKey(from, to);
    if (seen.has(key) || graph.areNeighbors(from, to)) continue;
    seen.add(key);
    fresh.mergeNode(from, graph.getNodeAttributes(from));
    fresh.mergeNode(to, graph.getNodeAttributes(to));
    fresh.addEdge(from, to);
  }
  return fresh;
}
