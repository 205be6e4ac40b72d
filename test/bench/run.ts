/**
 * `npm run bench [-- --python PATH] [--only NAME,...]`: speed as ratios against a baseline
 * measured in the same run on the same input, printed as one table and written with the
 * machine's facts to test/bench/results.md (commit it with the code it measured). Sections:
 * - analysis: every measure of the contract against graphology-metrics' betweenness alone;
 * - betweenness (betweenness.ts): exact betweenness, fast / workers / igraph / approximate;
 * - analyze (analyze.ts): the whole command against NetworkX on 3,000 actors;
 * - forums (forums.ts): the full analysis on 20,000 actors with forums as ties against as nodes;
 * - dates (dates.ts): the full analysis on 20,000 dated actors at a day against the whole network;
 * - survey (survey.ts): a survey CSV of 5,000 answers read and matched against 20,000 actors
 *   against reading it alone; a round's before/after figures against `networkFigures` alone;
 * - import (import.ts): UNWIND batches against one record per query and against Neo4j's LOAD CSV;
 * - regions (region-cache.ts): region results after a write, taken over against recomputed;
 * - graphql (graphql-scale.ts): actor and paths p95 on 20,000 actors against the raw driver, a
 *   page of actors at 20,000 against 2,000, throughput of cached questions against `{__typename}`;
 * - eventloop (event-loop.ts): server event-loop delay and `{__typename}` p99 while the full
 *   analysis of 20,000 actors runs, against the same while idle;
 * - explorer (explorer.ts): first frame at 20,000 actors against bare Sigma and Cytoscape.js, a
 *   hover sweep and the frames while the layout runs against bare Sigma;
 * - load (load.ts): 200 clients for 60 s, errors and p50/p95/p99, with its own table.
 * PATH is a Python with python-igraph and NetworkX (default /usr/bin/python3, Debian's).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

import { analyseScoped } from '../../server/analytics/analyse-network';
import { PROJECT_ROOT } from '../../server/config';
import { readNetworkJson } from '../../server/exchange/json';
import { scopedGraph } from '../../server/graph/scoped-graph';
import type { Network } from '../../server/model/network';
import { DEFAULT_SCOPE } from '../../server/model/scope';
import { generatedNetwork } from '../helpers/betweenness';
import { chromiumPath } from '../helpers/e2e';
import { analyzeSection } from './analyze';
import { betweennessSection } from './betweenness';
import { datesSection } from './dates';
import { eventLoopSection } from './event-loop';
import { explorerSection } from './explorer';
import { forumsSection } from './forums';
import { graphqlScaleSection } from './graphql-scale';
import { importSection } from './import';
import { islandFallbackSection } from './island-fallback';
import { DEFAULT_PYTHON } from './python';
import { regionCacheSection } from './region-cache';
import { surveySection } from './survey';
import { otherLoadSince, time, type Row, type Section } from './timing';

const SECTIONS = ['analysis', 'betweenness', 'analyze', 'forums', 'dates', 'islands', 'survey', 'import', 'regions', 'graphql', 'eventloop', 'explorer', 'load'] as const;
type SectionName = (typeof SECTIONS)[number];

const { values } = parseArgs({ options: { python: { type: 'string', default: DEFAULT_PYTHON }, only: { type: 'string' } } });
const chosen = new Set((values.only?.split(',') ?? SECTIONS).map((name) => name.trim()));
const unknown = [...chosen].filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
const runs = (name: SectionName): boolean => chosen.has(name);

/** Everything printed goes to the results file too. */
const printed: string[] = [];
const show = console.log.bind(console);
const print = (line = ''): void => {
  printed.push(line);
  show(line);
};

/** The full analysis in the default scope (forums as ties), against the library's betweenness of the same graph. */
async function analysisRow(input: string, network: Network, repeat: number): Promise<Row> {
  const scoped = scopedGraph(network, DEFAULT_SCOPE);
  return {
    figure: 'full analysis (contract §3–4, forums as ties)',
    input,
    ms: await time(repeat, () => analyseScoped(scoped)),
    baseline: 'graphology-metrics betweenness',
    baselineMs: await time(repeat, () => betweennessCentrality(scoped.graph, { getEdgeWeight: null })),
  };
}

/** Python's version and each baseline library's, or that it is missing (the rows that need it are skipped then). */
const PYTHON_FACTS = `
import importlib, sys
def version(name):
    try:
        return importlib.import_module(name).__version__
    except ImportError:
        return "not installed"
print(sys.version.split()[0], "igraph", version("igraph"), "networkx", version("networkx"))
`;

const rows: Row[] = [];
const notes: string[] = [];
let childrenCpuMs = 0;
const otherLoad = otherLoadSince();
const startedAt = new Date();

