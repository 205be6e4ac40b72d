/**
 * GraphQL at scale: on a generated network of 20,000 actors, the p95 latency of the explorer's
 * two per-click questions, an actor's panel (`actor(id:)`) and who connects whom
 * (`paths(from:, to:)`), asked over HTTP of the real server, against the very Cypher
 * statements their resolvers run, sent through the raw driver (one driver, database named,
 * READ routing, nothing else). The ratio is what the API adds: HTTP, parsing and validation,
 * limits, auth, sessions, DataLoader, value conversion and JSON. Target: ≤ 1.3×. And the p95
 * of a page of 20 actors (by cursor) on 20,000 actors against the same on 2,000: a page must
 * not cost more on a larger network (target ≤ 1.3×). And throughput at 20 concurrent clients of
 * the cached analytics questions, an actor panel and a page of actors, each against
 * `{__typename}` (what the server does for nothing) in the same minute: targets ≥ 30 % and, for
 * a page, ≥ 15 %. The clients run in the server's process, as the latency samples do, so both
 * sides of a ratio carry the same client cost.
 *
 * Requests are sequential; each sample asks the API, then the driver, the same question, so
 * both see the same caches and the same load from other processes.
 */
import path from 'node:path';

import neo4j, { type Driver } from 'neo4j-driver';

import { seededRng } from '../../server/analytics/seeded-rng';
import type { App } from '../../server/app';
import { PROJECT_ROOT } from '../../server/config';
import { generateNetwork } from '../../server/generate/generate-network';
import type { Network } from '../../server/model/network';
import * as Q from '../../server/neo4j/queries';
import { readSeedFiles } from '../../server/neo4j/seed';
import { graphql, startTestApp } from '../helpers/app';
import { percentile } from '../helpers/load';
import { startTestNeo4j } from '../helpers/neo4j';
import type { Row, Section } from './timing';

const ACTORS = 20_000;
const LINKS = 80_000;
/** The network a page of actors is compared on: a tenth of the large one. */
const SMALL_ACTORS = 2_000;
const SMALL_LINKS = 8_000;
/** Actors per page in the page-cost row. */
const PAGE = 20;
const WARM_UP = 50;
const SAMPLES = 400;
/** The explorer's hop limit for "wie verbindt wie" (client/panels/modes/wie-verbindt-wie.ts). */
const MAX_HOPS = 8;
const DATABASE = 'neo4j';
/** Concurrent clients and seconds per question in the throughput rows. */
const CLIENTS = 20;
const THROUGHPUT_SECONDS = 8;

/** The explorer's actor panel query, field for field (client/api/operations/network.ts, ACTOR_DETAIL). */
const ACTOR_DETAIL = `query ActorDetail($id: ID!) {
  actor(id: $id) {
    id name type domain domains region { id name } gemeente person description illustrative unconfirmed degree
    links {
      from { id name } to { id name } type source quote since until illustrative unconfirmed
      document { id kind title author date reference }
    }
  }
}`;

