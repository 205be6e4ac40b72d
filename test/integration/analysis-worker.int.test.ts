/**
 * The analytics run in a worker thread, on a generated network in a real Neo4j large enough for
 * the full analysis to take seconds: other requests are answered while it runs, identical
 * questions asked together are computed once, and an answer never predates a write the client
 * has seen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AnalysisService } from '../../server/analysis-worker/analysis-service';
import { isForumType } from '../../server/model/network';
import type { App } from '../../server/app';
import { DEFAULT_SCOPE } from '../../server/model/scope';
import { graphql } from '../helpers/app';
import { startTestApp } from '../helpers/app';
import { generatedNetwork } from '../helpers/betweenness';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let neo4j: SharedNeo4j;
let app: App;
const network = generatedNetwork(4_000, 20_000, 3);
const region = network.actors.find((actor) => actor.region !== undefined)?.region ?? '';
const inRegion = network.actors.filter((actor) => actor.region === region).map((actor) => actor.id);
const linked = new Set(network.links.flatMap((link) => [`${link.from} ${link.to}`, `${link.to} ${link.from}`]));
/** Two actors of the region that are not linked yet. */
const unlinkedPair = inRegion.flatMap((a) => inRegion.filter((b) => a < b && !linked.has(`${a} ${b}`)).map((b) => [a, b] as const)).at(0);

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
  app = await startTestApp(neo4j, { seed: false });
  await app.store.importNetwork(network, 'ADD', { who: 'test' });
}, 180_000);

afterAll(async () => {
  await app.close();
});

/** A write through the API, so the next question must see it. */
async function write(query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await graphql(app, query, variables);
  expect(response.errors).toBeUndefined();
}

const ADD_LINK = 'mutation($l: LinkInput!) { addLink(link: $l) { type } }';
const REMOVE_LINK = 'mutation($from: ID!, $to: ID!) { removeLink(from: $from, to: $to, type: "samenwerking") }';
const BROKERS = '{ brokers(top: 5, by: BETWEENNESS) { actor { id } betweenness } }';
/** Cheap (one region's subgraph), but it makes the worker read the current network. */
const REGION_ISLANDS = 'query($r: ID) { islands(region: $r) { components { members { id } } } }';

/** Changes the network (a link added, then removed again), so the kept analysis is stale. */
let toggled = false;
async function changeNetwork(): Promise<void> {
  if (unlinkedPair === undefined) throw new Error('every two actors of the region are linked');
  const [from, to] = unlinkedPair;
  const link = { from, to };
  if (toggled) await write(REMOVE_LINK, link);
  else await write(ADD_LINK, { l: { ...link, type: 'samenwerking', source: 'test' } });
  toggled = !toggled;
}

describe('the analysis runs off the request thread', () => {
  it('answers other requests while the full analysis of the network runs', async () => {
    await changeNetwork();
    // The worker reads the new version first, so what follows is the analysis alone.
    expect((await graphql(app, REGION_ISLANDS, { r: region })).errors).toBeUndefined();
    const computedBefore = app.analysis.report().computations;

    let analysisDone = false;
    const analysis = graphql(app, BROKERS).finally(() => (analysisDone = true));
    let answeredMeanwhile = 0;
    while (!analysisDone) {
      const response = await graphql<{ __typename: string }>(app, '{ __typename }');
      expect(response.data?.__typename).toBe('Query');
      if (!analysisDone) answeredMeanwhile += 1;
    }
    const ranked = await analysis;
    expect(ranked.errors).toBeUndefined();
    expect(app.analysis.report().computations).toBeGreaterThan(computedBefore);
    // On the request thread the analysis would hold every other request until it ends.
    expect(answeredMeanwhile).toBeGreaterThanOrEqual(5);
  });

  it('computes identical questions asked together once, and gives each the same answer', async () => {
    await changeNetwork();
    const single = app.analysis.report();
    expect((await graphql(app, BROKERS)).errors).toBeUndefined();
    const afterSingle = app.analysis.report();

    await changeNetwork();
    const responses = await Promise.all(Array.from({ length: 4 }, () => graphql(app, BROKERS)));
    const afterFour = app.analysis.report();

    for (const response of responses) expect(response).toEqual(responses[0]);
    expect(afterFour.workersStarted).toBe(single.workersStarted);
    expect(afterFour.questions - afterSingle.questions).toBe(1);
    expect(afterFour.snapshotsRead - afterSingle.snapshotsRead).toBe(1);
    expect(afterFour.computations - afterSingle.computations).toBe(afterSingle.computations - single.computations);
  });

  it('answers from a network no older than the writes the client has seen', async () => {
    const [partner] = inRegion;
    if (partner === undefined) throw new Error('the region has no actor');
    const members = async (): Promise<string[][]> => {
      const response = await graphql<{ islands: { components: { members: { id: string }[] }[] } }>(app, REGION_ISLANDS, { r: region });
      expect(response.errors).toBeUndefined();
      return (response.data?.islands.components ?? []).map((component) => component.members.map((member) => member.id));
    };
    const componentOf = (components: string[][], id: string): string[] | undefined => components.find((component) => component.includes(id));

    await write('mutation($a: ActorInput!) { upsertActor(actor: $a) { id } }', {
      a: { id: 'nieuw-werkgeversservicepunt', name: 'Nieuw WSP', type: 'wsp', domain: 'SZ', region },
    });
    expect(componentOf(await members(), 'nieuw-werkgeversservicepunt')).toEqual(['nieuw-werkgeversservicepunt']);

    await write(ADD_LINK, { l: { from: 'nieuw-werkgeversservicepunt', to: partner, type: 'samenwerking', source: 'test' } });
    expect(componentOf(await members(), 'nieuw-werkgeversservicepunt')).toContain(partner);

    await write(REMOVE_LINK, { from: 'nieuw-werkgeversservicepunt', to: partner });
    expect(componentOf(await members(), 'nieuw-werkgeversservicepunt')).toEqual(['nieuw-werkgeversservicepunt']);
  });
});

describe('a worker that dies', () => {
  it('fails the question it held with a clean error, and the next question gets a fresh worker', async () => {
    // Enough for a small network, too little for reading the generated one.
    const analysis = new AnalysisService({
      target: { uri: neo4j.uri, user: 'neo4j', password: neo4j.password },
      database: 'neo4j',
      transactionTimeoutMs: 60_000,
      version: () => app.store.version(),
      bookmarks: () => Promise.resolve([]),
      heapLimitMb: 30,
    });
    try {
      await expect(analysis.ask('islands', { scope: DEFAULT_SCOPE })).rejects.toThrow(/^The analysis failed: the analysis worker/);
      expect(analysis.report().workersStarted).toBe(1);
      expect((await graphql<{ __typename: string }>(app, '{ __typename }')).data?.__typename).toBe('Query');

      const network = generatedNetwork(100, 200, 4);
      await app.store.importNetwork(network, 'REPLACE', { who: 'test' });
      const islands = await analysis.ask('islands', { scope: DEFAULT_SCOPE });
      // Forums count as ties by default, so the components hold every actor that is no forum.
      const actors = network.actors.filter((actor) => !isForumType(actor.type)).length;
      expect(islands.components.reduce((sum, component) => sum + component.size, 0)).toBe(actors);
      expect(analysis.report().workersStarted).toBe(2);
    } finally {
      await analysis.close();
    }
  });
});
