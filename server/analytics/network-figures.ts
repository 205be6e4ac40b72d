/**
 * A handful of whole-network figures that show at a glance what a change does: pieces,
 * openness between domains, SZ–EZ reach and islands.
 */
import type { ActorGraph } from '../graph/to-graphology';
import { communities } from './communities';
import { components } from './components';
import { networkEiIndex } from './ei-index';
import { flagPolicyIslands, type IslandOptions } from './policy-islands';
import { szEzWithinTwoSteps } from './sz-ez-reach';

/** Whole-network figures. */
export interface NetworkFigures {
  readonly actors: number;
  readonly links: number;
  readonly components: number;
  /** Network E–I index by domain (null without links). */
  readonly eiIndex: number | null;
  /** Share of SZ–EZ pairs within two steps of each other (null without such pairs). */
  readonly szEzWithinTwoSteps: number | null;
  readonly islands: number;
}

/**
 * Counts of actors, links and components, the network E–I index, the share of SZ–EZ pairs
 * within two steps, and the number of policy islands (seeded Louvain, default rule). See the
 * module of each measure for its definition.
 *
 * Complexity: O(m log n) for Louvain; O(nm) at worst for the SZ–EZ reach.
 */
export function networkFigures(graph: ActorGraph, options: IslandOptions = {}): NetworkFigures {
  const pieces = components(graph);
  const partition = communities(graph, { seed: options.seed });
  return {
    actors: graph.order,
    links: graph.size,
    components: pieces.components.length,
    eiIndex: networkEiIndex(graph).eiIndex,
    szEzWithinTwoSteps: szEzWithinTwoSteps(graph),
    islands: flagPolicyIslands(graph, { components: pieces, communities: partition }, options.rule).length,
  };
}
