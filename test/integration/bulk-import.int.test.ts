/**
 * Bulk import: the batches report their progress, any batch size loads exactly the same
 * network, and `npm run import` shows how far it is and writes all or nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import type { WriteProgress } from '../../server/neo4j/records';
import { exportNetwork, startTestApp } from '../helpers/app';
import { generatedNetwork } from '../helpers/betweenness';
import { runCommand } from '../helpers/cli';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let neo4j: SharedNeo4j;
let app: App;
const folder = mkdtempSync(path.join(tmpdir(), 'brugkaart-import-'));
const editor = { who: 'test' };
const empty = { actors: [], links: [] };
const byKeys = (a: readonly string[], b: readonly string[]): number => {
  const at = a.findIndex((key, index) => key !== b[index]);
  return at === -1 ? 0 : (a[at] ?? '') < (b[at] ?? '') ? -1 : 1;
};
/** The order the export gives: actors by id, links by from, to and type. */
const sorted = (network: ReturnType<typeof generatedNetwork>): unknown => ({
  actors: [...network.actors].sort((a, b) => byKeys([a.id], [b.id])),
  links: [...network.links].sort((a, b) => byKeys([a.from, a.to, a.type], [b.from, b.to, b.type])),
});

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
  app = await startTestApp(neo4j, { seed: false });
});

afterAll(async () => {
  await app.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('importNetwork in batches', () => {
  it('reports each batch, in order, ending at the totals', async () => {
    const network = generatedNetwork(300, 900, 1);
    const reports: WriteProgress[] = [];
    await app.store.importNetwork(network, 'REPLACE', editor, undefined, { batchSize: 100, onProgress: (progress) => reports.push(progress) });
    // 300 actors and 900 links in batches of 100: 3 + 9 statements, one report each.
    expect(reports).toHaveLength(12);
    expect(reports[2]).toEqual({ actors: 300, totalActors: 300, links: 0, totalLinks: 900 });
    expect(reports.at(-1)).toEqual({ actors: 300, totalActors: 300, links: 900, totalLinks: 900 });
    const done = reports.map(({ actors, links }) => actors + links);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(await exportNetwork(app)).toEqual(sorted(network));
  });

  it('loads the same network one record per query as in batches', async () => {
    const network = generatedNetwork(40, 90, 2);
    await app.store.importNetwork(network, 'REPLACE', editor, undefined, { batchSize: 1 });
    const oneByOne = await exportNetwork(app);
    await app.store.importNetwork(empty, 'REPLACE', editor);
    await app.store.importNetwork(network, 'REPLACE', editor);
    expect(await exportNetwork(app)).toEqual(oneByOne);
    expect(oneByOne).toEqual(sorted(network));
  });
});

const runImport = (args: readonly string[]): Promise<{ code: number; stderr: string }> => runCommand('import', args, neo4j);

describe('npm run import', () => {
  it('shows its progress and loads the whole file', async () => {
    const network = generatedNetwork(200, 600, 3);
    const file = path.join(folder, 'network.json');
    writeFileSync(file, JSON.stringify(network));
    const result = await runImport([file, '--replace']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('import: actors 200/200 (100 %), links 600/600 (100 %)');
    expect(result.stderr).toMatch(/REPLACE, 200 actors, 600 links committed in \d+\.\d s/);
    expect(await exportNetwork(app)).toEqual(sorted(network));
  });

  it('refuses a file with an unknown region, naming record and field, and writes nothing', async () => {
    const before = await exportNetwork(app);
    const network = generatedNetwork(20, 30, 4);
    const broken = { ...network, actors: network.actors.map((actor, index) => (index === 7 ? { ...actor, region: 'nergens' } : actor)) };
    const file = path.join(folder, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const result = await runImport([file, '--replace']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was written');
    expect(result.stderr).toMatch(/actors\[7\], field "region"/);
    expect(await exportNetwork(app)).toEqual(before);
  });
});
