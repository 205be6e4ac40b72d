/**
 * The per-actor measures of contract §3 that do not depend on a partition, gathered in one
 * record per actor (components and communities are added by analyse-network).
 */
import type { ActorGraph } from '../graph/to-graphology';
import { brokerageRoles, type BrokerageRoles } from './brokerage';
import { betweenness, degrees } from './centrality';
import { constraint, effectiveSize } from './structural-holes';
import { szEzBridging } from './sz-ez-bridging';

/** One actor's measures, in the field order of contract §5. */
export interface ActorMeasures {
  readonly id: string;
  readonly degree: number;
  readonly betweenness: number;
  readonly szEzBridging: number;
  readonly brokerage: BrokerageRoles;
  readonly constraint: number | null;
  readonly effectiveSize: number | null;
}

const NO_ROLES: BrokerageRoles = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };

/**
 * Degree, betweenness, SZ–EZ bridging, brokerage roles, constraint and effective size of every
 * actor, in graph (actor) order. See each measure's module for its definition and source.
 *
 * Complexity: O(nm), dominated by betweenness and SZ–EZ bridging.
 */
export function actorMeasures(graph: ActorGraph): ActorMeasures[] {
  const degree = degrees(graph);
  const between = betweenness(graph);
  const bridging = szEzBridging(graph);
  const roles = brokerageRoles(graph);
  const constraints = constraint(graph);
  const sizes = effectiveSize(graph);
  return graph.mapNodes((id) => ({
    id,
    degree: degree.get(id) ?? 0,
    betweenness: between.get(id) ?? 0,
    szEzBridging: bridging.get(id) ?? 0,
    brokerage: roles.get(id) ?? NO_ROLES,
    constraint: constraints.get(id) ?? null,
    effectiveSize: sizes.get(id) ?? null,
  }));
}
