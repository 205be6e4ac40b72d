/**
 * The lifecycle of a real embedded Neo4j: the seed loads once, a network survives the trip
 * export → import into an empty database → export (JSON and CSV), and the API answers
 * DB_UNAVAILABLE while Neo4j is down and recovers by itself when it is back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { PROJECT_ROOT } from '../../server/config';
import { errorCode, exportNetwork, graphql, graphqlUpload, startTestApp } from '../helpers/app';
import { startTestNeo4j, type TestNeo4j } from '../helpers/neo4j';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

const seed = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'seeds', 'network.json'), 'utf8')) as { actors: unknown[]; links: unknown[] };

/** Its own: the restart test stops and starts it. */
let seeded: TestNeo4j;
let empty: SharedNeo4j;

beforeAll(async () => {
  [seeded, empty] = await Promise.all([startTestNeo4j(), sharedTestNeo4j()]);
});

afterAll(async () => {
  await seeded.dispose();
});

const counts = async (app: App): Promise<{ actors: number; links: number; regions: number }> => {
  const response = await graphql<{ actors: { totalCount: number }; exportNetwork: { links: unknown[] }; regions: unknown[] }>(
    app,
    '{ actors(limit: 1) { totalCount } exportNetwork regions { id } }',
  );
  return { actors: response.data?.actors.totalCount ?? -1, links: response.data?.exportNetwork.links.length ?? -1, regions: response.data?.regions.length ?? -1 };
};

describe('the seed', () => {
  it('loads on the first start of an empty database and never again', async () => {
    const first = await startTestApp(seeded);
    expect(first.seedOutcome).toBe('seeded');
    const afterFirst = await counts(first);
    expect(afterFirst).toEqual({ actors: seed.actors.length, links: seed.links.length, regions: 35 });
    await first.close();

    const second = await startTestApp(seeded);
    expect(second.seedOutcome).toBe('already-seeded');
    expect(await counts(second)).toEqual(afterFirst);
    await second.close();
  });
});

describe('export → import into an empty database → export', () => {
  let source: App;
  let target: App;

  beforeAll(async () => {
    source = await startTestApp(seeded);
    target = await startTestApp(empty, { seed: false });
  });

  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('gives the same network through the contract JSON', async () => {
    const original = await exportNetwork(source);
    expect(await exportNetwork(target)).toEqual({ actors: [], links: [] });
    const imported = await graphql<{ importNetwork: { actors: number; links: number } }>(
      target,
      'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors links } }',
      { n: original },
    );
    expect(imported.data?.importNetwork).toEqual({ actors: seed.actors.length, links: seed.links.length });
    expect(await exportNetwork(target)).toEqual(original);
  });

  it('gives the same network through the CSV pair', async () => {
    const original = await exportNetwork(source);
    const [actors, links] = await Promise.all(
      ['actors.csv', 'links.csv'].map(async (file) => (await fetch(`${source.url}/export/${file}`)).text()),
    );
    const imported = await graphqlUpload(
      target,
      'mutation($actors: File!, $links: File!) { importCsv(actors: $actors, links: $links, mode: REPLACE) { actors links } }',
      { actors: { name: 'actors.csv', content: actors ?? '' }, links: { name: 'links.csv', content: links ?? '' } },
    );
    expect(imported.errors).toBeUndefined();
    expect(await exportNetwork(target)).toEqual(original);
  });
});

describe('a Neo4j restart', () => {
  it('is answered with DB_UNAVAILABLE while Neo4j is down, and the API recovers by itself', async () => {
    const app = await startTestApp(seeded);
    const query = '{ actors(limit: 1) { totalCount } }';
    expect((await graphql(app, query)).errors).toBeUndefined();

    await seeded.stop();
    const down = await graphql(app, query);
    expect(errorCode(down)).toBe('DB_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toMatch(/cannot be reached/);

    await seeded.restart();
    let recovered = await graphql<{ actors: { totalCount: number } }>(app, query);
    for (let attempt = 0; attempt < 30 && recovered.errors !== undefined; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      recovered = await graphql(app, query);
    }
    expect(recovered.data?.actors.totalCount).toBe(seed.actors.length);
    await app.close();
  });
});
