/**
 * The rate limit keys on the address until a token is verified (server/http/server.ts,
 * server/auth/verified-tokens.ts):
 *
 * - made-up tokens share their address's bucket, so a flood of them is stopped like a flood
 *   without a token, and each refused request costs no token lookup in Neo4j;
 * - a token this process verified in the last 10 s has a bucket of its own, keyed by its id:
 *   two verified tokens from one address (an office behind one NAT) do not share a limit; a
 *   token's first request (and its first after 10 s unused) counts against its address;
 * - the cache only picks the bucket: a revoked token is refused on its next request, whether
 *   it was revoked through this process or through another one on the same database.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { App } from '../../server/app';
import { errorCode, graphql, startTestApp } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let neo4j: SharedNeo4j;
const apps: App[] = [];

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
});

afterAll(async () => {
  for (const app of apps) await app.close();
});

/** A fresh app, so each test starts with full buckets. A refill this slow adds nothing during a test. */
async function limitedApp(burst: number, perSecond = 0.05): Promise<App> {
  const app = await startTestApp(neo4j, { seed: false, rateLimit: { perSecond, burst } });
  apps.push(app);
  return app;
}

/** One guarded read (so the token is looked up) with the given Authorization header. */
const ask = (app: App, authorization?: string): Promise<Response> =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body: JSON.stringify({ query: '{ regions { id } }' }),
  });

const statuses = async (app: App, count: number, authorization?: string): Promise<number[]> => {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1) seen.push((await ask(app, authorization)).status);
  return seen;
};

describe('a flood of made-up tokens from one address', () => {
  it('is limited by the address bucket; refused requests cost no token lookup', async () => {
    const app = await limitedApp(20, 5);
    const lookups = vi.spyOn(app.tokens, 'caller');
    const started = performance.now();
    const answers: number[] = [];
    // 600 requests, 20 at a time, each with a token never seen before.
    for (let wave = 0; wave < 30; wave += 1) {
      const wave20 = Array.from({ length: 20 }, (_, i) => ask(app, `Bearer bk_made-up-${String(wave)}-${String(i)}-${String(Math.random())}`));
      answers.push(...(await Promise.all(wave20)).map((response) => response.status));
    }
    const seconds = (performance.now() - started) / 1000;
    const refused = answers.filter((status) => status === 429).length;
    const served = answers.length - refused;
    // The burst plus what 5/s refills while the flood lasts; never a fresh bucket per token.
    expect(served).toBeLessThanOrEqual(20 + Math.ceil(seconds * 5) + 1);
    expect(refused).toBeGreaterThan(600 / 2);
    // Every request that got through was refused as UNAUTHENTICATED after one lookup; the 429s cost none.
    expect(answers.filter((status) => status !== 429 && status !== 401 && status !== 200)).toEqual([]);
    expect(lookups).toHaveBeenCalledTimes(served);
    expect(app.tokens.verified.idOf('bk_made-up-0-0')).toBeUndefined();
  });
});

describe('verified tokens', () => {
  it('get a bucket each: two verified tokens from one address do not share a limit, nor take the address bucket', async () => {
    const app = await limitedApp(5);
    const first = (await app.tokens.create('office 1', 'viewer')).token;
    const second = (await app.tokens.create('office 2', 'viewer')).token;
    // The first request of each is limited by the address (2 of its 5), then the token's own 5.
    expect(await statuses(app, 7, `Bearer ${first}`)).toEqual([200, 200, 200, 200, 200, 200, 429]);
    expect(await statuses(app, 7, `Bearer ${second}`)).toEqual([200, 200, 200, 200, 200, 200, 429]);
    // The address has 3 left, for callers without a token or with tokens not (yet) verified.
    expect(await statuses(app, 2)).toEqual([200, 200]);
    expect(await statuses(app, 2, 'Bearer bk_made-up')).toEqual([200, 429]);
    expect(await statuses(app, 1)).toEqual([429]);
  });

  it('a revocation through this process takes effect on the next request and drops the cache entry', async () => {
    const app = await limitedApp(100);
    const { token, info } = await app.tokens.create('to be revoked', 'viewer');
    const before = await graphql(app, '{ regions { id } }', {}, token);
    expect(before.errors).toBeUndefined();
    expect(app.tokens.verified.idOf(token)).toBe(info.id);
    const revoked = await graphql(app, 'mutation($id: ID!) { revokeToken(id: $id) { revokedAt } }', { id: info.id });
    expect(revoked.errors).toBeUndefined();
    expect(app.tokens.verified.idOf(token)).toBeUndefined();
    const after = await graphql(app, '{ regions { id } }', {}, token);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(after.data?.['regions'] ?? null).toBeNull();
  });

  it('a revocation through another process on the same database is refused on the next request too', async () => {
    const app = await limitedApp(100);
    const other = await limitedApp(100);
    const { token, info } = await app.tokens.create('revoked elsewhere', 'viewer');
    expect((await graphql(app, '{ regions { id } }', {}, token)).errors).toBeUndefined();
    expect(app.tokens.verified.idOf(token)).toBe(info.id);
    // The other process revokes it; this one still has it cached (as a bucket key only).
    await other.tokens.revoke(info.id);
    expect(app.tokens.verified.idOf(token)).toBe(info.id);
    const after = await graphql(app, '{ regions { id } }', {}, token);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    // The refused lookup drops the entry, so the token is back on its address's bucket.
    expect(app.tokens.verified.idOf(token)).toBeUndefined();
    const download = await fetch(`${app.url}/export/network.json`, { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(401);
  });
});
