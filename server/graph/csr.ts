/**
 * A compact view of a graph for the measures that traverse it from every node: node numbers,
 * and all neighbourhoods in two typed arrays (compressed sparse rows), so a traversal touches
 * a few contiguous buffers instead of string-keyed objects.
 */
import type { ActorGraph } from './to-graphology';

/**
 * Node i's neighbours are `targets[offsets[i]]` up to (not including) `targets[offsets[i + 1]]`;
 * each undirected edge appears once in each direction.
 */
export interface Csr {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/** A CSR with the actor id of every node: `ids[i]` (graph order) is node `nodeOf[i]`. */
export interface NumberedCsr {
  readonly ids: readonly string[];
  readonly nodeOf: Int32Array;
  readonly csr: Csr;
}

/**
 * The graph as a CSR, numbered in breadth-first order: each component in turn, from its first
 * actor in graph order. Nodes at similar distances from one another get nearby numbers (the
 * idea of Cuthill & McKee's ordering, without their degree tie-break), so traversals read
 * nearby memory and consecutive nodes have similar shortest-path trees, whatever order the ids
 * happened to sort in.
 *
 * Source: Cuthill, E., & McKee, J. (1969). Reducing the bandwidth of sparse symmetric matrices.
 * Proceedings of the 24th ACM National Conference, 157–172.
 *
 * Complexity: O(n + m).
 */
export function csrOf(graph: ActorGraph): NumberedCsr {
  const ids = graph.nodes();
  const inGraphOrder = graphOrderCsr(graph, ids);
  const visit = breadthFirstOrder(inGraphOrder);
  const nodeOf = new Int32Array(visit.length);
  visit.forEach((graphIndex, node) => {
    nodeOf[graphIndex] = node;
  });
  return { ids, nodeOf, csr: renumbered(inGraphOrder, visit, nodeOf) };
}

function graphOrderCsr(graph: ActorGraph, ids: readonly string[]): Csr {
  const indexOf = new Map<string, number>();
  ids.forEach((id, index) => indexOf.set(id, index));
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, index) => {
    offsets[index + 1] = (offsets[index] ?? 0) + graph.degree(id);
  });
  const targets = new Int32Array(offsets[ids.length] ?? 0);
  ids.forEach((id, index) => {
    let slot = offsets[index] ?? 0;
    graph.forEachNeighbor(id, (neighbour) => {
      targets[slot++] = indexOf.get(neighbour) ?? -1;
    });
  });
  return { order: ids.length, offsets, targets };
}

/** Node numbers in the order a breadth-first search over every component visits them. */
function breadthFirstOrder({ order, offsets, targets }: Csr): Int32Array {
  const visit = new Int32Array(order);
  const seen = new Uint8Array(order);
  let visited = 0;
  for (let root = 0; root < order; root++) {
    if (seen[root] === 1) continue;
    seen[root] = 1;
    visit[visited++] = root;
    for (let head = visited - 1; head < visited; head++) {
      const v = visit[head] ?? 0;
      for (let j = offsets[v] ?? 0, end = offsets[v + 1] ?? 0; j < end; j++) {
        const w = targets[j] ?? 0;
        if (seen[w] === 0) {
          seen[w] = 1;
          visit[visited++] = w;
        }
      }
    }
  }
  return visit;
}

/** The CSR whose node k is `visit[k]` of the given one; `nodeOf` is the inverse of `visit`. */
function renumbered(csr: Csr, visit: Int32Array, nodeOf: Int32Array): Csr {
  const offsets = new Int32Array(csr.order + 1);
  const targets = new Int32Array(csr.targets.length);
  visit.forEach((old, node) => {
    const from = csr.offsets[old] ?? 0;
    const to = csr.offsets[old + 1] ?? 0;
    const start = offsets[node] ?? 0;
    for (let j = from; j < to; j++) targets[start + j - from] = nodeOf[csr.targets[j] ?? 0] ?? 0;
    offsets[node + 1] = start + to - from;
  });
  return { order: csr.order, offsets, targets };
}
