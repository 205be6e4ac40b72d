/**
 * The per-actor measures of contract §3 that do not depend on a partition, gathered in one
 * record per actor (components and communities are added by analyse-network).
 */
import type { ActorGraph } from '../graph/to-graphology';
import type { Domain } from '../model/network';
import { brokerageRoles, type BrokerageRoles } from './brokerage';
import { betweenness, degrees } from './centrality';
import { constraint, effectiveSize } from './structural-holes';
import { bridging as bridgingBetween, szEzBridging } from './sz-ez-bridging';

/** One actor's measures, in the field order of contract §5. */
export interface ActorMeasures {
  readonly id: string;
  readonly degree: number;
  readonly betweenness: number;
  readonly szEzBridging: number;
  /** Bridging between the scope's two domains (`szEzBridging` for SZ and EZ). */
  readonly bridging: number;
  readonly brokerage: BrokerageRoles;
  readonly constraint: number | null;
  readonly effectiveSize: number | null;
}

const NO_ROLES: BrokerageRoles = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };

/** Defaults: bridging between SZ and EZ. */
export interface ActorMeasureOptions {
  readonly between?: readonly [Domain, Domain] | undefined;
}

/**
 * Degree, betweenness, SZ–EZ bridging, bridging between the `between` domains, brokerage roles,
 * constraint and effective size of every actor, in graph (actor) order. See each measure's
 * module for its definition and source.
 *
 * Complexity: O(nm), dominated by betweenness and the bridging measures.
 */
export function actorMeasures(graph: ActorGraph, options: ActorMeasureOptions = {}): ActorMeasures[] {
  const degree = degrees(graph);
  const between = betweenness(graph);
  const szEz = szEzBridging(graph);
  const [first, second] = options.between ?? ['SZ', 'EZ'];
  const isSzEz = (first === 'SZ' && second === 'EZ') || (first === 'EZ' && second === 'SZ');
  const scoped = isSzEz ? szEz : bridgingBetween(graph, [first, second]);
  const roles = brokerageRoles(graph);
  const constraints = constraint(graph);
  const sizes = effectiveSize(graph);
  return graph.mapNodes((id) => ({
    id,
    degree: degree.get(id) ?? 0,
    betweenness: between.get(id) ?? 0,
    szEzBridging: szEz.get(id) ?? 0,
    bridging: scoped.get(id) ?? 0,
    brokerage: roles.get(id) ?? NO_ROLES,
    constraint: constraints.get(id) ?? null,
    effectiveSize: sizes.get(id) ?? null,
  }));
}