/** The explorer's paths query (client/api/operations/network.ts, PATHS). */
const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int!) {
  paths(from: $from, to: $to, maxHops: $maxHops) {
    length
    paths { actors { id name } }
    intermediaries { actor { id name type domain } pathCount }
  }
}`;

/** One timed question, asked both ways. */
interface Question {
  readonly label: string;
  api(): Promise<void>;
  raw(): Promise<void>;
}

interface Latencies {
  readonly api: number[];
  readonly raw: number[];
}

/** Runs `work` and returns how long it took, in ms. */
async function timed(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Warm-up rounds (not counted), then `SAMPLES` rounds, each asking the API and then the driver. */
async function measure(questions: readonly Question[]): Promise<Latencies> {
  const at = (index: number): Question => questions[index % questions.length] as Question;
  for (let index = 0; index < WARM_UP; index += 1) {
    await at(index).api();
    await at(index).raw();
  }
  const latencies: Latencies = { api: [], raw: [] };
  for (let index = 0; index < SAMPLES; index += 1) {
    latencies.api.push(await timed(() => at(index).api()));
    latencies.raw.push(await timed(() => at(index).raw()));
  }
  return latencies;
}

/** Fails loudly, so a refused request is never timed as a fast one. */
async function ask(app: App, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await graphql(app, query, variables, null);
  if (response.errors !== undefined) throw new Error(`${query.slice(0, 30)}: ${response.errors[0]?.message ?? ''}`);
}

/** A read as the baseline sends it: one auto-committed query, routed to a reader. */
function reader(driver: Driver): (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]> {
  return async (cypher, params = {}) =>
    (await driver.executeQuery(cypher, params, { database: DATABASE, routing: neo4j.routing.READ })).records.map((record) => record.toObject());
}

/** Actors spread over the network, the same for every run (seeded). */
function sampleActors(network: Network, count: number, seed: number): string[] {
  const rng = seededRng(seed);
  return Array.from({ length: count }, () => network.actors[Math.floor(rng() * network.actors.length)]?.id ?? '');
}

/** Pairs of actors of one region: the question a region's programme manager asks. */
function samplePairs(network: Network, count: number, seed: number): [string, string][] {
  const rng = seededRng(seed);
  const byRegion = new Map<string, string[]>();
  for (const actor of network.actors) {
    if (actor.region !== undefined) byRegion.set(actor.region, [...(byRegion.get(actor.region) ?? []), actor.id]);
  }
  const regions = [...byRegion.values()];
  return Array.from({ length: count }, () => {
    const members = regions[Math.floor(rng() * regions.length)] ?? [];
    const pick = (): string => members[Math.floor(rng() * members.length)] ?? '';
    return [pick(), pick()];
  });
}

const PAGE_QUERY = `query Page($after: String) {
  actors(after: $after, limit: ${String(PAGE)}) { items { id name type domain } pageInfo { endCursor hasNextPage } }
}`;

/**
 * Walks every page of the listing by cursor (warm-up, and the cursors of every page), then
 * times `SAMPLES` pages at cursors drawn from all of them (seeded), so deep pages count too.
 */
async function pageLatencies(app: App): Promise<number[]> {
  const cursors: (string | null)[] = [null];
  for (;;) {
    const response = await graphql<{ actors: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(app, PAGE_QUERY, { after: cursors.at(-1) }, null);
    const pageInfo = response.data?.actors.pageInfo;
    if (pageInfo === undefined) throw new Error(`actors page: ${response.errors?.[0]?.message ?? 'no data'}`);
    if (!pageInfo.hasNextPage) break;
    cursors.push(pageInfo.endCursor);
  }
  const rng = seededRng(3);
  const latencies: number[] = [];
  for (let index = 0; index < SAMPLES; index += 1) {
    const after = cursors[Math.floor(rng() * cursors.length)] ?? null;
    latencies.push(await timed(() => ask(app, PAGE_QUERY, { after })));
  }
  return latencies;
}

/** p50 and p95 of a list of latencies, in ms. */
function quantiles(values: readonly number[]): { p50: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** Starts Neo4j and the server, loads the generated network, and times both questions both ways. */
export async function graphqlScaleSection(): Promise<Section> {
  const database = await startTestNeo4j();
  try {
    const app = await startTestApp(database, { seed: false });
    const driver = neo4j.driver(database.uri, neo4j.auth.basic('neo4j', database.password));
    try {
      const { regions } = readSeedFiles(path.join(PROJECT_ROOT, 'seeds'));
      const network = generateNetwork({ actors: ACTORS, links: LINKS, seed: 20_000, regions });
      // Pages first on the small network, then the large one replaces it (its audit copy of
      // the network before is then the small one).
      const small = generateNetwork({ actors: SMALL_ACTORS, links: SMALL_LINKS, seed: 2_000, regions });
      await app.store.importNetwork(small, 'ADD', { who: 'bench' });
      const smallPages = await pageLatencies(app);
      const loadStart = performance.now();
      await app.store.importNetwork(network, 'REPLACE', { who: 'bench' });
      const loadMs = performance.now() - loadStart;
      const largePages = await pageLatencies(app);
      const read = reader(driver);
      const input = `generated (${ACTORS.toLocaleString('en')} actors, ${network.links.length.toLocaleString('en')} links)`;

      // The statements of the actor panel, in the order and parallelism its resolvers run them.
      const actorQuestions = sampleActors(network, 100, 1).map((id): Question => ({
        label: id,
        api: () => ask(app, ACTOR_DETAIL, { id }),
        raw: async () => {
          await read(Q.ACTORS_BY_IDS, { ids: [id] });
          const [links] = await Promise.all([read(Q.LINKS_OF_ACTORS, { ids: [id] }), read(Q.LIST_REGIONS)]);
          const ends = new Set(links.flatMap((link) => [String(link['from']), String(link['to'])]));
          ends.delete(id);
          const sources = new Set(links.flatMap((link) => (typeof (link['props'] as Record<string, unknown>)['source'] === 'string' ? [String((link['props'] as Record<string, unknown>)['source'])] : [])));
          // The link ends and the links' documents: two loaders, batched in the same tick.
          await Promise.all([read(Q.ACTORS_BY_IDS, { ids: [...ends] }), ...(sources.size === 0 ? [] : [read(Q.SOURCES_BY_IDS, { ids: [...sources] })])]);
        },
      }));

      // The one statement of paths: whether both ends exist, every shortest path and the actors on them.
      const pathQuestions = samplePairs(network, 100, 2).map(([from, to]): Question => ({
        label: `${from}→${to}`,
        api: () => ask(app, PATHS, { from, to, maxHops: MAX_HOPS }),
        raw: async () => {
          await read(Q.ALL_SHORTEST_PATHS, { from, to, maxHops: neo4j.int(MAX_HOPS) });
        },
      }));

      const notes = [`graphql-scale: loaded ${input} through the store's import in ${(loadMs / 1000).toFixed(1)} s`];
      const rows: Row[] = [];
      for (const [figure, questions] of [
        ['GraphQL actor(id:) panel, p95', actorQuestions],
        ['GraphQL paths(from:, to:), p95', pathQuestions],
      ] as const) {
        const latencies = await measure(questions);
        const api = quantiles(latencies.api);
        const raw = quantiles(latencies.raw);
        rows.push({ figure, input, ms: api.p95, baseline: 'same Cypher, raw driver, p95', baselineMs: raw.p95 });
        notes.push(
          `${figure.replace(', p95', '')}: ${String(SAMPLES)} sequential requests over ${String(questions.length)} questions after ${String(WARM_UP)} warm-up; ` +
            `API p50 ${api.p50.toFixed(2)} ms, p95 ${api.p95.toFixed(2)} ms; raw driver p50 ${raw.p50.toFixed(2)} ms, p95 ${raw.p95.toFixed(2)} ms; ` +
            `p95 ratio ${(api.p95 / raw.p95).toFixed(2)}× (target ≤ 1.3×)`,
        );
      }
      rows.push(...(await throughputRows(app, network, input, notes)));
      const [smallP95, largeP95] = [quantiles(smallPages).p95, quantiles(largePages).p95];
      rows.push({ figure: `GraphQL actors page of ${String(PAGE)} by cursor, p95`, input, ms: largeP95, baseline: `the same on ${SMALL_ACTORS.toLocaleString('en')} actors, p95`, baselineMs: smallP95 });
      notes.push(
        `actors pages: ${String(SAMPLES)} sequential cursor pages of ${String(PAGE)} at positions spread over the whole listing, after one walk through all of it; ` +
          `p95 ${largeP95.toFixed(2)} ms on ${ACTORS.toLocaleString('en')} actors, ${smallP95.toFixed(2)} ms on ${SMALL_ACTORS.toLocaleString('en')}; ratio ${(largeP95 / smallP95).toFixed(2)}× (target ≤ 1.3×)`,
      );
      return { rows, notes };
    } finally {
      await driver.close();
      await app.close();
    }
  } finally {
    await database.dispose();
  }
}

