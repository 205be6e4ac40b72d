/**
 * Exact betweenness on every core: the sources of `betweennessExact` shared out over worker
 * threads, for networks large enough to repay starting them.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

import { compactGraphOf, type Neighbourhoods } from '../graph/compact-graph';
import type { ActorGraph } from '../graph/to-graphology';
import { typescriptWorkerSource } from '../typescript-worker';
import { betweennessExact, everyNode, normalisation, scoresOf } from './betweenness-fast';

/** One worker's share: `dependencySums(graph, sources, { part, parts })`. */
export interface DependencyTask {
  readonly graph: Neighbourhoods;
  readonly sources: Int32Array;
  readonly part: number;
  readonly parts: number;
}

/**
 * Below this much work (actors × links) one thread is quicker: starting a worker and loading the
 * kernel into it takes 0.1–0.2 s. Measured on 2 cores with generated networks: one thread takes
 * 0.2 s on 2,000 actors and 10,000 links (2·10^7), where two workers take 0.3 s; the two break
 * even near 4,000 actors and 20,000 links (8·10^7, 0.9 s); at 10,000 actors and 50,000 links
 * (5·10^8) two workers take half of one thread's time (3.1 s against 6.4 s, machine otherwise
 * idle).
 */
export const PARALLEL_MIN_WORK = 100_000_000;

export interface ParallelOptions {
  /** Worker threads; default one per core. */
  readonly workers?: number;
  /** Actors × links below which this thread answers; default `PARALLEL_MIN_WORK`. */
  readonly minWork?: number;
}

const WORKER_SOURCE = typescriptWorkerSource(new URL('./betweenness-worker.ts', import.meta.url));

/**
 * The normalised betweenness of `betweennessExact` (same definition and values, to within
 * rounding), with the batches of sources dealt round-robin to `workers` worker threads (default:
 * one per core) that share the graph through SharedArrayBuffers; the main thread adds their
 * partial sums in worker order, so the same graph and worker count give the same bits. Graphs
 * with less work than `minWork`, or a single worker, run on this thread.
 *
 * Complexity: O(nm / workers) time per worker, O(workers · (32·n) + m) space.
 */
export async function betweennessExactParallel(graph: ActorGraph, options: ParallelOptions = {}): Promise<ReadonlyMap<string, number>> {
  const workers = options.workers ?? availableParallelism();
  if (graph.order * graph.size < (options.minWork ?? PARALLEL_MIN_WORK) || workers < 2) return betweennessExact(graph);
  const compact = compactGraphOf(graph);
  const { order, offsets, targets } = compact;
  const neighbourhoods: Neighbourhoods = { order, offsets: shared(offsets), targets: shared(targets) };
  const sources = shared(everyNode(order));
  const partials = await Promise.all(Array.from({ length: workers }, (_, part) => runWorker({ graph: neighbourhoods, sources, part, parts: workers })));
  const sums = new Float64Array(order);
  for (const partial of partials) partial.forEach((value, node) => (sums[node] = (sums[node] ?? 0) + value));
  return scoresOf(compact, sums, normalisation(order));
}

/** A copy in shared memory: posted to a worker, it is shared rather than copied again. */
function shared(array: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

function runWorker(task: DependencyTask): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: task });
    worker.once('message', (sums: unknown) => {
      if (sums instanceof Float64Array) resolve(sums);
      else reject(new TypeError('betweenness worker answered something other than its sums'));
    });
    worker.once('error', reject);
    // After an answer this rejection is a no-op; without one it says why the promise ended.
    worker.once('exit', (code) => reject(new Error(`betweenness worker stopped (exit code ${String(code)}) without answering`)));
  });
}
