/**
 * The full analysis of contract §5: every per-actor and per-network measure in one report, the
 * same for the command line and the GraphQL API.
 */
import { toGraph, type ActorGraph } from '../graph/to-graphology';
import type { Network } from '../model/network';
import { actorMeasures, type ActorMeasures } from './actor-measures';
import { communities, type Community } from './communities';
import { components } from './components';
import { networkEiIndex } from './ei-index';
import { missingLinks, type MissingLink } from './missing-links';

/** One actor in the report: its measures, its component and its community. */
export interface ActorAnalysis extends ActorMeasures {
  readonly component: number;
  readonly community: number;
}

/** The report of contract §5, field for field. */
export interface NetworkAnalysis {
  readonly actors: readonly ActorAnalysis[];
  readonly components: readonly (readonly string[])[];
  readonly communities: readonly Community[];
  /** Newman modularity of `communities`; null for a network without links. */
  readonly modularity: number | null;
  /** E–I index by domain; null for a network without links. */
  readonly eiIndex: number | null;
  readonly missingLinks: readonly MissingLink[];
}

/** Defaults: seed 1 for Louvain, resolution 1, missing links from every region. */
export interface AnalysisOptions {
  readonly seed?: number | undefined;
  readonly resolution?: number | undefined;
  readonly missingLinksRegion?: string | undefined;
}

/**
 * Runs every measure of contract §3–4 on the graph. Actors are listed in graph (actor) order.
 * Same graph and options, same report: the only randomness (Louvain) is seeded.
 *
 * Sources: see each measure's module.
 *
 * Complexity: O(nm), dominated by betweenness and SZ–EZ bridging.
 */
export function analyseGraph(graph: ActorGraph, options: AnalysisOptions = {}): NetworkAnalysis {
  const pieces = components(graph);
  const partition = communities(graph, { seed: options.seed, resolution: options.resolution });
  const actors = actorMeasures(graph).map((measures) => ({
    ...measures,
    component: pieces.componentOf.get(measures.id) ?? -1,
    community: partition.communityOf.get(measures.id) ?? -1,
  }));
  return {
    actors,
    components: pieces.components,
    communities: partition.communities,
    modularity: partition.modularity,
    eiIndex: networkEiIndex(graph).eiIndex,
    missingLinks: missingLinks(graph, { region: options.missingLinksRegion }),
  };
}

/**
 * Builds the contract §2 graph of a network and analyses it (see `analyseGraph`).
 *
 * Complexity: O(nm).
 */
export function analyseNetwork(network: Network, options: AnalysisOptions = {}): NetworkAnalysis {
  return analyseGraph(toGraph(network), options);
}
