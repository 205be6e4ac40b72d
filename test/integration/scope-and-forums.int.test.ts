/**
 * Forums and scope (contract §6–7) through GraphQL on a real Neo4j: a hand-made network whose
 * figures are worked out below by hand, each scope switch changing one of them, the forums
 * ranked on their own, bad scopes refused naming the field, the same report as the command line
 * for the same scope, and downloads that obey the scope's filters.
 *
 * The network (all in Twente):
 *
 *   gemeente-a (SZ) — uwv-a (SZ)                     samenwerking
 *   uwv-a — roc-a (ONDERWIJS)                        opleiding, unconfirmed
 *   uwv-a — koepel-x (OVERIG, illustrative) — werkgever-a (EZ)     samenwerking
 *   roc-a — board-a (EZ)                             samenwerking
 *   tafel (overleg): gemeente-a, werkgever-a, board-a   lidmaatschap
 *   pact (programma): gemeente-a, board-a               lidmaatschap
 *
 * SZ–EZ bridging counts, for each actor v, the share of (SZ s ≠ v, EZ t ≠ v) pairs' shortest
 * paths that run through v.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { runAnalyze } from '../../server/cli/analyze-command';
import type { Link, Network } from '../../server/model/network';
import { errorCode, graphql, startTestApp, type GraphQLResponse } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

const REGION = 'twente';
const member = (from: string, forum: string): Link => ({ from, to: forum, type: 'lidmaatschap', source: 'test' });

const NETWORK: Network = {
  actors: [
    { id: 'gemeente-a', name: 'Gemeente A', type: 'gemeente', domain: 'SZ', region: REGION },
    { id: 'uwv-a', name: 'UWV A', type: 'uwv', domain: 'SZ', region: REGION },
    { id: 'werkgever-a', name: 'Werkgever A', type: 'werkgever', domain: 'EZ', region: REGION },
    { id: 'board-a', name: 'Economic Board A', type: 'economic-board', domain: 'EZ', region: REGION },
    { id: 'roc-a', name: 'ROC A', type: 'onderwijs', domain: 'ONDERWIJS', region: REGION },
    { id: 'koepel-x', name: 'Koepel X', type: 'koepel', domain: 'OVERIG', region: REGION, illustrative: true },
    { id: 'tafel', name: 'Arbeidsmarkttafel', type: 'overleg', domain: 'OVERIG', region: REGION },
    { id: 'pact', name: 'Pact', type: 'programma', domain: 'OVERIG', region: REGION },
  ],
  links: [
    { from: 'gemeente-a', to: 'uwv-a', type: 'samenwerking', source: 'test' },
    { from: 'uwv-a', to: 'roc-a', type: 'opleiding', source: 'test', unconfirmed: true },
    { from: 'uwv-a', to: 'koepel-x', type: 'samenwerking', source: 'test' },
    { from: 'koepel-x', to: 'werkgever-a', type: 'samenwerking', source: 'test' },
    { from: 'roc-a', to: 'board-a', type: 'samenwerking', source: 'test' },
    member('gemeente-a', 'tafel'),
    member('werkgever-a', 'tafel'),
    member('board-a', 'tafel'),
    member('gemeente-a', 'pact'),
    member('board-a', 'pact'),
  ],
};

let neo4j: SharedNeo4j;
let app: App;

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
  app = await startTestApp(neo4j, { seed: false });
  const loaded = await graphql(app, 'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors } }', { n: NETWORK });
  expect(loaded.errors).toBeUndefined();
});

afterAll(async () => {
  await app.close();
});

interface Ranked {
  actor: { id: string };
  szEzBridging: number;
  bridging: number;
}

const BROKERS = 'query($scope: AnalysisScope, $by: BrokerMeasure) { brokers(top: 3, by: $by, scope: $scope) { actor { id } szEzBridging bridging } }';
const MEASURES = 'query($scope: AnalysisScope) { actorMeasures(scope: $scope) { actor { id } szEzBridging bridging } }';

async function answer<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(app, query, variables);
  expect(response.errors).toBeUndefined();
  const data = response.data;
  if (data === undefined || data === null) throw new Error('no data');
  return data;
}

async function brokers(scope: Record<string, unknown> | null, by = 'SZ_EZ_BRIDGING'): Promise<[string, number, number][]> {
  const { brokers: ranked } = await answer<{ brokers: Ranked[] }>(BROKERS, { scope, by });
  return ranked.map((broker) => [broker.actor.id, broker.szEzBridging, broker.bridging]);
}

async function bridgingOf(scope: Record<string, unknown> | null): Promise<Record<string, number>> {
  const { actorMeasures } = await answer<{ actorMeasures: Ranked[] }>(MEASURES, { scope });
  return Object.fromEntries(actorMeasures.map((measures) => [measures.actor.id, measures.szEzBridging]));
}

describe('forums as ties or as nodes', () => {
  it('ranks no forum among the brokers by default: the tafel ties its members', async () => {
    // Graph: gemeente-a–uwv-a, uwv-a–roc-a, uwv-a–koepel-x–werkgever-a, roc-a–board-a, and the
    // tafel's members pairwise (gemeente-a, werkgever-a, board-a). Pairs (uwv-a, werkgever-a) and
    // (uwv-a, board-a) each have two shortest paths, one through gemeente-a: 2 × ½ over the 2
    // pairs without gemeente-a as source. koepel-x and roc-a: ½ of one path of 4 pairs.
    expect(await brokers(null)).toEqual([
      ['gemeente-a', 0.5, 0.5],
      ['koepel-x', 0.125, 0.125],
      ['roc-a', 0.125, 0.125],
    ]);
    const measured = Object.keys(await bridgingOf(null)).sort();
    expect(measured).toEqual(['board-a', 'gemeente-a', 'koepel-x', 'roc-a', 'uwv-a', 'werkgever-a']);
  });

  it('ranks the tafel first with forums as nodes', async () => {
    // gemeente-a reaches werkgever-a only through the tafel (1), board-a through the tafel or the
    // pact (½ each); uwv-a reaches werkgever-a through koepel-x, board-a through roc-a.
    expect(await brokers({ forums: 'NODES' })).toEqual([
      ['tafel', 0.375, 0.375],
      ['koepel-x', 0.25, 0.25],
      ['roc-a', 0.25, 0.25],
    ]);
  });
});

describe('each switch of the scope', () => {
  it('illustrative: false leaves out koepel-x, so uwv-a reaches werkgever-a only through gemeente-a', async () => {
    // (uwv-a, werkgever-a): 1 through gemeente-a; (uwv-a, board-a): ½ → (1 + ½) / 2.
    expect((await bridgingOf({ illustrative: false }))['gemeente-a']).toBe(0.75);
    expect(await bridgingOf({ illustrative: false })).not.toHaveProperty('koepel-x');
  });

  it('unconfirmed: false leaves out uwv-a–roc-a, so roc-a carries no SZ–EZ path', async () => {
    expect((await bridgingOf(null))['roc-a']).toBe(0.125);
    expect((await bridgingOf({ unconfirmed: false }))['roc-a']).toBe(0);
  });

  it('linkTypes without lidmaatschap drops the forums’ ties, so every path runs through uwv-a', async () => {
    // Left: gemeente-a–uwv-a, uwv-a–roc-a–board-a, uwv-a–koepel-x–werkgever-a: both pairs from
    // gemeente-a run through uwv-a.
    const figures = await bridgingOf({ linkTypes: ['samenwerking', 'opleiding'] });
    expect(figures['uwv-a']).toBe(1);
    expect(figures['koepel-x']).toBe(0.5);
    expect((await bridgingOf(null))['uwv-a']).toBe(0);
  });

  it('between SZ and ONDERWIJS gives bridging and missing links for that pair', async () => {
    // (gemeente-a, roc-a): via uwv-a or via board-a, ½ each; (uwv-a, roc-a) are linked.
    const scope = { between: ['SZ', 'ONDERWIJS'] };
    expect(await brokers(scope, 'BRIDGING')).toEqual([
      ['uwv-a', 0, 0.5],
      ['board-a', 0, 0.25],
      ['gemeente-a', 0.5, 0],
    ]);
    const { missingLinks } = await answer<{ missingLinks: { from: { id: string }; to: { id: string }; score: number; sharedPartners: { id: string }[] }[] }>(
      'query($scope: AnalysisScope) { missingLinks(scope: $scope) { from { id } to { id } score sharedPartners { id } } }',
      { scope },
    );
    // Shared partners uwv-a and board-a, three partners each: 2 / ln 3.
    expect(missingLinks.map((link) => [link.from.id, link.to.id, link.sharedPartners.map((partner) => partner.id)])).toEqual([
      ['gemeente-a', 'roc-a', ['board-a', 'uwv-a']],
    ]);
    expect(missingLinks[0]?.score).toBeCloseTo(2 / Math.log(3), 12);
  });

  it('states the scope as it is applied', async () => {
    const { scope } = await answer<{ scope: unknown }>(
      '{ scope(scope: { forums: NODES, unconfirmed: false, between: [SZ, ONDERWIJS] }, region: "twente") { forums region illustrative unconfirmed linkTypes between } }',
    );
    expect(scope).toEqual({ forums: 'NODES', region: REGION, illustrative: true, unconfirmed: false, linkTypes: null, between: ['SZ', 'ONDERWIJS'] });
  });
});

describe('forums ranked on their own', () => {
  const FORUMS = 'query($r: ID) { forums(region: $r) { forum { id } members memberActors { id } domains { SZ EZ } szEzPairs onlyBridge onlyBridgePairs { from { id } to { id } } } }';

  it('counts the SZ–EZ pairs that meet at each forum, and those that meet nowhere else', async () => {
    const { forums } = await answer<{ forums: unknown[] }>(FORUMS, { r: REGION });
    expect(forums).toEqual([
      {
        forum: { id: 'tafel' },
        members: 3,
        memberActors: [{ id: 'board-a' }, { id: 'gemeente-a' }, { id: 'werkgever-a' }],
        domains: { SZ: 1, EZ: 2 },
        szEzPairs: 2,
        // gemeente-a and board-a meet at the pact too.
        onlyBridge: 1,
        onlyBridgePairs: [{ from: { id: 'gemeente-a' }, to: { id: 'werkgever-a' } }],
      },
      {
        forum: { id: 'pact' },
        members: 2,
        memberActors: [{ id: 'board-a' }, { id: 'gemeente-a' }],
        domains: { SZ: 1, EZ: 1 },
        szEzPairs: 1,
        onlyBridge: 0,
        onlyBridgePairs: [],
      },
    ]);
    expect((await answer<{ forums: unknown[] }>(FORUMS, { r: 'groningen' })).forums).toEqual([]);
  });

  it('answers one forum, null for an actor that is no forum, NOT_FOUND for no actor', async () => {
    const one = await answer<{ forum: { members: number } | null }>('{ forum(id: "pact") { members } }');
    expect(one.forum).toEqual({ members: 2 });
    expect((await answer<{ forum: unknown }>('{ forum(id: "gemeente-a") { members } }')).forum).toBeNull();
    const missing = await graphql(app, '{ forum(id: "nobody") { members } }');
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(missing.errors?.[0]?.extensions?.problems?.[0]).toMatchObject({ record: 'forum', field: 'id' });
  });
});

describe('bad scopes', () => {
  const refusal = (response: GraphQLResponse<unknown>) => ({ code: errorCode(response), problems: response.errors?.[0]?.extensions?.problems });

  it.each([
    ['an unknown link type', 'brokers', '{ brokers(scope: { linkTypes: ["vriendschap"] }) { degree } }', 'scope.linkTypes'],
    ['one domain', 'missingLinks', '{ missingLinks(scope: { between: [SZ] }) { score } }', 'scope.between'],
    ['the same domain twice', 'forums', '{ forums(scope: { between: [EZ, EZ] }) { members } }', 'scope.between'],
    ['three domains', 'analysis', '{ analysis(scope: { between: [SZ, EZ, ONDERWIJS] }) }', 'scope.between'],
  ])('refuses %s, naming the operation and the field', async (_name, operation, query, field) => {
    expect(refusal(await graphql(app, query))).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ record: operation, field }] });
  });
});

describe('answers are kept per scope', () => {
  it('shares one answer between identical questions, never between two scopes', async () => {
    const before = app.analysis.report().questions;
    const ask = (scope: Record<string, unknown>) => graphql(app, 'query($scope: AnalysisScope) { brokers(top: 4, scope: $scope) { actor { id } } }', { scope });
    const answers = await Promise.all([ask({}), ask({ linkTypes: null }), ask({ forums: 'NODES' }), ask({ forums: 'NODES', illustrative: true })]);
    expect(app.analysis.report().questions - before).toBe(2);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[3]).toEqual(answers[2]);
    expect(answers[2]).not.toEqual(answers[0]);
  });

  it('counts each scoped field in the cost of a document, so one cannot ask for many scopes at once', async () => {
    const fields = (count: number): string =>
      Array.from({ length: count }, (_, index) => `a${String(index)}: brokers(top: 1, scope: { between: [SZ, ONDERWIJS] }) { degree }`).join(' ');
    expect((await graphql(app, `{ ${fields(3)} }`)).errors).toBeUndefined();
    expect(errorCode(await graphql(app, `{ ${fields(10)} }`))).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('the same report as the command line', () => {
  let folder: string;
  let file: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'brugkaart-scope-'));
    file = path.join(folder, 'network.json');
    await writeFile(file, JSON.stringify(NETWORK));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.each([
    ['the default scope', {}, []],
    ['forums as nodes', { forums: 'NODES' }, ['--forums', 'nodes']],
    ['without illustrative actors and unconfirmed links', { illustrative: false, unconfirmed: false }, ['--without-illustrative', '--without-unconfirmed']],
    ['two link types', { linkTypes: ['samenwerking', 'lidmaatschap'] }, ['--link-types', 'samenwerking,lidmaatschap']],
    ['SZ and ONDERWIJS', { between: ['SZ', 'ONDERWIJS'] }, ['--between', 'SZ,ONDERWIJS']],
  ])('for %s', async (_name, scope, flags) => {
    const cli = await runAnalyze([file, ...flags]);
    expect(cli.stderr).toBe('');
    const { analysis } = await answer<{ analysis: { scope: unknown } }>('query($scope: AnalysisScope) { analysis(scope: $scope) }', { scope });
    expect(analysis).toEqual(JSON.parse(cli.stdout));
  });
});

describe('downloads obey the scope’s filters', () => {
  const download = async (query: string): Promise<Response> => fetch(`${app.url}/export/network.json${query}`);
  const linksOf = async (query: string): Promise<string[]> => {
    const network = (await (await download(query)).json()) as Network;
    return network.links.map((link) => `${link.from}-${link.to}`);
  };

  it('leaves out illustrative actors, unconfirmed links or other link types when asked', async () => {
    const all = await linksOf('');
    expect(all).toHaveLength(NETWORK.links.length);
    expect(await linksOf('?illustrative=false')).toEqual(all.filter((link) => !link.includes('koepel-x')));
    expect(await linksOf('?unconfirmed=false')).toEqual(all.filter((link) => link !== 'uwv-a-roc-a'));
    expect(await linksOf('?linkTypes=lidmaatschap')).toEqual(all.filter((link) => link.endsWith('-tafel') || link.endsWith('-pact')));
    const actors = ((await (await download('?illustrative=false')).json()) as Network).actors.map((actor) => actor.id);
    expect(actors).not.toContain('koepel-x');
    expect(actors).toContain('tafel');
  });

  it('refuses a bad filter, naming it', async () => {
    for (const [query, field] of [
      ['?linkTypes=vriendschap', 'scope.linkTypes'],
      ['?illustrative=nee', 'scope.illustrative'],
    ] as const) {
      const response = await download(query);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string; problems: { record: string; field: string }[] } }[] };
      expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ record: 'export', field }] });
    }
  });
});
