/**
 * Which regions a change of the network touches, for results that depend only on a region's
 * actors and their direct partners (region scorecards, a region's islands and missing links).
 * It compares one scope's graphs (contract §7): with forums as ties, partners include the
 * co-members of a forum, so a change of a forum's members touches the regions of all of them.
 */
import type { Actor } from '../model/network';
import type { ActorGraph } from './to-graphology';

/** One version of the network in one scope: its actors by id and the scope's graph. */
export interface NetworkVersion {
  readonly actor: (id: string) => Actor | undefined;
  readonly graph: ActorGraph;
}

/**
 * The regions whose region-level results may differ between `before` and `after`. An actor is
 * changed when it was added or removed, when any of its fields differ (its record, compared as
 * JSON), or when its set of partners differs. A result for region R reads R's actors, their
 * partners and their partners' degrees (the Adamic–Adar scores of missing links, the SZ–EZ
 * pairs within two steps), so a change at actor a can reach R only when a is in R or a
 * partner of an actor in R: the touched regions are the regions of the changed actors and of
 * their partners, in either version. Results over the whole network depend on every actor and
 * are not covered.
 *
 * Complexity: O(n + m + size of the actor records).
 */
export function touchedRegions(before: NetworkVersion, after: NetworkVersion): Set<string> {
  const regions = new Set<string>();
  const touch = (version: NetworkVersion, id: string): void => {
    if (!version.graph.hasNode(id)) return;
    const region = version.graph.getNodeAttribute(id, 'region');
    if (region !== undefined) regions.add(region);
    version.graph.forEachNeighbor(id, (_partner, attributes) => {
      if (attributes.region !== undefined) regions.add(attributes.region);
    });
  };
  for (const id of changedActors(before, after)) {
    touch(before, id);
    touch(after, id);
  }
  return regions;
}

/** Ids of the actors added, removed, edited or linked differently. */
function changedActors(before: NetworkVersion, after: NetworkVersion): string[] {
  const changed: string[] = [];
  after.graph.forEachNode((id) => {
    if (!before.graph.hasNode(id) || !samePartners(before.graph, after.graph, id) || JSON.stringify(before.actor(id)) !== JSON.stringify(after.actor(id))) {
      changed.push(id);
    }
  });
  before.graph.forEachNode((id) => {
    if (!after.graph.hasNode(id)) changed.push(id);
  });
  return changed;
}

function samePartners(before: ActorGraph, after: ActorGraph, id: string): boolean {
  return before.degree(id) === after.degree(id) && after.everyNeighbor(id, (partner) => before.hasEdge(id, partner));
}
