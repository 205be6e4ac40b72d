/**
 * Bench section for exact betweenness on a generated network of 10,000 actors and 50,000 links
 * (`npm run generate -- --actors 10000 --links 50000 --seed 1`): graphology-metrics (the
 * baseline), the fast kernel on one thread, on worker threads, igraph's C implementation
 * through python-igraph when the given Python has it, and the sampled estimate. Every exact
 * result is checked against the baseline before its time is reported. The fast code is timed
 * as the median of 3 runs after a warm-up; the baselines by their fastest run.
 */
import { availableParallelism } from 'node:os';

import { approximationErrorBound, betweennessApproximate } from '../../server/analytics/betweenness-approximate';
import { betweennessExact } from '../../server/analytics/betweenness-fast';
import { betweennessExactParallel } from '../../server/analytics/betweenness-parallel';
import type { ActorGraph } from '../../server/graph/to-graphology';
import { generatedGraph, maxDifference, referenceBetweenness } from '../helpers/betweenness';
import { runPython } from './python';
import { fastest, time, type Row, type Section } from './timing';

const INPUT = 'generated (10,000 actors, 50,000 links)';
/** The tests' tolerance: agreement beyond this is rounding, anything more a bug. */
const TOLERANCE = 1e-12;
const APPROXIMATE = { samples: 500, seed: 1, failureProbability: 0.05 };

interface IgraphResult {
  readonly version: string;
  readonly ms: readonly number[];
  readonly scores: readonly number[];
  readonly cpu_ms: number;
}

export async function betweennessSection(python: string): Promise<Section> {
  const graph = generatedGraph(10_000, 50_000, 1);
  const notes: string[] = [];
  const checked = (name: string, scores: ReadonlyMap<string, number>, reference: ReadonlyMap<string, number>): void => {
    const difference = maxDifference(scores, reference);
    if (difference > TOLERANCE) throw new Error(`${name} differs from graphology-metrics by ${String(difference)}`);
    notes.push(`${name}: max |difference| from graphology-metrics ${difference.toExponential(1)}`);
  };

  let reference = new Map<string, number>() as ReadonlyMap<string, number>;
  const baselineMs = await fastest(2, () => (reference = referenceBetweenness(graph)));
  const baseline = 'graphology-metrics betweenness';
  const workers = availableParallelism();
  const singleMs = await time(3, () => betweennessExact(graph));
  checked('fast, one thread', betweennessExact(graph), reference);
  const parallelMs = await time(3, () => betweennessExactParallel(graph, { workers }));
  checked(`fast, ${String(workers)} workers`, await betweennessExactParallel(graph, { workers }), reference);
  const rows: Row[] = [
    { figure: 'betweenness exact, fast, one thread', input: INPUT, ms: singleMs, baseline, baselineMs },
    { figure: `betweenness exact, fast, ${String(workers)} worker threads`, input: INPUT, ms: parallelMs, baseline, baselineMs },
  ];

  const igraph = await runIgraph(python, graph);
  const childrenCpuMs = typeof igraph === 'string' ? 0 : igraph.cpu_ms;
  if (typeof igraph === 'string') notes.push(`igraph: not measured: ${igraph}`);
  else {
    const n = graph.order;
    // igraph counts each unordered pair once and does not normalise.
    const scores = new Map(graph.nodes().map((id, index) => [id, ((igraph.scores[index] ?? Number.NaN) * 2) / ((n - 1) * (n - 2))] as const));
    checked(`igraph ${igraph.version}`, scores, reference);
    // The fastest run, as for graphology-metrics.
    const igraphMs = Math.min(...igraph.ms);
    const igraphName = `igraph ${igraph.version} (C) betweenness`;
    rows.push(
      { figure: igraphName, input: INPUT, ms: igraphMs, baseline, baselineMs },
      { figure: 'betweenness exact, fast, one thread', input: INPUT, ms: singleMs, baseline: igraphName, baselineMs: igraphMs },
      { figure: `betweenness exact, fast, ${String(workers)} worker threads`, input: INPUT, ms: parallelMs, baseline: igraphName, baselineMs: igraphMs },
    );
  }

  const { samples, seed, failureProbability } = APPROXIMATE;
  const approximateMs = await time(3, () => betweennessApproximate(graph, { samples, seed }));
  const error = maxDifference(betweennessApproximate(graph, { samples, seed }), reference);
  const bound = approximationErrorBound(graph.order, samples, failureProbability);
  notes.push(`approximate, ${String(samples)} sampled sources: max error ${error.toFixed(4)}, bound ${bound.toFixed(4)} with probability ${String(1 - failureProbability)}`);
  rows.push({ figure: `betweenness approximate, ${String(samples)} sources, one thread`, input: INPUT, ms: approximateMs, baseline: 'fast exact, one thread', baselineMs: singleMs });
  return { rows, notes, childrenCpuMs };
}

/** igraph's timings and scores, or why there are none. */
function runIgraph(python: string, graph: ActorGraph): Promise<IgraphResult | string> {
  const indexOf = new Map(graph.nodes().map((id, index) => [id, index] as const));
  const edges = graph.mapEdges((_edge, _attributes, source, target) => [indexOf.get(source), indexOf.get(target)]);
  return runPython<IgraphResult>(python, 'igraph_betweenness.py', { order: graph.order, edges, runs: 3 }, 'igraph installs with `apt install python3-igraph` (Debian) or `pip install igraph`');
}
