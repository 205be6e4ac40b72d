/**
 * Contract §8 on the reading and editing side, against a real Neo4j: a small dated network
 * (written out below, with what is present on each of three days), read at those days through
 * `actors`, `neighbourhood`, `paths`, `exportNetwork` and /export/*; partial dates at both ends
 * of a life; a refused bad date in every field that takes one; edits that would leave a link
 * outside its actors' lives refused with nothing written.
 */
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { readNetworkCsv } from '../../server/exchange/csv';
import type { Network } from '../../server/model/network';
import { exportNetwork, graphql, graphqlUpload, startTestApp, type GraphQLResponse } from '../helpers/app';
import { sharedTestNeo4j } from '../helpers/shared-neo4j';

let app: App;

/**
 * A gemeente with its WSP, a wethouder of one collegeperiode (May 2018 to the end of 2022) and
 * the next (from 1 June 2022), an economic board from March 2019, and a programme run from 2019
 * to June 2021.
 */
const DATED: Network = {
  actors: [
    { id: 'g', name: 'Gemeente Leiden – Werk & Inkomen', type: 'gemeente', domain: 'SZ' },
    { id: 'wsp', name: 'WSP Holland Rijnland', type: 'wsp', domain: 'SZ', since: '2015' },
    { id: 'w1', name: 'Wethouder 2018–2022', type: 'rol', domain: 'SZ', since: '2018-05', until: '2022' },
    { id: 'w2', name: 'Wethouder 2022–', type: 'rol', domain: 'SZ', since: '2022-06-01' },
    { id: 'eb', name: 'Economie071', type: 'economic-board', domain: 'EZ', since: '2019-03' },
    { id: 'prog', name: 'Regio Deal Leiden', type: 'programma', domain: 'OVERIG', since: '2019', until: '2021-06' },
  ],
  links: [
    { from: 'g', to: 'wsp', type: 'samenwerking' },
    { from: 'w1', to: 'g', type: 'portefeuille', since: '2018-05', until: '2022' },
    { from: 'w2', to: 'g', type: 'portefeuille', since: '2022-06-01' },
    { from: 'w1', to: 'eb', type: 'samenwerking', since: '2019-09', until: '2021' },
    { from: 'wsp', to: 'eb', type: 'samenwerking', since: '2023' },
    { from: 'wsp', to: 'prog', type: 'lidmaatschap', since: '2019' },
    { from: 'eb', to: 'prog', type: 'lidmaatschap', since: '2019-03' },
  ],
};

/** Three days and what is present on each, worked out by hand from the dates above. */
const DAYS = {
  '2018-06-15': { actors: ['g', 'w1', 'wsp'], links: ['g|samenwerking|wsp', 'w1|portefeuille|g'] },
  '2020-01-01': {
    actors: ['eb', 'g', 'prog', 'w1', 'wsp'],
    links: ['eb|lidmaatschap|prog', 'g|samenwerking|wsp', 'w1|portefeuille|g', 'w1|samenwerking|eb', 'wsp|lidmaatschap|prog'],
  },
  '2023-02-01': { actors: ['eb', 'g', 'w2', 'wsp'], links: ['g|samenwerking|wsp', 'w2|portefeuille|g', 'wsp|samenwerking|eb'] },
} as const;
type Day = keyof typeof DAYS;

beforeAll(async () => {
  app = await startTestApp(await sharedTestNeo4j(), { seed: false });
  const loaded = await graphql(app, 'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors } }', { n: DATED });
  expect(loaded.errors).toBeUndefined();
});

afterAll(async () => {
  await app.close();
});

interface Refusal {
  readonly code: string | undefined;
  readonly problems: readonly { record: string; field: string; message: string }[];
}

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(app, query, variables);
  if (response.errors !== undefined || response.data === undefined || response.data === null) throw new Error(response.errors?.[0]?.message ?? 'no data');
  return response.data;
}

async function refusal(query: string, variables: Record<string, unknown> = {}): Promise<Refusal> {
  const response: GraphQLResponse = await graphql(app, query, variables);
  const [error] = response.errors ?? [];
  return { code: error?.extensions?.code, problems: error?.extensions?.problems ?? [] };
}

const ids = (actors: readonly { id: string }[]): string[] => actors.map((actor) => actor.id).sort();
const linkKeys = (links: readonly { from: { id: string } | string; to: { id: string } | string; type: string }[]): string[] =>
  links.map(({ from, to, type }) => `${typeof from === 'string' ? from : from.id}|${type}|${typeof to === 'string' ? to : to.id}`).sort();

