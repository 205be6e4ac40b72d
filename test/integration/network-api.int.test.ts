/**
 * The GraphQL API over a real embedded Neo4j, on a small network whose answers are stated by
 * hand below: reading, shortest paths, editing and the downloads.
 */
import { parse as parseGexf } from 'graphology-gexf';
import { MultiGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { errorCode, graphql, startTestApp } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';
import { SMALL_NETWORK } from '../fixtures/small-network';

let neo4j: SharedNeo4j;
let app: App;

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
  app = await startTestApp(neo4j, { seed: false });
  const loaded = await graphql(app, 'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors links } }', {
    n: SMALL_NETWORK,
  });
  expect(loaded.errors).toBeUndefined();
});

afterAll(async () => {
  await app.close();
});

interface PathsAnswer {
  paths: { length: number | null; paths: { actors: { id: string }[] }[]; intermediaries: { actor: { id: string }; pathCount: number }[] };
}

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops) {
    length
    paths { actors { id } }
    intermediaries { actor { id } pathCount }
  }
}`;

describe('paths: every shortest path, computed in Neo4j', () => {
  it('finds both routes of length 3 from the SZ side of Leiden to the employer', async () => {
    // Hand-worked on SMALL_NETWORK: leiden-wi reaches werkgever-a only through wsp (then
    // uitzendbureau) or through leiden-ez (then board). wsp–board does not exist, so the two
    // shortest paths are wi-wsp-uitz-werkgever and wi-ez-board-werkgever; the double link
    // wi–wsp (samenwerking and financiering) must not double the first route.
    const response = await graphql<PathsAnswer>(app, PATHS, { from: 'leiden-wi', to: 'werkgever-a' });
    expect(response.errors).toBeUndefined();
    const answer = response.data?.paths;
    expect(answer?.length).toBe(3);
    expect(answer?.paths.map((path) => path.actors.map((actor) => actor.id))).toEqual([
      ['leiden-wi', 'leiden-ez', 'board', 'werkgever-a'],
      ['leiden-wi', 'wsp', 'uitzendbureau', 'werkgever-a'],
    ]);
    expect(answer?.intermediaries.map((item) => [item.actor.id, item.pathCount])).toEqual([
      ['board', 1],
      ['leiden-ez', 1],
      ['uitzendbureau', 1],
      ['wsp', 1],
    ]);
  });

  it('answers "not connected" within maxHops and for an isolated actor', async () => {
    const tooShort = await graphql<PathsAnswer>(app, PATHS, { from: 'leiden-wi', to: 'werkgever-a', maxHops: 2 });
    expect(tooShort.data?.paths).toEqual({ length: null, paths: [], intermediaries: [] });
    const isolated = await graphql<PathsAnswer>(app, PATHS, { from: 'leiden-wi', to: 'eiland' });
    expect(isolated.data?.paths.paths).toEqual([]);
  });

  it('refuses unknown actors and an out-of-range maxHops, naming the field', async () => {
    const unknown = await graphql(app, PATHS, { from: 'leiden-wi', to: 'nobody' });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('to');
    const range = await graphql(app, PATHS, { from: 'leiden-wi', to: 'wsp', maxHops: 99 });
    expect(errorCode(range)).toBe('BAD_USER_INPUT');
    expect(range.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('maxHops');
  });
});

describe('reading actors', () => {
  it('filters by type, domain, region and name text, with pagination', async () => {
    const query = `query($filter: ActorFilter, $offset: Int, $limit: Int) {
      actors(filter: $filter, offset: $offset, limit: $limit) { totalCount items { id } }
    }`;
    const ids = async (filter: object, offset = 0, limit = 50): Promise<unknown> => {
      const response = await graphql<{ actors: { totalCount: number; items: { id: string }[] } }>(app, query, { filter, offset, limit });
      return { total: response.data?.actors.totalCount, ids: response.data?.actors.items.map((item) => item.id) };
    };
    expect(await ids({ types: ['gemeente'] })).toEqual({ total: 2, ids: ['leiden-ez', 'leiden-wi'] });
    expect(await ids({ domains: ['EZ'], region: 'holland-rijnland' })).toEqual({ total: 2, ids: ['board', 'leiden-ez'] });
    expect(await ids({ text: 'leid' })).toEqual({ total: 2, ids: expect.arrayContaining(['leiden-ez', 'leiden-wi']) as unknown });
    expect(await ids({ text: 'werk & inko' })).toEqual({ total: 1, ids: ['leiden-wi'] });
    // By name: Economic Board, Eiland Stichting, Gemeente Leiden – Economie, …
    expect(await ids({}, 1, 2)).toEqual({ total: 8, ids: ['eiland', 'leiden-ez'] });
  });

  it('gives an actor with its links, neighbours, sources and degree', async () => {
    const response = await graphql<{
      actor: { degree: number; neighbours: { id: string }[]; sources: { id: string }[]; links: { type: string; quote: string | null; document: { title: string } | null }[] };
    }>(
      app,
      `{ actor(id: "leiden-wi") { degree neighbours { id } sources { id } links { type quote document { title } } } }`,
    );
    const actor = response.data?.actor;
    // wsp twice (two link types), leiden-ez once: three links, two distinct neighbours.
    expect(actor?.degree).toBe(2);
    expect(actor?.links).toHaveLength(3);
    expect(actor?.neighbours.map((n) => n.id).sort()).toEqual(['leiden-ez', 'wsp']);
    expect(actor?.sources.map((s) => s.id)).toEqual(['doc-wethoudersbijeenkomst-2023']);
    expect(actor?.links.find((link) => link.quote !== null)?.document?.title).toMatch(/wethoudersbijeenkomst/i);
  });

  it('walks a neighbourhood of two hops', async () => {
    const response = await graphql<{ neighbourhood: { actors: { id: string }[]; links: unknown[] } }>(
      app,
      `{ neighbourhood(id: "wsp", hops: 2) { actors { id } links { type } } }`,
    );
    // wsp → leiden-wi, uitzendbureau (1 hop) → leiden-ez, werkgever-a (2 hops).
    expect(response.data?.neighbourhood.actors.map((a) => a.id).sort()).toEqual([
      'leiden-ez', 'leiden-wi', 'uitzendbureau', 'werkgever-a', 'wsp',
    ]);
    // Links among those five: wi–wsp ×2, wi–ez, wsp–uitz, uitz–werkgever.
    expect(response.data?.neighbourhood.links).toHaveLength(5);
  });

  it('lists the vocabulary and the regions with their gemeenten', async () => {
    const response = await graphql<{ vocabulary: { actorTypes: { id: string }[] }; region: { code: string; gemeenten: string[] } }>(
      app,
      `{ vocabulary { actorTypes { id } } region(id: "holland-rijnland") { code gemeenten } }`,
    );
    expect(response.data?.vocabulary.actorTypes.map((t) => t.id)).toEqual(
      expect.arrayContaining(['gemeente', 'oo-fonds', 'onderwijs', 'werkgever', 'uitzendbureau']),
    );
    expect(response.data?.region.code).toBe('AM19');
    expect(response.data?.region.gemeenten).toContain('Leiden');
  });
});

describe('editing', () => {
  it('adds, changes and deletes an actor and a link', async () => {
    const actor = { id: 'roc', name: 'mbo Rijnland', type: 'onderwijs', domain: 'ONDERWIJS', region: 'holland-rijnland' };
    const upsert = 'mutation($a: ActorInput!) { upsertActor(actor: $a) { id name type } }';
    expect((await graphql(app, upsert, { a: actor })).errors).toBeUndefined();
    const changed = await graphql<{ upsertActor: { type: string } }>(app, upsert, { a: { ...actor, type: 'sbb' } });
    expect(changed.data?.upsertActor.type).toBe('sbb');

    const add = await graphql(app, 'mutation($l: LinkInput!) { addLink(link: $l) { type from { id } to { id } } }', {
      l: { from: 'roc', to: 'wsp', type: 'samenwerking', source: 'test' },
    });
    expect(add.errors).toBeUndefined();
    const degree = await graphql<{ actor: { degree: number } }>(app, '{ actor(id: "roc") { degree } }');
    expect(degree.data?.actor.degree).toBe(1);

    const removed = await graphql<{ removeLink: number }>(app, 'mutation { removeLink(from: "wsp", to: "roc", type: "samenwerking") }');
    expect(removed.data?.removeLink).toBe(1);
    const deleted = await graphql<{ deleteActor: { removedLinks: number } }>(app, 'mutation { deleteActor(id: "roc") { removedLinks } }');
    expect(deleted.data?.deleteActor.removedLinks).toBe(0);
    expect((await graphql<{ actor: null }>(app, '{ actor(id: "roc") { id } }')).data?.actor).toBeNull();
  });
});

describe('downloads', () => {
  it('serves the network as JSON, CSV and GEXF that Gephi reads', async () => {
    const exported = await graphql<{ exportNetwork: { actors: unknown[]; links: unknown[] } }>(app, '{ exportNetwork }');
    const json = (await (await fetch(`${app.url}/export/network.json`)).json()) as unknown;
    expect(json).toEqual(exported.data?.exportNetwork);

    const actorsCsv = await (await fetch(`${app.url}/export/actors.csv`)).text();
    expect(actorsCsv.split('\n')[0]).toBe('id,name,type,domain,domains,region,gemeente,person,description,illustrative,unconfirmed,since,until');
    expect(actorsCsv.trim().split('\n')).toHaveLength(SMALL_NETWORK.actors.length + 1);

    const gexf = await (await fetch(`${app.url}/export/network.gexf`)).text();
    const graph = parseGexf(MultiGraph, gexf);
    expect(graph.order).toBe(SMALL_NETWORK.actors.length);
    expect(graph.size).toBe(SMALL_NETWORK.links.length);
    expect(graph.getNodeAttribute('leiden-wi', 'label')).toBe('Gemeente Leiden – Werk & Inkomen');
  });
});
