import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { generatedGraph, maxDifference, referenceBetweenness } from '../../test/helpers/betweenness';
import { graphOf } from '../../test/fixtures/small-graphs';
import { betweennessExact } from './betweenness-fast';
import { betweennessExactParallel, PARALLEL_MIN_WORK } from './betweenness-parallel';

// Each test starts worker threads and runs exact betweenness on 2,000 actors twice or more: a
// second or two on an idle machine, more while other processes share the cores.
describe('betweennessExactParallel', { timeout: 60_000 }, () => {
  // Below PARALLEL_MIN_WORK, so the tests ask for workers with `minWork: 0` and stay quick.
  const graph = generatedGraph(2_000, 10_000, 11);
  const toWorkers = { workers: 2, minWork: 0 };

  it('gives the single-threaded values from worker threads, and graphology-metrics’', async () => {
    const single = betweennessExact(graph);
    const parallel = await betweennessExactParallel(graph, toWorkers);
    expect(maxDifference(parallel, single)).toBeLessThanOrEqual(1e-12);
    expect(maxDifference(parallel, referenceBetweenness(graph))).toBeLessThanOrEqual(1e-12);
  });

  it('adds up uneven shares, and gives the same bits again for the same number of workers', async () => {
    // Three workers split 63 batches unevenly; their sums still add up to the whole.
    const three = await betweennessExactParallel(graph, { workers: 3, minWork: 0 });
    expect(maxDifference(three, betweennessExact(graph))).toBeLessThanOrEqual(1e-12);
    expect([...(await betweennessExactParallel(graph, { workers: 3, minWork: 0 }))]).toEqual([...three]);
  });

  it('answers small graphs with the exact values', async () => {
    expect(graph.order * graph.size).toBeLessThan(PARALLEL_MIN_WORK);
    expect([...(await betweennessExactParallel(graph))]).toEqual([...betweennessExact(graph)]);
    // On workers too: one batch for two workers; a–b–c–d and isolated e, n = 5: b and c lie on
    // two of 4·3/2 = 6 pairs; n < 3; no actors.
    expect([...(await betweennessExactParallel(graphOf('a b c d e', 'a-b b-c c-d'), toWorkers))]).toEqual([
      ['a', 0], ['b', 2 / 6], ['c', 2 / 6], ['d', 0], ['e', 0],
    ]);
    expect([...(await betweennessExactParallel(graphOf('a b c d', 'a-b b-c c-d')))]).toEqual([
      ['a', 0], ['b', 2 / 3], ['c', 2 / 3], ['d', 0],
    ]);
    expect([...(await betweennessExactParallel(graphOf('a b', 'a-b'), toWorkers))]).toEqual([['a', 0], ['b', 0]]);
    expect((await betweennessExactParallel(graphOf(''), toWorkers)).size).toBe(0);
  });

  it('runs its workers under tsx, as the command line and the server do', async () => {
    // A fresh tsx process: nothing of vitest's module loading to lean on.
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const script = [
      `import { betweennessExactParallel } from ${JSON.stringify(fileURLToPath(new URL('./betweenness-parallel.ts', import.meta.url)))};`,
      `import { generatedGraph } from ${JSON.stringify(fileURLToPath(new URL('../../test/helpers/betweenness.ts', import.meta.url)))};`,
      "const scores = await betweennessExactParallel(generatedGraph(2000, 10000, 11), { workers: 2, minWork: 0 });",
      'process.stdout.write(JSON.stringify([...scores]));',
    ].join('\n');
    const { stdout } = await promisify(execFile)(tsx, ['--input-type=module', '--eval', script], { maxBuffer: 16 * 1024 * 1024 });
    const fromTsx = new Map(JSON.parse(stdout) as [string, number][]);
    expect(maxDifference(fromTsx, betweennessExact(graph))).toBeLessThanOrEqual(1e-12);
  });
});