const ACTORS_AT = 'query($at: String) { actors(filter: { at: $at }, limit: 500) { items { id since until } totalCount } }';
const NEIGHBOURHOOD = 'query($id: ID!, $hops: Int, $at: String) { neighbourhood(id: $id, hops: $hops, at: $at) { actors { id } links { from { id } to { id } type } } }';
const PATHS = 'query($from: ID!, $to: ID!, $at: String) { paths(from: $from, to: $to, at: $at) { length paths { actors { id } } } }';

describe('reading at a date', () => {
  it.each(Object.keys(DAYS) as Day[])('actors(filter: {at: %s}) lists and counts only the actors present that day', async (day) => {
    const { actors } = await data<{ actors: { items: { id: string }[]; totalCount: number } }>(ACTORS_AT, { at: day });
    expect(ids(actors.items)).toEqual(DAYS[day].actors);
    expect(actors.totalCount).toBe(DAYS[day].actors.length);
  });

  it('reads partial dates at both ends: 2018-05 from its first day, 2022 to its last', async () => {
    const present = async (at: string): Promise<string[]> => ids((await data<{ actors: { items: { id: string }[] } }>(ACTORS_AT, { at })).actors.items);
    expect(await present('2018-04-30')).not.toContain('w1');
    expect(await present('2018-05-01')).toContain('w1');
    expect(await present('2022-12-31')).toContain('w1');
    expect(await present('2023-01-01')).not.toContain('w1');
    // A programme until 2021-06 is there on 30 June and gone on 1 July.
    expect(await present('2021-06-30')).toContain('prog');
    expect(await present('2021-07-01')).not.toContain('prog');
    // Without a day, every actor whatever its dates, the dates as given.
    const all = await data<{ actors: { items: { id: string; since: string | null; until: string | null }[] } }>(ACTORS_AT, { at: null });
    expect(all.actors.items.find((actor) => actor.id === 'w1')).toEqual({ id: 'w1', since: '2018-05', until: '2022' });
  });

  it('a text search at a date finds only who is present', async () => {
    const search = 'query($at: String) { actors(filter: { text: "wethouder", at: $at }) { items { id } totalCount } }';
    expect((await data<{ actors: { items: { id: string }[]; totalCount: number } }>(search, { at: '2020-01-01' })).actors).toEqual({ items: [{ id: 'w1' }], totalCount: 1 });
    expect((await data<{ actors: { items: { id: string }[] } }>(search, { at: '2023-02-01' })).actors.items).toEqual([{ id: 'w2' }]);
  });

  it('neighbourhood at each day walks only through the actors and links present', async () => {
    const at = async (day: Day, hops: number): Promise<{ actors: string[]; links: string[] }> => {
      const { neighbourhood } = await data<{ neighbourhood: { actors: { id: string }[]; links: { from: { id: string }; to: { id: string }; type: string }[] } }>(NEIGHBOURHOOD, { id: 'g', hops, at: day });
      return { actors: ids(neighbourhood.actors), links: linkKeys(neighbourhood.links) };
    };
    expect(await at('2018-06-15', 2)).toEqual(DAYS['2018-06-15']);
    expect(await at('2020-01-01', 2)).toEqual(DAYS['2020-01-01']);
    expect(await at('2023-02-01', 2)).toEqual(DAYS['2023-02-01']);
    // One hop on 2020-01-01: the board is reached only through the wethouder, one hop further.
    expect(await at('2020-01-01', 1)).toEqual({ actors: ['g', 'w1', 'wsp'], links: ['g|samenwerking|wsp', 'w1|portefeuille|g'] });
  });

  it('neighbourhood of an actor absent on the day is NOT_FOUND saying so', async () => {
    const refused = await refusal(NEIGHBOURHOOD, { id: 'w1', hops: 1, at: '2023-02-01' });
    expect(refused).toEqual({ code: 'NOT_FOUND', problems: [{ record: 'neighbourhood', field: 'id', message: 'actor "w1" is not present on 2023-02-01' }] });
  });

  it('paths at each day run only through what is present', async () => {
    const routes = async (from: string, to: string, at: string | null): Promise<{ length: number | null; paths: string[] }> => {
      const { paths } = await data<{ paths: { length: number | null; paths: { actors: { id: string }[] }[] } }>(PATHS, { from, to, at });
      return { length: paths.length, paths: paths.paths.map((path) => path.actors.map((actor) => actor.id).join('>')) };
    };
    expect(await routes('g', 'eb', null)).toEqual({ length: 2, paths: ['g>w1>eb', 'g>wsp>eb'] });
    expect(await routes('g', 'eb', '2020-01-01')).toEqual({ length: 2, paths: ['g>w1>eb'] });
    expect(await routes('g', 'eb', '2023-02-01')).toEqual({ length: 2, paths: ['g>wsp>eb'] });
    // Mid-2022: the wethouder is still there but the link to the board ended in 2021, the WSP's
    // link to it begins in 2023 and the programme ended: no route.
    expect(await routes('g', 'eb', '2022-07-01')).toEqual({ length: null, paths: [] });
    const refused = await refusal(PATHS, { from: 'w1', to: 'eb', at: '2018-06-15' });
    expect(refused).toEqual({ code: 'NOT_FOUND', problems: [{ record: 'paths', field: 'to', message: 'actor "eb" is not present on 2018-06-15' }] });
  });
});

