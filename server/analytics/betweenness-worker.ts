/**
 * Worker thread of betweenness-parallel.ts: sums the dependencies of its share of the sources
 * and posts them back (the buffer moves, it is not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';

import { dependencySums } from './betweenness-fast';
import type { DependencyTask } from './betweenness-parallel';

const { graph, sources, part, parts } = workerData as DependencyTask;
const sums = dependencySums(graph, sources, { part, parts });
parentPort?.postMessage(sums, [sums.buffer]);
