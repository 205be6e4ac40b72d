/**
 * Bench section for bulk import: a generated network of 5,000 actors and 25,000 links loaded
 * by `importNetwork` as the server does it (UNWIND batches of `BATCH` records, one
 * transaction), against the same import sending one record per query (batch size 1, the same
 * statements, also one transaction). Each run starts from an empty network: the one before is
 * removed by a REPLACE import of an empty network, outside the timing. Each import is checked
 * to have loaded the whole network before its time counts. The baseline runs once, after the
 * bulk runs have warmed Neo4j up (its statements are the same ones).
 */
import path from 'node:path';

import { PROJECT_ROOT } from '../../server/config';
import { createDriver } from '../../server/neo4j/driver';
import { NetworkStore } from '../../server/neo4j/network-store';
import { BATCH, type WriteOptions } from '../../server/neo4j/records';
import { Database } from '../../server/neo4j/run';
import { readSeedFiles } from '../../server/neo4j/seed';
import { generatedNetwork } from '../helpers/betweenness';
import { startTestNeo4j } from '../helpers/neo4j';
import { median, type Section } from './timing';

const SIZE = { actors: 5_000, links: 25_000, seed: 1 };
const INPUT = 'generated (5,000 actors, 25,000 links)';
const EDITOR = { who: 'bench' };

/** `count` results of `work`, one after the other. */
async function sequentially<T>(count: number, work: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < count; run += 1) results.push(await work());
  return results;
}

export async function importSection(): Promise<Section> {
  const neo4j = await startTestNeo4j();
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: '' });
  try {
    const store = new NetworkStore(new Database(driver, 'neo4j', 600_000));
    const seeds = readSeedFiles(path.join(PROJECT_ROOT, 'seeds'));
    await store.ensureSchema();
    await store.loadReferenceData(seeds.regions, seeds.sources);
    const network = generatedNetwork(SIZE.actors, SIZE.links, SIZE.seed);
    const empty = { actors: [], links: [] };
    /** Milliseconds of one import into an empty network, checked to have loaded all of it. */
    const importOnce = async (write: WriteOptions): Promise<number> => {
      await store.importNetwork(empty, 'REPLACE', EDITOR);
      const start = performance.now();
      await store.importNetwork(network, 'ADD', EDITOR, undefined, write);
      const took = performance.now() - start;
      const loaded = await store.exportNetwork();
      if (loaded.actors.length !== network.actors.length || loaded.links.length !== network.links.length) {
        throw new Error(`the import loaded ${String(loaded.actors.length)} actors and ${String(loaded.links.length)} links of ${String(network.actors.length)} and ${String(network.links.length)}`);
      }
      return took;
    };
    let progressReports = 0;
    await importOnce({ onProgress: () => (progressReports += 1) });
    // Neo4j's JIT keeps speeding the bulk statements up over the first imports (3.3 s, 1.6 s,
    // 1.2 s, then 1.0–1.5 s seen here): three warm-up imports, then the median of five.
    await importOnce({});
    await importOnce({});
    const bulkMs = median(await sequentially(5, () => importOnce({})));
    // The baseline takes long: one run, after the bulk runs warmed Neo4j up.
    const oneByOneMs = await importOnce({ batchSize: 1 });
    return {
      rows: [{ figure: `import, UNWIND batches of ${String(BATCH)}, one transaction`, input: INPUT, ms: bulkMs, baseline: 'one record per query, one transaction', baselineMs: oneByOneMs }],
      notes: [`import: ${String(progressReports)} progress reports in one import (one per batch of ${String(BATCH)})`],
    };
  } finally {
    await driver.close();
    await neo4j.dispose();
  }
}
