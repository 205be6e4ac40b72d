/**
 * Exact betweenness fast enough for networks of ten thousand actors: Brandes' algorithm on a
 * typed-array graph, run for 32 sources at once.
 */
import { byActor, compactGraphOf, type CompactGraph, type Neighbourhoods } from '../graph/compact-graph';
import type { ActorGraph } from '../graph/to-graphology';

/** Sources handled together: one bit each in a 32-bit mask. */
const BATCH_SIZE = 32;

/**
 * Normalised betweenness: for each actor v, the sum over unordered pairs {s, t} (s, t ≠ v) of
 * σ_st(v)/σ_st, where σ_st counts the shortest s–t paths and σ_st(v) those through v, divided
 * by (n−1)(n−2)/2, the number of such pairs. The same values as graphology-metrics'
 * `betweennessCentrality(graph, { getEdgeWeight: null, normalized: true })` and NetworkX
 * `betweenness_centrality(G, normalized=True)` on an undirected graph. For n < 3 no pair can
 * have an actor in between and every value is 0; a graph without actors gives an empty map.
 * Actors are listed in graph order.
 *
 * Algorithm: Brandes' dependency accumulation, δ_s(v) = Σ_{w : v precedes w} σ_sv/σ_sw ·
 * (1 + δ_s(w)), summed over every source s: twice the sum over unordered pairs. The breadth-first
 * searches of 32 sources run as one (Then et al.'s multi-source BFS): a node carries a bit mask
 * of the sources that reach it at the current distance, so each adjacency list is read once per
 * distinct distance instead of once per source, and only the edges of the shortest-path DAGs do
 * per-source arithmetic. Path counts are doubles, exact up to 2^53, where graphology's 32-bit
 * counts would wrap. It reads the graph's compact graph, numbered in breadth-first order (see
 * `compactGraph`) so that a batch's sources lie close together.
 *
 * Sources: Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
 * Sociometry 40(1), 35–41; Brandes, U. (2001). A faster algorithm for betweenness centrality.
 * Journal of Mathematical Sociology 25(2), 163–177; Then, M., Kaufmann, M., Chirigati, F.,
 * Hoang-Vu, T.-A., Pham, K., Kemper, A., Neumann, T., & Vo, H. T. (2014). The more the merrier:
 * efficient multi-source graph traversal. Proceedings of the VLDB Endowment 8(4), 449–460.
 *
 * Complexity: O(nm) time (per batch, each adjacency list is read at most 32 times and each
 * edge does O(1) work per source), O(32·n + m) space.
 */
export function betweennessExact(graph: ActorGraph): ReadonlyMap<string, number> {
  const compact = compactGraphOf(graph);
  const sums = dependencySums(compact, everyNode(compact.order));
  return scoresOf(compact, sums, normalisation(compact.order));
}

/** 1/((n−1)(n−2)): turns a sum over ordered pairs into the share of unordered pairs; 0 for n < 3. */
export const normalisation = (n: number): number => (n < 3 ? 0 : 1 / ((n - 1) * (n - 2)));

/** Sources 0 … n−1. */
export const everyNode = (n: number): Int32Array => Int32Array.from({ length: n }, (_, node) => node);

/** Each actor's summed dependencies (by node) times `scale`, in graph order. */
export function scoresOf(compact: CompactGraph, sums: Float64Array, scale: number): ReadonlyMap<string, number> {
  return byActor(compact, (node) => (sums[node] ?? 0) * scale);
}

/** Which share of the sources to take, and which nodes count as targets. */
export interface DependencyOptions {
  /** This worker's number, 0 … parts − 1; default 0. */
  readonly part?: number;
  /** Workers sharing the sources; default 1. */
  readonly parts?: number;
  /**
   * Per node (the compact graph's numbering): 1 where the node counts as a target, 0 where
   * not; default every node. With targets T,
   * δ_s(v) = Σ_{w : v precedes w} σ_sv/σ_sw · (1[w ∈ T] + δ_s(w)): betweenness with sources
   * and targets (Brandes 2008, §3.3).
   */
  readonly isTarget?: Uint8Array | undefined;
}

/**
 * Σ δ_s(v) for every node v over the given sources s, taking the batches of `BATCH_SIZE`
 * consecutive sources whose batch number is `part` modulo `parts` (all of them by default), so
 * that `parts` workers can share the sources and their partial sums add up to the whole.
 * Buffers are allocated once and reused for every batch.
 *
 * Source for the targets: Brandes, U. (2008). On variants of shortest-path betweenness
 * centrality and their generic computation. Social Networks 30(2), 136–145.
 *
 * Complexity: O(|sources| · m / parts) time, O(32·n + m) space.
 */
