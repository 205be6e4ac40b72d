/**
 * `npm run bench [-- --python PATH]`: speed as ratios against a baseline measured in the same run
 * on the same input. Baseline for the analysis: graphology-metrics' betweenness alone (the
 * library's exact Brandes), so "analysis / baseline" says what every other measure costs on top
 * of it. The betweenness section (betweenness.ts) compares exact betweenness implementations;
 * PATH is a Python with python-igraph (default python3). The long load run (load.ts: 200
 * clients for 60 s, error count and p50/p95/p99) follows in the same command.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

import { analyseGraph } from '../../server/analytics/analyse-network';
import { PROJECT_ROOT } from '../../server/config';
import { toGraph, type ActorGraph } from '../../server/graph/to-graphology';
import { parseNetworkJson } from '../../server/model/parse-network';
import { generatedGraph } from '../helpers/betweenness';
import { betweennessSection } from './betweenness';
import { otherLoadSince, time, type Row } from './timing';

async function analysisRow(input: string, graph: ActorGraph, runs: number): Promise<Row> {
  return {
    figure: 'full analysis (contract §3–4)',
    input,
    ms: await time(runs, () => analyseGraph(graph)),
    baseline: 'graphology-metrics betweenness',
    baselineMs: await time(runs, () => betweennessCentrality(graph, { getEdgeWeight: null })),
  };
}

const { values } = parseArgs({ options: { python: { type: 'string', default: 'python3' } } });

const seedText = readFileSync(path.join(PROJECT_ROOT, 'seeds', 'network.json'), 'utf8');
const seed = parseNetworkJson(seedText);
if (!seed.ok) throw new Error('seeds/network.json is invalid');

const otherLoad = otherLoadSince();
const betweenness = await betweennessSection(values.python);
const rows: Row[] = [
  await analysisRow(`seed network (${String(seed.network.actors.length)} actors, ${String(seed.network.links.length)} links)`, toGraph(seed.network), 9),
  await analysisRow('generated (2,000 actors, 10,000 links)', generatedGraph(2_000, 10_000, 1), 3),
  ...betweenness.rows,
];

console.log(`brugkaart bench — ${new Date().toISOString()} — node ${process.version}`);
console.log('each row against a baseline on the same graph, same run; ratio = ms / baseline ms\n');
console.log(['figure', 'input', 'ms', 'baseline', 'baseline ms', 'ratio', 'speed-up'].join(' | '));
for (const row of rows) {
  const cells = [row.figure, row.input, row.ms.toFixed(1), row.baseline, row.baselineMs.toFixed(1)];
  console.log([...cells, `${(row.ms / row.baselineMs).toFixed(2)}×`, `${(row.baselineMs / row.ms).toFixed(2)}×`].join(' | '));
}
console.log('');
for (const note of betweenness.notes) console.log(note);
console.log(`other processes kept the CPUs ${(100 * otherLoad(betweenness.childrenCpuMs)).toFixed(0)}% busy during the run`);

// The long load run (200 clients for 60 s) follows in the same command, with its own table.
console.log('');
await import('./load');
