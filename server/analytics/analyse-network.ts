/**
 * The full analysis of contract §5: every per-actor and per-network measure in one report, with
 * the forums of §6 and the scope of §7, the same for the command line and the GraphQL API.
 */
import { regionScope, scopedGraph, type ScopedGraph } from '../graph/scoped-graph';
import type { Network } from '../model/network';
import { DEFAULT_SCOPE, scopeStatement, type AnalysisScope, type ScopeStatement } from '../model/scope';
import { actorMeasures, type ActorMeasures } from './actor-measures';
import { communities, type Community } from './communities';
import { components } from './components';
import { networkEiIndex } from './ei-index';
import { forumMeasures, type ForumMeasure } from './forums';
import { missingLinks, type MissingLink } from './missing-links';

/** One actor in the report: its measures, its component and its community. */
export interface ActorAnalysis extends ActorMeasures {
  readonly component: number;
  readonly community: number;
}

/** The report of contract §5, field for field, with the scope (§7) and the forums (§6). */
export interface NetworkAnalysis {
  readonly scope: ScopeStatement;
  readonly actors: readonly ActorAnalysis[];
  readonly components: readonly (readonly string[])[];
  readonly communities: readonly Community[];
  /** Newman modularity of `communities`; null for a network without links. */
  readonly modularity: number | null;
  /** E–I index by domain; null for a network without links. */
  readonly eiIndex: number | null;
  /** Missing links between the scope's two domains. */
  readonly missingLinks: readonly MissingLink[];
  /** Most SZ–EZ pairs first. */
  readonly forums: readonly ForumMeasure[];
}

/** Defaults: seed 1 for Louvain, resolution 1. */
export interface PartitionOptions {
  readonly seed?: number | undefined;
  readonly resolution?: number | undefined;
}

/** Defaults: the default scope (forums as ties, the whole network), seed 1, resolution 1. */
export interface AnalysisOptions extends PartitionOptions {
  readonly scope?: AnalysisScope | undefined;
  /** The region's own actors and the links among them (contract §7); every region by default. */
  readonly region?: string | undefined;
}

/**
 * Runs every measure of contract §3–4 on the scope's graph, and ranks its forums (§6). Actors
 * are listed in graph (actor) order; with forums as ties they are the actors only. Same graph
 * and options, same report: the only randomness (Louvain) is seeded.
 *
 * Sources: see each measure's module.
 *
 * Complexity: O(nm), dominated by betweenness and the bridging measures.
 */
export function analyseScoped(scoped: ScopedGraph, options: PartitionOptions = {}, region: string | null = null): NetworkAnalysis {
  const { graph, scope } = scoped;
  const pieces = components(graph);
  const partition = communities(graph, { seed: options.seed, resolution: options.resolution });
  const actors = actorMeasures(graph, { between: scope.between }).map((measures) => ({
    ...measures,
    component: pieces.componentOf.get(measures.id) ?? -1,
    community: partition.communityOf.get(measures.id) ?? -1,
  }));
  return {
    scope: scopeStatement(scope, region),
    actors,
    components: pieces.components,
    communities: partition.communities,
    modularity: partition.modularity,
    eiIndex: networkEiIndex(graph).eiIndex,
    missingLinks: missingLinks(graph, { between: scope.between }),
    forums: forumMeasures(scoped),
  };
}

/**
 * Builds the graph of a network in a scope (contract §6–7; the default scope unless given),
 * cut to a region when given, and analyses it (see `analyseScoped`).
 *
 * Complexity: O(nm).
 */
export function analyseNetwork(network: Network, options: AnalysisOptions = {}): NetworkAnalysis {
  const scoped = scopedGraph(network, options.scope ?? DEFAULT_SCOPE);
  const region = options.region;
  return analyseScoped(region === undefined ? scoped : regionScope(scoped, region), options, region ?? null);
}
