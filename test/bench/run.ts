/**
 * `npm run bench`: speed as ratios against a baseline measured in the same run on the same
 * input. Baseline for the analysis: graphology-metrics' betweenness alone (the library's
 * exact Brandes), so "analysis / baseline" says what every other measure costs on top of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

import { analyseGraph } from '../../server/analytics/analyse-network';
import { PROJECT_ROOT } from '../../server/config';
import { generateNetwork } from '../../server/generate/generate-network';
import { toGraph, type ActorGraph } from '../../server/graph/to-graphology';
import type { Network } from '../../server/model/network';
import { parseNetworkJson } from '../../server/model/parse-network';
import { parseRegions } from '../../server/model/reference';

interface Row {
  readonly figure: string;
  readonly input: string;
  readonly ms: number;
  readonly baselineMs: number;
}

/** Median of `runs` timings, after one warm-up run. */
function time(runs: number, work: () => void): number {
  work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

function analysisRow(input: string, graph: ActorGraph, runs: number): Row {
  return {
    figure: 'full analysis (contract §3–4)',
    input,
    ms: time(runs, () => analyseGraph(graph)),
    baselineMs: time(runs, () => betweennessCentrality(graph, { getEdgeWeight: null })),
  };
}

const seedText = readFileSync(path.join(PROJECT_ROOT, 'seeds', 'network.json'), 'utf8');
const seed = parseNetworkJson(seedText);
if (!seed.ok) throw new Error('seeds/network.json is invalid');
const regions = parseRegions(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'seeds', 'regions.json'), 'utf8')));
const generated: Network = generateNetwork({ actors: 2_000, links: 10_000, seed: 1, regions });

const rows: Row[] = [
  analysisRow(`seed network (${String(seed.network.actors.length)} actors, ${String(seed.network.links.length)} links)`, toGraph(seed.network), 9),
  analysisRow('generated (2,000 actors, 10,000 links)', toGraph(generated), 3),
];

console.log(`brugkaart bench — ${new Date().toISOString()} — node ${process.version}`);
console.log('baseline: graphology-metrics betweenness on the same graph, same run\n');
console.log(['figure', 'input', 'ms', 'baseline ms', 'ratio'].join(' | '));
for (const row of rows) {
  console.log([row.figure, row.input, row.ms.toFixed(1), row.baselineMs.toFixed(1), `${(row.ms / row.baselineMs).toFixed(2)}×`].join(' | '));
}