export function dependencySums(graph: Neighbourhoods, sources: Int32Array, options: DependencyOptions = {}): Float64Array<ArrayBuffer> {
  const { part = 0, parts = 1, isTarget } = options;
  const buffers = new BatchBuffers(graph.order, isTarget);
  for (let first = part * BATCH_SIZE; first < sources.length; first += parts * BATCH_SIZE) {
    accumulateBatch(graph, sources.subarray(first, first + BATCH_SIZE), buffers);
  }
  return buffers.sums;
}

/**
 * State of one batch. Per node and source (slot `node·32 + bit`): σ, replaced by (1 + δ)/σ once
 * the backward pass is done with the node (one array for both halves the memory the traversals
 * jump around in). Per node: the sources that have reached it.
 * Per distance d: the entries (node, mask of sources at distance d from it), `levelStart[d]`
 * onwards in `entryNode`/`entryMask`. `childSums`: per source, the sum over one node's children.
 */
class BatchBuffers {
  readonly sums: Float64Array<ArrayBuffer>;
  readonly slots: Float64Array;
  readonly childSums: Float64Array;
  readonly seen: Int32Array;
  readonly nextMask: Int32Array;
  readonly nextNodes: Int32Array;
  readonly upMask: Int32Array;
  readonly levelStart: Int32Array;
  entryNode: Int32Array;
  entryMask: Int32Array;

  constructor(
    n: number,
    /** 1 per target node, 0 per other; undefined: every node is a target. */
    readonly isTarget: Uint8Array | undefined,
  ) {
    this.sums = new Float64Array(n);
    this.slots = new Float64Array(n * BATCH_SIZE);
    this.childSums = new Float64Array(BATCH_SIZE);
    this.seen = new Int32Array(n);
    this.nextMask = new Int32Array(n);
    this.nextNodes = new Int32Array(n);
    this.upMask = new Int32Array(n);
    // Levels 0 … deepest + 1 (the empty one below the deepest) and the end of the last: the
    // deepest is at most n − 1.
    this.levelStart = new Int32Array(n + 2);
    // A node has at most one entry per source, usually far fewer: grown on demand.
    this.entryNode = new Int32Array(Math.max(BATCH_SIZE, 4 * n));
    this.entryMask = new Int32Array(this.entryNode.length);
  }

  /** Room for `extra` more entries after the first `used`. */
  reserve(used: number, extra: number): void {
    if (used + extra <= this.entryNode.length) return;
    const size = Math.max(used + extra, 2 * this.entryNode.length);
    const node = new Int32Array(size);
    const mask = new Int32Array(size);
    node.set(this.entryNode.subarray(0, used));
    mask.set(this.entryMask.subarray(0, used));
    this.entryNode = node;
    this.entryMask = mask;
  }
}

/** Index of the lowest set bit of a non-zero 32-bit mask. */
const lowestBit = (mask: number): number => 31 - Math.clz32(mask & -mask);

/** Adds δ_s(v) of up to 32 sources to `buffers.sums`, then clears what the batch wrote. */
function accumulateBatch(graph: Neighbourhoods, sources: Int32Array, buffers: BatchBuffers): void {
  const depth = forward(graph, sources, buffers);
  backward(graph, depth, buffers);
  clear(buffers, depth);
}

/**
 * Multi-source breadth-first search with path counting: level d + 1 is every (node, sources)
 * reached from level d for the first time, and σ of a node for a source is the sum of σ over its
 * parents at the previous level. Returns the deepest level.
 */
