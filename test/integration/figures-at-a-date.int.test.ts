/**
 * Figures at a date and what changed (contract §8) through GraphQL on a real Neo4j, for
 * test/fixtures/dated-network.json (worked out by hand in server/analytics/compare-days.test.ts):
 * the API gives the command line's report at each date and its comparison, computed from the
 * network the analysis worker keeps rather than read again, and refuses bad days naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { runAnalyze } from '../../server/cli/analyze-command';
import { fixturePath, loadFixture } from '../fixtures/load-fixture';
import { errorCode, graphql, startTestApp } from '../helpers/app';
import { sharedTestNeo4j } from '../helpers/shared-neo4j';

const FILE = fixturePath('dated-network');
let app: App;

beforeAll(async () => {
  app = await startTestApp(await sharedTestNeo4j(), { seed: false });
  const loaded = await graphql(app, 'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors links } }', { n: loadFixture('dated-network') });
  expect(loaded.errors).toBeUndefined();
});

afterAll(async () => {
  await app.close();
});

async function answer<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(app, query, variables);
  expect(response.errors).toBeUndefined();
  if (response.data === undefined || response.data === null) throw new Error('no data');
  return response.data;
}

async function printed(...flags: string[]): Promise<unknown> {
  const result = await runAnalyze([FILE, ...flags]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

const COMPARE = `query($from: String!, $to: String!, $scope: AnalysisScope) {
  compare(from: $from, to: $to, scope: $scope) {
    scope { at between } from to
    actorsCame { id } actorsWent { id since until }
    linksCame { from { id } to { id } type since } linksWent { from { id } to { id } type until }
    before { actors links components eiIndex szEzWithinTwoSteps islands }
    after { actors links components eiIndex szEzWithinTwoSteps islands }
    brokers { actor { id } rankBefore rankAfter bridgingBefore bridgingAfter }
    islands { fate kind members { id } description { nl } }
    realisedSuggestions { from { id } to { id } score }
  }
}`;

interface Comparison {
  scope: { at: string | null };
  actorsCame: { id: string }[];
  actorsWent: { id: string; since: string | null; until: string | null }[];
  linksCame: { from: { id: string }; to: { id: string }; type: string; since: string | null }[];
  linksWent: { from: { id: string }; to: { id: string }; type: string; until: string | null }[];
  before: unknown;
  after: unknown;
  brokers: { actor: { id: string }; rankBefore: number | null; rankAfter: number | null; bridgingBefore: number | null; bridgingAfter: number | null }[];
  islands: { fate: string; kind: string; members: { id: string }[] }[];
  realisedSuggestions: { from: { id: string }; to: { id: string }; score: number }[];
}

interface PrintedComparison {
  actors: { came: string[]; went: string[] };
  links: { came: { from: string; to: string; type: string }[]; went: { from: string; to: string; type: string }[] };
  figures: { before: unknown; after: unknown };
  brokers: { id: string; rankBefore: number | null; rankAfter: number | null; bridgingBefore: number | null; bridgingAfter: number | null }[];
  islands: { fate: string; kind: string; members: string[] }[];
  realisedSuggestions: { from: string; to: string; score: number }[];
}

describe('the analysis at a date', () => {
  it.each(['2017-01-01', '2021-01-01', '2023-01-01'])('is the command line’s report on %s', async (day) => {
    const { analysis } = await answer<{ analysis: unknown }>('query($scope: AnalysisScope) { analysis(scope: $scope) }', { scope: { at: day } });
    expect(analysis).toEqual(await printed('--at', day));
  });

  it('ranks the key figures of the day', async () => {
    const { brokers } = await answer<{ brokers: { actor: { id: string }; szEzBridging: number }[] }>(
      'query($scope: AnalysisScope) { brokers(top: 3, scope: $scope) { actor { id } szEzBridging } }',
      { scope: { at: '2021-01-01' } },
    );
    expect(brokers.map((broker) => [broker.actor.id, broker.szEzBridging])).toEqual([['w', 0.4], ['e1', 0.4], ['s2', 0.25]]);
  });
});

describe('compare', () => {
  it('gives what the command line gives for the same two days, the actors and links as records', async () => {
    const { compare } = await answer<{ compare: Comparison }>(COMPARE, { from: '2021-01-01', to: '2023-01-01' });
    const cli = (await printed('--compare', '2021-01-01,2023-01-01')) as PrintedComparison;
    const pair = (link: { from: { id: string }; to: { id: string }; type: string }) => ({ from: link.from.id, to: link.to.id, type: link.type });
    expect(compare.scope.at).toBeNull();
    expect(compare.actorsCame.map((actor) => actor.id)).toEqual(cli.actors.came);
    expect(compare.actorsWent).toEqual([{ id: 'w', since: '2019-06', until: '2022-03' }]);
    expect(compare.linksCame.map(pair)).toEqual(cli.links.came.map(({ from, to, type }) => ({ from, to, type })));
    expect(compare.linksCame.find((link) => link.from.id === 's2')?.since).toBe('2022-06');
    expect(compare.linksWent.map(pair)).toEqual(cli.links.went.map(({ from, to, type }) => ({ from, to, type })));
    expect([compare.before, compare.after]).toEqual([cli.figures.before, cli.figures.after]);
    expect(compare.brokers.map(({ actor, ...ranks }) => ({ id: actor.id, ...ranks }))).toEqual(cli.brokers);
    expect(compare.islands.map(({ fate, kind, members }) => ({ fate, kind, members: members.map((member) => member.id) }))).toEqual(
      cli.islands.map(({ fate, kind, members }) => ({ fate: fate.toUpperCase(), kind: kind.toUpperCase(), members })),
    );
    expect(compare.realisedSuggestions.map(({ from, to, score }) => ({ from: from.id, to: to.id, score }))).toEqual(cli.realisedSuggestions);
  });

  it('refuses a day that is not real, days in the wrong order and a bad scope day, naming the field', async () => {
    const refused = async (variables: Record<string, unknown>) => {
      const response = await graphql(app, COMPARE, variables);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      return (response.errors?.[0]?.extensions?.problems as { field: string }[]).map((problem) => problem.field);
    };
    expect(await refused({ from: '2021-02-30', to: '2023-01-01' })).toEqual(['from']);
    expect(await refused({ from: '2021-01-01', to: '2023' })).toEqual(['to']);
    expect(await refused({ from: '2023-01-01', to: '2021-01-01' })).toEqual(['to']);
    expect(await refused({ from: '2021-01-01', to: '2023-01-01', scope: { at: '01-01-2022' } })).toEqual(['scope.at']);
  });
});
