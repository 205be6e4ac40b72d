/**
 * A short load on loopback against the seeded server: 20 clients read actors, shortest paths
 * between seed actors and analytics (brokers, missing links, islands) for about 10 s while one
 * editor creates actors, edits them with the version it was given and links them. No request
 * may fail, and every write the server acknowledged must be there afterwards, exactly once.
 * The long version is `tsx test/bench/load.ts` (200 clients for 60 s).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { startTestApp } from '../helpers/app';
import { formatTable, READ_KINDS, runLoad, summarize, verifyAcknowledged } from '../helpers/load';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

const CLIENTS = 20;
const SECONDS = 10;
const MAX_REQUESTS = 20_000;
const REQUEST_TIMEOUT_MS = 30_000;

let neo4j: SharedNeo4j;
let app: App;

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
  app = await startTestApp(neo4j);
});

afterAll(async () => {
  await app?.close();
});

describe('concurrent readers and an editor', () => {
  it(`answers ${String(CLIENTS)} readers and one editor for ${String(SECONDS)} s without an error, and keeps every acknowledged write`, { timeout: 120_000 }, async () => {
    const result = await runLoad(app, {
      clients: CLIENTS,
      seconds: SECONDS,
      maxRequests: MAX_REQUESTS,
      writePauseMs: 20,
      runId: `load-${String(Date.now())}`,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
    });
    const verification = await verifyAcknowledged(app, result);
    console.info(
      `${formatTable(summarize(result))}\nacknowledged writes read back: ${String(verification.actorsChecked)} actors, ${String(verification.linksChecked)} links`,
    );

    expect(result.failures, `${String(result.errors)} failed requests`).toEqual([]);
    expect(result.errors).toBe(0);
    // It stopped by itself: at the deadline (or the budget), plus at most one request in flight.
    expect(result.elapsedMs).toBeLessThan(SECONDS * 1000 + REQUEST_TIMEOUT_MS);
    // It was a load: every kind of read was asked, and the editor wrote.
    for (const kind of READ_KINDS) expect(result.latencies.get(kind)?.length ?? 0, kind).toBeGreaterThanOrEqual(CLIENTS / READ_KINDS.length);
    expect(result.acknowledged.actors.size).toBeGreaterThanOrEqual(2);
    expect(result.acknowledged.links.length).toBeGreaterThanOrEqual(2);
    // Every acknowledged write is there, exactly once, and nothing unacknowledged.
    expect(verification.problems).toEqual([]);
  });
});
