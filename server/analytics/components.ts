/**
 * Connected components: the pieces of the network between which no chain of links runs
 * (contract §3 `component`, §4 `components`).
 */
import { connectedComponents } from 'graphology-components';

import type { ActorGraph } from '../graph/to-graphology';

/** The components, largest first, and the index of each actor's component in that list. */
export interface Components {
  readonly components: readonly (readonly string[])[];
  readonly componentOf: ReadonlyMap<string, number>;
}

/**
 * The connected components, largest first. Equal sizes keep the order of their first actor in
 * the graph (actor order), and members are listed in actor order, so the numbering depends
 * only on the input.
 *
 * Source: Hopcroft, J., & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
 * manipulation. Communications of the ACM 16(6), 372–378 (search-based components), via
 * graphology-components.
 *
 * Complexity: O(n + m) for the search, O(n log n) for the ordering.
 */
export function components(graph: ActorGraph): Components {
  const position = new Map(graph.nodes().map((id, index) => [id, index] as const));
  const at = (id: string): number => position.get(id) ?? 0;
  const sorted = connectedComponents(graph)
    .map((members) => members.sort((a, b) => at(a) - at(b)))
    .sort((a, b) => b.length - a.length || at(a[0] ?? '') - at(b[0] ?? ''));
  const componentOf = new Map<string, number>();
  sorted.forEach((members, index) => {
    for (const id of members) componentOf.set(id, index);
  });
  return { components: sorted, componentOf };
}
