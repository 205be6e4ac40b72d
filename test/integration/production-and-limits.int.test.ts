/** Production mode hides the schema from outsiders; a flooding client is slowed down. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { graphql, startTestApp } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let neo4j: SharedNeo4j;
let production: App;
let limited: App;

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
  production = await startTestApp(neo4j, { seed: false, production: true });
  limited = await startTestApp(neo4j, { seed: false, rateLimit: { perSecond: 1, burst: 5 } });
});

afterAll(async () => {
  await production.close();
  await limited.close();
});

describe('production mode', () => {
  it('refuses introspection, serves no GraphiQL and suggests no field names', async () => {
    const introspection = await graphql(production, '{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/GraphiQL/);
    const typo = await graphql(production, '{ actorz { totalCount } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('still answers ordinary queries', async () => {
    expect((await graphql(production, '{ regions { id } }')).errors).toBeUndefined();
  });
});

describe('rate limit', () => {
  it('answers RATE_LIMITED with Retry-After once a client has used its burst, made-up tokens from its address included', async () => {
    const ask = (authorization?: string): Promise<Response> =>
      fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
        body: JSON.stringify({ query: '{ regions { id } }' }),
      });
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await ask()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await ask();
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('RATE_LIMITED');
    // A token not verified by this process is limited by its address (test/integration/rate-limit-flood.int.test.ts).
    expect((await ask('Bearer another-client')).status).toBe(429);
  });
});