describe('exporting at a date', () => {
  const DAY: Day = '2020-01-01';
  const download = async (file: string, query: string): Promise<Response> => fetch(`${app.url}/export/${file}?${query}`);

  it('exportNetwork(at) and /export/network.json?at= give what is present, and the CSV pair reads back to the same', async () => {
    const { exportNetwork: atDay } = await data<{ exportNetwork: Network }>('query($at: String) { exportNetwork(at: $at) }', { at: DAY });
    expect(ids(atDay.actors)).toEqual(DAYS[DAY].actors);
    expect(linkKeys(atDay.links)).toEqual(DAYS[DAY].links);
    expect(atDay.actors.find((actor) => actor.id === 'prog')).toMatchObject({ since: '2019', until: '2021-06' });

    expect(await (await download('network.json', `at=${DAY}`)).json()).toEqual(atDay);
    const [actorsCsv, linksCsv] = await Promise.all([(await download('actors.csv', `at=${DAY}`)).text(), (await download('links.csv', `at=${DAY}`)).text()]);
    expect(readNetworkCsv(actorsCsv, linksCsv)).toEqual({ ok: true, network: atDay });
  });

  it('the GEXF at a date holds what is present, with full start and end days', async () => {
    const gexf = await (await download('network.gexf', `at=${DAY}`)).text();
    const graph = parseGexf(MultiGraph, gexf);
    expect(graph.nodes().sort()).toEqual(DAYS[DAY].actors);
    expect(graph.size).toBe(DAYS[DAY].links.length);
    expect(graph.getNodeAttributes('w1')).toMatchObject({ since: '2018-05', until: '2022' });
    expect(gexf).toContain('<node id="w1" label="Wethouder 2018–2022" start="2018-05-01" end="2022-12-31">');
    expect(gexf).toMatch(/<edge id="e\d+" source="w1" target="eb" start="2019-09-01" end="2021-12-31">/);
  });

  it('an exported day imported again gives back exactly that day', async () => {
    const before = await exportNetwork(app);
    const [actorsCsv, linksCsv] = await Promise.all([(await download('actors.csv', `at=${DAY}`)).text(), (await download('links.csv', `at=${DAY}`)).text()]);
    const { exportNetwork: atDay } = await data<{ exportNetwork: Network }>('query($at: String) { exportNetwork(at: $at) }', { at: DAY });
    const imported = await graphqlUpload(app, 'mutation($actors: File!, $links: File!) { importCsv(actors: $actors, links: $links, mode: REPLACE) { actors links } }', {
      actors: { name: 'actors.csv', content: actorsCsv },
      links: { name: 'links.csv', content: linksCsv },
    });
    expect(imported.errors).toBeUndefined();
    expect(await exportNetwork(app)).toEqual(atDay);
    const restored = await graphql(app, 'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors } }', { n: before });
    expect(restored.errors).toBeUndefined();
    expect(await exportNetwork(app)).toEqual(before);
  });
});