function forward({ offsets, targets }: Neighbourhoods, sources: Int32Array, buffers: BatchBuffers): number {
  const { slots: sigma, seen, nextMask, nextNodes, levelStart } = buffers;
  sources.forEach((source, bit) => {
    buffers.entryNode[bit] = source;
    buffers.entryMask[bit] = 1 << bit;
    seen[source] = (seen[source] ?? 0) | (1 << bit);
    sigma[source * BATCH_SIZE + bit] = 1;
  });
  levelStart[0] = 0;
  levelStart[1] = sources.length;
  let used = sources.length;
  for (let depth = 0; ; depth++) {
    const { entryNode, entryMask } = buffers;
    let reached = 0;
    for (let entry = levelStart[depth] ?? 0, end = levelStart[depth + 1] ?? 0; entry < end; entry++) {
      const v = entryNode[entry] ?? 0;
      const frontier = entryMask[entry] ?? 0;
      const vSlot = v * BATCH_SIZE;
      for (let j = offsets[v] ?? 0, stop = offsets[v + 1] ?? 0; j < stop; j++) {
        const w = targets[j] ?? 0;
        // Sources at distance d from v that have not reached w yet: w is at d + 1 for them.
        let fresh = frontier & ~(seen[w] ?? 0);
        if (fresh === 0) continue;
        if (nextMask[w] === 0) nextNodes[reached++] = w;
        nextMask[w] = (nextMask[w] ?? 0) | fresh;
        const wSlot = w * BATCH_SIZE;
        do {
          const bit = lowestBit(fresh);
          sigma[wSlot + bit] = (sigma[wSlot + bit] ?? 0) + (sigma[vSlot + bit] ?? 0);
          fresh &= fresh - 1;
        } while (fresh !== 0);
      }
    }
    if (reached === 0) {
      // The level below the deepest is empty.
      levelStart[depth + 2] = used;
      return depth;
    }
    // Marked seen only now, so that every parent at distance d adds to σ before the level closes.
    buffers.reserve(used, reached);
    for (let i = 0; i < reached; i++) {
      const w = nextNodes[i] ?? 0;
      const mask = nextMask[w] ?? 0;
      seen[w] = (seen[w] ?? 0) | mask;
      buffers.entryNode[used] = w;
      buffers.entryMask[used] = mask;
      used++;
      nextMask[w] = 0;
    }
    levelStart[depth + 2] = used;
  }
}

/**
 * Dependency accumulation from the deepest level up: for v at distance d from s,
 * δ_s(v) = σ_sv · Σ_{children w at d + 1} (1 + δ_s(w))/σ_sw, so each node's slot changes from
 * σ to (1[v is a target] + δ)/σ for its parents to add up. The sources themselves (level 0)
 * are left out.
 */
function backward({ offsets, targets }: Neighbourhoods, deepest: number, buffers: BatchBuffers): void {
  const { sums, slots, childSums, upMask, levelStart, entryNode, entryMask, isTarget } = buffers;
  for (let depth = deepest; depth >= 1; depth--) {
    const childStart = levelStart[depth + 1] ?? 0;
    const childEnd = levelStart[depth + 2] ?? 0;
    for (let entry = childStart; entry < childEnd; entry++) upMask[entryNode[entry] ?? 0] = entryMask[entry] ?? 0;
    for (let entry = levelStart[depth] ?? 0, end = childStart; entry < end; entry++) {
      const v = entryNode[entry] ?? 0;
      const mask = entryMask[entry] ?? 0;
      const vSlot = v * BATCH_SIZE;
      // The deepest level has no children: its sum stays 0.
      if (depth < deepest) {
        for (let j = offsets[v] ?? 0, stop = offsets[v + 1] ?? 0; j < stop; j++) {
          const w = targets[j] ?? 0;
          let children = mask & (upMask[w] ?? 0);
          if (children === 0) continue;
          const wSlot = w * BATCH_SIZE;
          do {
            const bit = lowestBit(children);
            childSums[bit] = (childSums[bit] ?? 0) + (slots[wSlot + bit] ?? 0);
            children &= children - 1;
          } while (children !== 0);
        }
      }
      let dependency = 0;
      const weight = isTarget === undefined ? 1 : (isTarget[v] ?? 0);
      for (let bits = mask; bits !== 0; bits &= bits - 1) {
        const bit = lowestBit(bits);
        const childSum = childSums[bit] ?? 0;
        const paths = slots[vSlot + bit] ?? 1;
        dependency += paths * childSum;
        slots[vSlot + bit] = weight / paths + childSum;
        childSums[bit] = 0;
      }
      sums[v] = (sums[v] ?? 0) + dependency;
    }
    for (let entry = childStart; entry < childEnd; entry++) upMask[entryNode[entry] ?? 0] = 0;
  }
}

/** Zeroes exactly the slots and masks the batch wrote: cost in proportion to its work. */
function clear(buffers: BatchBuffers, deepest: number): void {
  const { slots, seen, levelStart, entryNode, entryMask } = buffers;
  for (let entry = 0, end = levelStart[deepest + 1] ?? 0; entry < end; entry++) {
    const v = entryNode[entry] ?? 0;
    seen[v] = 0;
    for (let bits = entryMask[entry] ?? 0; bits !== 0; bits &= bits - 1) {
      slots[v * BATCH_SIZE + lowestBit(bits)] = 0;
    }
  }
}