if (runs('analysis')) {
  const seed = readNetworkJson(readFileSync(path.join(PROJECT_ROOT, 'seeds', 'network.json'), 'utf8'));
  if (!seed.ok) throw new Error('seeds/network.json is invalid');
  rows.push(await analysisRow(`seed network (${String(seed.network.actors.length)} actors, ${String(seed.network.links.length)} links)`, seed.network, 9));
  rows.push(await analysisRow('generated (2,000 actors, 10,000 links)', generatedNetwork(2_000, 10_000, 1), 3));
}
if (runs('betweenness')) {
  const section = await betweennessSection(values.python);
  rows.push(...section.rows);
  notes.push(...section.notes);
  childrenCpuMs += section.childrenCpuMs ?? 0;
  // The whole analysis of the same graph, against the library's betweenness alone measured above.
  const scoped = scopedGraph(generatedNetwork(10_000, 50_000, 1), { ...DEFAULT_SCOPE, forums: 'nodes' });
  const [first] = section.rows;
  if (first !== undefined) rows.push({ figure: 'full analysis (contract §3–4, forums as nodes)', input: first.input, ms: await time(1, () => analyseScoped(scoped)), baseline: first.baseline, baselineMs: first.baselineMs });
}
if (runs('analyze')) {
  const section = await analyzeSection(values.python);
  rows.push(...section.rows);
  notes.push(...section.notes);
  childrenCpuMs += section.childrenCpuMs ?? 0;
}
for (const [name, section] of [
  ['forums', forumsSection],
  ['dates', datesSection],
  ['islands', islandFallbackSection],
  ['survey', surveySection],
] as const) {
  if (!runs(name)) continue;
  const result: Section = await section();
  rows.push(...result.rows);
  notes.push(...result.notes);
}
// Up to here every timed process is this one or a Python it started; the sections below start
// Neo4j and Chromium, whose CPU time would count as other processes'.
const busy = otherLoad(childrenCpuMs);
for (const [name, section] of [
  ['import', importSection],
  ['regions', regionCacheSection],
  ['graphql', graphqlScaleSection],
  ['eventloop', eventLoopSection],
  ['explorer', explorerSection],
] as const) {
  if (!runs(name)) continue;
  const result: Section = await section();
  rows.push(...result.rows);
  notes.push(...result.notes);
}

print(`# brugkaart bench — ${startedAt.toISOString()}`);
print();
print(`- sections run: ${SECTIONS.filter(runs).join(', ')}${values.only === undefined ? '' : ' (--only; a full `npm run bench` runs every section)'}`);
for (const fact of machineFacts(values.python)) print(`- ${fact}`);
print(`- other processes kept the CPUs ${(100 * busy).toFixed(0)} % busy during the analysis, betweenness, analyze, forums, dates, islands and survey sections`);
print();
print('Each row against a baseline on the same input in the same run; ratio = ms / baseline ms, speed-up = baseline ms / ms.');
print();
print('| figure | input | ms | baseline | baseline ms | ratio | speed-up |');
print('|---|---|---:|---|---:|---:|---:|');
for (const row of rows) {
  const cells = [row.figure, row.input, row.ms.toFixed(1), row.baseline, row.baselineMs.toFixed(1), `${(row.ms / row.baselineMs).toFixed(2)}×`, `${(row.baselineMs / row.ms).toFixed(2)}×`];
  print(`| ${cells.join(' | ')} |`);
}
print();
for (const note of notes) print(`- ${note}`);

if (runs('load')) {
  // The long load run (200 clients for 60 s) prints its own table; it goes into the file too.
  console.log = (...items: unknown[]) => print(items.map(String).join(' '));
  print();
  print('## Load');
  print();
  print('```');
  try {
    await import('./load');
  } finally {
    print('```');
    console.log = show;
  }
}

const file = path.join(PROJECT_ROOT, 'test', 'bench', 'results.md');
writeFileSync(file, `${printed.join('\n')}\n`);
console.log(`\nwritten to ${path.relative(PROJECT_ROOT, file)}`);

/** What the figures depend on: the machine, the runtimes and the libraries compared. */
function machineFacts(python: string): string[] {
  // java prints its version on standard error; the first line of either stream is the answer.
  const version = (command: string, args: readonly string[]): string => {
    const result = spawnSync(command, args, { encoding: 'utf8' });
    return `${result.stdout}\n${result.stderr}`.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'not found';
  };
  const packageVersion = (name: string): string => (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    `machine: ${cpu}, ${String(os.availableParallelism())} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}`,
    `node ${process.version}; ${version('java', ['-version'])}`,
    `embedded Neo4j ${neo4jVersion()} (Community), neo4j-driver ${packageVersion('neo4j-driver')}`,
    `graphology ${packageVersion('graphology')}, graphology-metrics ${packageVersion('graphology-metrics')}, sigma ${packageVersion('sigma')}, cytoscape ${packageVersion('cytoscape')}`,
    `${python}: ${version(python, ['-c', PYTHON_FACTS])}`,
    `chromium: ${version(chromiumPath(), ['--version'])}`,
  ];
}

function neo4jVersion(): string {
  const pom = readFileSync(path.join(PROJECT_ROOT, 'server', 'neo4j', 'launcher', 'pom.xml'), 'utf8');
  return /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1] ?? 'see server/neo4j/launcher/pom.xml';
}