/** Requests per second that `CLIENTS` clients, each asking again as soon as answered, get through in `THROUGHPUT_SECONDS`. */
async function throughput(ask: () => Promise<void>): Promise<number> {
  const until = performance.now() + THROUGHPUT_SECONDS * 1000;
  let answered = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        await ask();
        answered += 1;
      }
    }),
  );
  return answered / THROUGHPUT_SECONDS;
}

/**
 * The throughput rows: each question asked once first (so the analysis behind it is computed
 * and cached), then `CLIENTS` clients for `THROUGHPUT_SECONDS`; `{__typename}` is measured
 * before and after the questions and its mean is the baseline. A row's ms is the mean time
 * per answer (1 / throughput), so ratio = `{__typename}`'s throughput / the question's.
 */
async function throughputRows(app: App, network: Network, input: string, notes: string[]): Promise<Row[]> {
  const [actorId] = sampleActors(network, 1, 4);
  const region = network.actors.find((actor) => actor.id === actorId)?.region ?? null;
  const questions: readonly (readonly [string, string, Record<string, unknown>, number])[] = [
    ['brokers(top: 10)', '{ brokers(top: 10) { actor { id name } szEzBridging } }', {}, 0.3],
    ['islands (whole network)', '{ islands { islands { kind index } } }', {}, 0.3],
    ['missingLinks(top: 10)', '{ missingLinks(top: 10) { from { id } to { id } score } }', {}, 0.3],
    ['regionScorecard(region:)', 'query($region: ID) { regionScorecard(region: $region) { actors links density } }', { region }, 0.3],
    ['actor(id:) panel', ACTOR_DETAIL, { id: actorId }, 0.3],
    [`actors page of ${String(PAGE)}`, PAGE_QUERY, { after: null }, 0.15],
  ];
  const typename = (): Promise<void> => ask(app, '{ __typename }', {});
  const before = await throughput(typename);
  const rates: number[] = [];
  for (const [, query, variables] of questions) {
    await ask(app, query, variables);
    rates.push(await throughput(() => ask(app, query, variables)));
  }
  const baseline = (before + (await throughput(typename))) / 2;
  notes.push(`throughput at ${String(CLIENTS)} clients, ${String(THROUGHPUT_SECONDS)} s each: {__typename} ${baseline.toFixed(0)}/s (mean of before and after)`);
  return questions.map(([label, , , target], index) => {
    const rate = rates[index] ?? 0;
    notes.push(`throughput ${label}: ${rate.toFixed(0)}/s = ${((100 * rate) / baseline).toFixed(1)} % of {__typename} (target ≥ ${String(100 * target)} %)`);
    return { figure: `GraphQL ${label}, cached, ms per answer at ${String(CLIENTS)} clients`, input, ms: 1000 / rate, baseline: '{ __typename } at the same clients', baselineMs: 1000 / baseline };
  });
}
