/**
 * Bench section for bulk import: a generated network of 5,000 actors and 25,000 links loaded
 * by `importNetwork` as the server does it (UNWIND batches of `BATCH` records, one
 * transaction), against two baselines:
 * - Neo4j's own LOAD CSV of the same rows (actors.csv, links.csv) in one transaction, the
 *   fastest load Community offers inside one transaction. The files are served by a loopback
 *   HTTP server of this process: the embedded launcher sets no import directory, and a file://
 *   URL would depend on how it is configured. Writing the files is not timed.
 * - the same import sending one record per query (batch size 1, the same statements, also one
 *   transaction), run once, after the bulk runs have warmed Neo4j up.
 * Each run starts from an empty network: the one before is removed by a REPLACE import of an
 * empty network, outside the timing. Each load is checked to have loaded the whole network
 * before its time counts, and the LOAD CSV result must export exactly as the import's does.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { PROJECT_ROOT } from '../../server/config';
import { createDriver } from '../../server/neo4j/driver';
import { NetworkStore } from '../../server/neo4j/network-store';
import type { Network } from '../../server/model/network';
import * as Q from '../../server/neo4j/queries';
import { BATCH, labelOf, relationshipType, type WriteOptions } from '../../server/neo4j/records';
import { Database } from '../../server/neo4j/run';
import { readSeedFiles } from '../../server/neo4j/seed';
import { generatedNetwork } from '../helpers/betweenness';
import { startTestNeo4j } from '../helpers/neo4j';
import { median, type Section } from './timing';

const SIZE = { actors: 5_000, links: 25_000, seed: 1 };
const INPUT = 'generated (5,000 actors, 25,000 links)';
const EDITOR = { who: 'bench' };

/** One CSV cell: absent values empty (LOAD CSV reads them as null), text quoted. */
function cell(value: string | number | boolean | readonly string[] | null | undefined): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return `"${text.replaceAll('"', '""')}"`;
}

function csv(columns: readonly string[], rows: readonly Readonly<Record<string, Parameters<typeof cell>[0]>>[]): string {
  return [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\n');
}

/** The network as the two files LOAD_CSV_ACTORS and LOAD_CSV_LINKS read. */
function networkCsv(network: Network): Map<string, string> {
  const actorColumns = ['id', 'name', 'type', 'label', 'domain', 'domains', 'region', 'gemeente', 'person', 'description', 'illustrative', 'unconfirmed'];
  const linkColumns = ['from', 'to', 'relType', 'source', 'quote', 'weight', 'since', 'until', 'illustrative', 'unconfirmed'];
  return new Map([
    ['/actors.csv', csv(actorColumns, network.actors.map((actor) => ({ ...actor, label: labelOf(actor.type) })))],
    ['/links.csv', csv(linkColumns, network.links.map((link) => ({ ...link, relType: relationshipType(link.type) })))],
  ]);
}

/** Serves `files` on a free loopback port until closed. */
async function serveFiles(files: ReadonlyMap<string, string>): Promise<{ url: (name: string) => string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const body = files.get(request.url ?? '');
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/csv; charset=utf-8' });
    response.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${String(port)}${name}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

export async function importSection(): Promise<Section> {
  const neo4j = await startTestNeo4j();
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: neo4j.password });
  const network = generatedNetwork(SIZE.actors, SIZE.links, SIZE.seed);
  const files = await serveFiles(networkCsv(network));
  try {
    const database = new Database(driver, 'neo4j', 600_000);
    const store = new NetworkStore(database);
    const seeds = readSeedFiles(path.join(PROJECT_ROOT, 'seeds'));
    await store.ensureSchema();
    await store.loadReferenceData(seeds.regions, seeds.sources);
    const empty = { actors: [], links: [] };
    /** Milliseconds of one load into an empty network, checked to have loaded all of it. */
    const loadOnce = async (load: () => Promise<unknown>): Promise<number> => {
      await store.importNetwork(empty, 'REPLACE', EDITOR);
      const start = performance.now();
      await load();
      const took = performance.now() - start;
      const loaded = await store.exportNetwork();
      if (loaded.actors.length !== network.actors.length || loaded.links.length !== network.links.length) {
        throw new Error(`the load gave ${String(loaded.actors.length)} actors and ${String(loaded.links.length)} links of ${String(network.actors.length)} and ${String(network.links.length)}`);
      }
      return took;
    };
    const importOnce = (write: WriteOptions): Promise<number> => loadOnce(() => store.importNetwork(network, 'ADD', EDITOR, undefined, write));
    const loadCsvOnce = (): Promise<number> =>
      loadOnce(() =>
        database.write(async (tx) => {
          await tx.run(Q.LOAD_CSV_ACTORS, { url: files.url('/actors.csv') });
          await tx.run(Q.LOAD_CSV_LINKS, { url: files.url('/links.csv') });
        }),
      );
    let progressReports = 0;
    await importOnce({ onProgress: () => (progressReports += 1) });
    const imported = JSON.stringify(await store.exportNetwork());
    await loadCsvOnce();
    if (JSON.stringify(await store.exportNetwork()) !== imported) throw new Error('LOAD CSV and the import loaded different networks');
    // Neo4j's JIT keeps speeding the bulk statements up over the first imports (3.3 s, 1.6 s,
    // 1.2 s, then 1.0–1.5 s seen here): three warm-up imports (and two loads), then each
    // way's median of five, taking turns so both see the same load from other processes.
    await importOnce({});
    await importOnce({});
    await loadCsvOnce();
    const bulk: number[] = [];
    const loadCsv: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      bulk.push(await importOnce({}));
      loadCsv.push(await loadCsvOnce());
    }
    const bulkMs = median(bulk);
    // The baseline takes long: one run, after the bulk runs warmed Neo4j up.
    const oneByOneMs = await importOnce({ batchSize: 1 });
    const figure = `import, UNWIND batches of ${String(BATCH)}, one transaction`;
    return {
      rows: [
        { figure, input: INPUT, ms: bulkMs, baseline: 'LOAD CSV of the same rows, one transaction', baselineMs: median(loadCsv) },
        { figure, input: INPUT, ms: bulkMs, baseline: 'one record per query, one transaction', baselineMs: oneByOneMs },
      ],
      notes: [
        `import: ${String(progressReports)} progress reports in one import (one per batch of ${String(BATCH)})`,
        `import vs LOAD CSV (target ≤ 1.5×): ms per run, import ${bulk.map((ms) => ms.toFixed(0)).join(', ')}; LOAD CSV ${loadCsv.map((ms) => ms.toFixed(0)).join(', ')}; both exported the same network`,
      ],
    };
  } finally {
    await files.close();
    await driver.close();
    await neo4j.dispose();
  }
}
