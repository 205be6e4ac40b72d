/**
 * Krackhardt & Stern's E–I index: the balance between links that leave a group and links that
 * stay inside it (contract §4), from −1 (all inside) to +1 (all outside).
 */
import type { ActorGraph } from '../graph/to-graphology';

/** External and internal link counts and their E–I index; `eiIndex` is null when E + I = 0. */
export interface EiBalance {
  readonly external: number;
  readonly internal: number;
  readonly eiIndex: number | null;
}

/** (E − I)/(E + I), or null when there are no links to weigh. */
export const eiIndexOf = (external: number, internal: number): number | null =>
  external + internal === 0 ? null : (external - internal) / (external + internal);

/**
 * E–I index of the whole network, with groups = domain: E counts links between actors of
 * different domains, I links within one domain. `null` for a network without links.
 *
 * Source: Krackhardt, D., & Stern, R. N. (1988). Informal networks and organizational crises:
 * an experimental simulation. Social Psychology Quarterly 51(2), 123–140.
 *
 * Complexity: O(m).
 */
export function networkEiIndex(graph: ActorGraph): EiBalance {
  let external = 0;
  let internal = 0;
  graph.forEachEdge((_edge, _attributes, _source, _target, sourceActor, targetActor) => {
    if (sourceActor.domain === targetActor.domain) internal += 1;
    else external += 1;
  });
  return { external, internal, eiIndex: eiIndexOf(external, internal) };
}

/**
 * E–I index of a group of actors (a community, a component): E counts links with one end
 * inside the group, I links with both ends inside. `null` for a group without links.
 *
 * Source: Krackhardt & Stern (1988), as above.
 *
 * Complexity: O(Σ deg over the members).
 */
export function groupEiIndex(graph: ActorGraph, members: ReadonlySet<string>): EiBalance {
  let external = 0;
  let ends = 0;
  for (const member of members) {
    graph.forEachNeighbor(member, (neighbour) => {
      if (members.has(neighbour)) ends += 1;
      else external += 1;
    });
  }
  const internal = ends / 2;
  return { external, internal, eiIndex: eiIndexOf(external, internal) };
}