describe('bad dates are refused naming the record and the field', () => {
  const IMPORT = 'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors } }';
  const actor = (id: string, extra: object = {}): object => ({ id, name: `Actor ${id}`, type: 'werkgever', domain: 'EZ', ...extra });
  const twoActorsLinked = (linkDates: object): object => ({ actors: [actor('a'), actor('b')], links: [{ from: 'a', to: 'b', type: 'samenwerking', ...linkDates }] });

  it.each([
    ['actor since', { actors: [actor('a', { since: '2023-02-30' })], links: [] }, 'actors[0]', 'since', /real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2023-02-30"/],
    ['actor until', { actors: [actor('a', { until: '2023-13' })], links: [] }, 'actors[0]', 'until', /got "2023-13"/],
    ['actor until before since', { actors: [actor('a', { since: '2022-06', until: '2022-05' })], links: [] }, 'actors[0]', 'until', /2022-05 is before since \(2022-06\)/],
    ['link since', twoActorsLinked({ since: '19-01' }), 'links[0]', 'since', /got "19-01"/],
    ['link until', twoActorsLinked({ until: '2020-02-30' }), 'links[0]', 'until', /got "2020-02-30"/],
  ])('an import with a bad %s', async (_name, network, record, field, message) => {
    const before = await exportNetwork(app);
    const refused = await refusal(IMPORT, { n: network });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.problems).toEqual([{ record, field, message: expect.stringMatching(message) as unknown }]);
    expect(await exportNetwork(app)).toEqual(before);
  });

  it.each([
    ['scope.at', '{ brokers(scope: { at: "2023-02-30" }) { actor { id } } }', 'brokers', 'scope.at'],
    ['filter.at', '{ actors(filter: { at: "2023" }) { items { id } } }', 'actors', 'filter.at'],
    ['neighbourhood at', '{ neighbourhood(id: "g", at: "2023-1-1") { actors { id } } }', 'neighbourhood', 'at'],
    ['paths at', '{ paths(from: "g", to: "eb", at: "2023-02") { length } }', 'paths', 'at'],
    ['exportNetwork at', '{ exportNetwork(at: "gisteren") }', 'exportNetwork', 'at'],
  ])('a day argument that is not a real YYYY-MM-DD: %s', async (_name, query, record, field) => {
    const refused = await refusal(query);
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.problems).toEqual([{ record, field, message: expect.stringMatching(/must be a real day as YYYY-MM-DD, got "/) as unknown }]);
  });

  it('/export?at= with a bad day answers 400 with a sentence and the field', async () => {
    const response = await fetch(`${app.url}/export/network.json?at=2023-02-29`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The scope of the export was refused.',
          extensions: { code: 'BAD_USER_INPUT', problems: [{ record: 'export', field: 'scope.at', message: 'must be a real day as YYYY-MM-DD, got "2023-02-29"' }] },
        },
      ],
    });
  });
});

describe('editing keeps every link within its actors lives', () => {
  const UPSERT = 'mutation($a: ActorInput!) { upsertActor(actor: $a) { id since until version } }';
  const ADD_LINK = 'mutation($l: LinkInput!) { addLink(link: $l) { type since until } }';
  const W1 = DATED.actors.find((actor) => actor.id === 'w1');

  it('upsertActor stores new dates that still hold its links', async () => {
    const { upsertActor } = await data<{ upsertActor: { since: string; until: string } }>(UPSERT, { a: { ...W1, since: '2018-03' } });
    expect(upsertActor).toMatchObject({ since: '2018-03', until: '2022' });
    const { actor } = await data<{ actor: { since: string } }>('{ actor(id: "w1") { since } }');
    expect(actor.since).toBe('2018-03');
    await data(UPSERT, { a: W1 });
  });

  it('upsertActor refuses dates that leave one of its links outside its life, naming the link, and writes nothing', async () => {
    const before = await exportNetwork(app);
    const refused = await refusal(UPSERT, { a: { ...W1, since: '2019-01', until: '2020-06' } });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.problems).toEqual([
      { record: 'link w1|portefeuille|g', field: 'since', message: '2018-05 is before actor "w1" exists (its since is 2019-01)' },
      { record: 'link w1|samenwerking|eb', field: 'until', message: '2021 is after actor "w1" ends (its until is 2020-06)' },
    ]);
    expect(await exportNetwork(app)).toEqual(before);
  });

  it('upsertActor refuses an until before its since', async () => {
    const refused = await refusal(UPSERT, { a: { ...W1, since: '2020', until: '2019-12' } });
    expect(refused).toEqual({ code: 'BAD_USER_INPUT', problems: [{ record: 'actor', field: 'until', message: '2019-12 is before since (2020)' }] });
  });

  it('addLink refuses dates outside its actors lives, and takes dates within them', async () => {
    const before = await exportNetwork(app);
    const refused = await refusal(ADD_LINK, { l: { from: 'w2', to: 'eb', type: 'samenwerking', since: '2021' } });
    expect(refused).toEqual({ code: 'BAD_USER_INPUT', problems: [{ record: 'link', field: 'since', message: '2021 is before actor "w2" exists (its since is 2022-06-01)' }] });
    expect(await exportNetwork(app)).toEqual(before);

    const { addLink } = await data<{ addLink: object }>(ADD_LINK, { l: { from: 'w2', to: 'eb', type: 'samenwerking', since: '2022-09', until: '2026' } });
    expect(addLink).toEqual({ type: 'samenwerking', since: '2022-09', until: '2026' });
    const { neighbourhood } = await data<{ neighbourhood: { actors: { id: string }[] } }>(NEIGHBOURHOOD, { id: 'w2', hops: 1, at: '2023-02-01' });
    expect(ids(neighbourhood.actors)).toEqual(['eb', 'g', 'w2']);
  });
});
