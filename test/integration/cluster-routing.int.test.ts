/**
 * brugkaart behind a `neo4j://` routing URI, as against a cluster or Aura. A real multi-member
 * cluster cannot run here (Community edition does not cluster), but a standalone Neo4j 5
 * answers routing requests with itself, so the routed code path runs for real: routing table,
 * READ sessions for reads, WRITE sessions for writes, one bookmark manager for all.
 */
import neo4j, { type Driver, type SessionMode } from 'neo4j-driver';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { App } from '../../server/app';
import { PROJECT_ROOT } from '../../server/config';
import { NetworkStore } from '../../server/neo4j/network-store';
import { Database } from '../../server/neo4j/run';
import { prepareDatabase, readSeedFiles } from '../../server/neo4j/seed';
import { TokenStore } from '../../server/neo4j/token-store';
import { graphql, startTestApp } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let database: SharedNeo4j;
let routingUri: string;

beforeAll(async () => {
  database = await sharedTestNeo4j();
  routingUri = database.uri.replace(/^bolt:\/\//, 'neo4j://');
});

interface ActorAnswer {
  actor: { id: string; name: string; version: number; degree: number; links: { to: { id: string } }[] } | null;
}

const ACTOR = `query($id: ID!) { actor(id: $id) { id name version degree links { to { id } } } }`;
const UPSERT = `mutation($actor: ActorInput!, $expected: Int) { upsertActor(actor: $actor, expectedVersion: $expected) { id name version } }`;

describe('the app through a neo4j:// routing URI', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestApp({ uri: routingUri, password: database.password }, { seed: false });
  });

  afterAll(async () => {
    await app.close();
  });

  it('reads back each write at once, in the next request and in the same one', async () => {
    const created = await graphql(app, UPSERT, { actor: { id: 'wsp-a', name: 'WSP A', type: 'wsp', domain: 'SZ' } });
    expect(created.errors).toBeUndefined();
    expect((await graphql<ActorAnswer>(app, ACTOR, { id: 'wsp-a' })).data?.actor).toMatchObject({ name: 'WSP A', version: 1, degree: 0 });

    await graphql(app, UPSERT, { actor: { id: 'board-b', name: 'Board B', type: 'economic-board', domain: 'EZ' } });
    const edited = await graphql(app, UPSERT, { actor: { id: 'wsp-a', name: 'WSP A (nieuw)', type: 'wsp', domain: 'SZ' }, expected: 1 });
    expect(edited.errors).toBeUndefined();
    expect((await graphql<ActorAnswer>(app, ACTOR, { id: 'wsp-a' })).data?.actor).toMatchObject({ name: 'WSP A (nieuw)', version: 2 });

    // The link's ends are read (actor loader, links loader) after the write, in the same request.
    const linked = await graphql<{ addLink: { from: { id: string; degree: number }; to: { id: string; degree: number } } }>(
      app,
      `mutation($link: LinkInput!) { addLink(link: $link) { from { id degree } to { id degree } } }`,
      { link: { from: 'wsp-a', to: 'board-b', type: 'samenwerking' } },
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.addLink).toEqual({ from: { id: 'wsp-a', degree: 1 }, to: { id: 'board-b', degree: 1 } });
    expect((await graphql<ActorAnswer>(app, ACTOR, { id: 'board-b' })).data?.actor?.links).toEqual([{ to: { id: 'board-b' } }]);
  });
});

describe('sessions the store opens', () => {
  let driver: Driver;
  let db: Database;
  let opened: { database: string | undefined; mode: SessionMode | undefined; sharedManager: boolean }[];

  beforeAll(() => {
    driver = neo4j.driver(routingUri, neo4j.auth.basic('neo4j', database.password));
    db = new Database(driver, 'neo4j');
    opened = [];
    const open = driver.session.bind(driver);
    vi.spyOn(driver, 'session').mockImplementation((config) => {
      opened.push({ database: config?.database, mode: config?.defaultAccessMode, sharedManager: config?.bookmarkManager === db.bookmarks });
      return open(config);
    });
  });

  afterAll(async () => {
    await driver.close();
  });

  /** The sessions `work` opened. */
  async function sessionsOf(work: () => Promise<unknown>): Promise<typeof opened> {
    const before = opened.length;
    await work();
    return opened.slice(before);
  }

  const reading = { database: 'neo4j', mode: neo4j.session.READ, sharedManager: true };
  const writing = { database: 'neo4j', mode: neo4j.session.WRITE, sharedManager: true };

  it('names the database, reads in READ mode, writes in WRITE mode, all on one bookmark manager', async () => {
    const store = new NetworkStore(db);
    const tokens = new TokenStore(db);
    const seeds = readSeedFiles(path.join(PROJECT_ROOT, 'seeds'));
    // Schema, reference data and seed: writes, to the leader.
    expect(await sessionsOf(() => prepareDatabase(store, seeds, true))).toEqual([writing, writing, writing]);
    // The token store: making a token writes; checking a token and listing them read.
    const { token } = await tokens.create('beheer', 'editor');
    expect(await sessionsOf(() => tokens.create('nog een', 'viewer'))).toEqual([writing]);
    expect(await sessionsOf(() => tokens.caller(token))).toEqual([reading]);
    expect(await sessionsOf(() => tokens.list())).toEqual([reading]);
    const actor = { id: 'routed', name: 'Routed', type: 'wsp', domain: 'SZ' };
    // The edit, then the first pruning of old write claims (run.ts, writeOnce): both writes.
    expect(await sessionsOf(() => store.upsertActor(actor, { who: 'test' }))).toEqual([writing, writing]);
    // The audit trail, a search, and what a backup reads: all reads.
    expect(await sessionsOf(() => store.history('routed', 10))).toEqual([reading]);
    expect(await sessionsOf(() => store.findActors({ text: 'routed' }, { offset: 0, limit: 10 }))).toEqual([reading]);
    expect(await sessionsOf(() => store.backupContent())).toEqual([reading]);
  });

  it('starts a read after a write from the write bookmark, and the read sees the write', async () => {
    const store = new NetworkStore(db);
    const before = [...(await db.bookmarks.getBookmarks())];
    await store.upsertActor({ id: 'causal', name: 'Causal', type: 'wsp', domain: 'SZ' }, { who: 'test' });
    const afterWrite = [...(await db.bookmarks.getBookmarks())];
    expect(afterWrite.length).toBeGreaterThan(0);
    expect(afterWrite).not.toEqual(before);

    const asked = vi.spyOn(db.bookmarks, 'getBookmarks');
    const found = await store.actorsByIds(['causal']);
    expect(found.get('causal')?.name).toBe('Causal');
    // The driver asked the manager for the bookmarks to begin the read with: the write's.
    expect([...(((await asked.mock.results[0]?.value) as string[] | undefined) ?? [])]).toEqual(afterWrite);
    asked.mockRestore();
  });
});
