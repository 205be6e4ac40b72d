/**
 * On the seed network: paging through `actors` (cursor pages and offset pages give every actor
 * once, in the same order; counts come apart from pages; bad cursors are refused), `paths` in
 * one statement, and the cost limit's cache keeping each page size's own cost.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { App } from '../../server/app';
import { errorCode, graphql, type GraphQLResponse } from '../helpers/app';
import { startTestApp } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let neo4j: SharedNeo4j;
let app: App;

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
  app = await startTestApp(neo4j, { seed: true });
});

afterAll(async () => {
  await app.close();
});

interface Page {
  readonly items: readonly { id: string; name: string }[];
  readonly pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const PAGE = `query($filter: ActorFilter, $after: String, $offset: Int, $limit: Int) {
  actors(filter: $filter, after: $after, offset: $offset, limit: $limit) { items { id name } pageInfo { endCursor hasNextPage } }
}`;

async function page(variables: Record<string, unknown>): Promise<Page> {
  const response = await graphql<{ actors: Page }>(app, PAGE, variables);
  if (response.errors !== undefined || response.data === undefined || response.data === null) throw new Error(response.errors?.[0]?.message ?? 'no data');
  return response.data.actors;
}

/** Every page by cursor, and the number of pages it took. */
async function walkByCursor(filter: object, limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const current = await page({ filter, after, limit });
    pages += 1;
    ids.push(...current.items.map((item) => item.id));
    if (!current.pageInfo.hasNextPage) return { ids, pages };
    expect(current.pageInfo.endCursor).not.toBeNull();
    after = current.pageInfo.endCursor;
  }
}

async function walkByOffset(filter: object, limit: number): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += limit) {
    const current = await page({ filter, offset, limit });
    ids.push(...current.items.map((item) => item.id));
    if (current.items.length < limit) return ids;
  }
}

async function totalCount(filter: object): Promise<number> {
  const response = await graphql<{ actors: { totalCount: number } }>(app, 'query($filter: ActorFilter) { actors(filter: $filter, limit: 1) { totalCount } }', { filter });
  return response.data?.actors.totalCount ?? Number.NaN;
}

describe('cursor paging', () => {
  it('walks the whole seed network by cursor: every actor once, by name, as offset paging gives it', async () => {
    const exported = await graphql<{ exportNetwork: { actors: { id: string; name: string }[] } }>(app, '{ exportNetwork }');
    const actors = exported.data?.exportNetwork.actors ?? [];
    expect(actors.length).toBeGreaterThan(200);
    const byName = [...actors].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((actor) => actor.id);

    const { ids, pages } = await walkByCursor({}, 17);
    expect(ids).toEqual(byName);
    expect(new Set(ids).size).toBe(actors.length);
    expect(pages).toBe(Math.ceil(actors.length / 17));
    expect(await walkByOffset({}, 17)).toEqual(ids);
    expect(await totalCount({})).toBe(actors.length);
  });

  it('keeps filters while walking: region, domain, type', async () => {
    for (const filter of [{ region: 'holland-rijnland' }, { domains: ['EZ'] }, { types: ['gemeente', 'wsp'] }, { domains: ['SZ'], region: 'twente' }]) {
      const { ids } = await walkByCursor(filter, 5);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).toEqual(await walkByOffset(filter, 5));
      expect(ids).toHaveLength(await totalCount(filter));
      expect(ids).toEqual((await page({ filter, limit: 500 })).items.map((item) => item.id));
    }
  });

  it('walks a name search by cursor, best match first, as offset paging gives it', async () => {
    const filter = { text: 'gemeente' };
    const all = (await page({ filter, limit: 500 })).items.map((item) => item.id);
    expect(all.length).toBeGreaterThan(10);
    const { ids } = await walkByCursor(filter, 4);
    expect(ids).toEqual(all);
    expect(await walkByOffset(filter, 4)).toEqual(all);
    expect(await totalCount(filter)).toBe(all.length);
  });

  it('counts from the cursor when offset is given too', async () => {
    const first = await page({ limit: 3 });
    const skipped = await page({ after: first.pageInfo.endCursor, offset: 2, limit: 3 });
    expect(skipped.items).toEqual((await page({ offset: 5, limit: 3 })).items);
  });

  it('ends with an empty last page when the listing ends on a page boundary', async () => {
    const filter = { types: ['gemeente'] };
    const count = await totalCount(filter);
    const whole = await page({ filter, limit: count });
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const after = await page({ filter, after: whole.pageInfo.endCursor, limit: 5 });
    expect(after).toEqual({ items: [], pageInfo: { endCursor: null, hasNextPage: false } });
  });

  it('counts only when totalCount is asked for', async () => {
    const counted = vi.spyOn(app.store, 'countActors');
    try {
      await page({ limit: 5 });
      expect(counted).not.toHaveBeenCalled();
      await totalCount({});
      expect(counted).toHaveBeenCalledTimes(1);
    } finally {
      counted.mockRestore();
    }
  });
});

describe('bad cursors', () => {
  const searchCursor = async (): Promise<string | null> => (await page({ filter: { text: 'gemeente' }, limit: 1 })).pageInfo.endCursor;
  const listCursor = async (): Promise<string | null> => (await page({ limit: 1 })).pageInfo.endCursor;

  it.each([
    ['not base64url', () => Promise.resolve('a+b/c==')],
    ['empty', () => Promise.resolve('')],
    ['base64url of text that is not JSON', () => Promise.resolve(Buffer.from('hello').toString('base64url'))],
    ['JSON of the wrong shape', () => Promise.resolve(Buffer.from(JSON.stringify({ name: 'x', id: 'y' })).toString('base64url'))],
    ['a key of the wrong types', () => Promise.resolve(Buffer.from(JSON.stringify([1, 'y'])).toString('base64url'))],
    ['far too long', () => Promise.resolve('A'.repeat(5000))],
  ])('refuses a cursor that is %s, naming the argument', async (_name, cursor) => {
    const response: GraphQLResponse<unknown> = await graphql(app, PAGE, { after: await cursor(), limit: 5 });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems?.[0]).toMatchObject({ record: 'actors', field: 'after' });
  });

  it("refuses a search's cursor in a listing without search, and the other way round", async () => {
    const withSearch = await graphql(app, PAGE, { after: await searchCursor(), limit: 5 });
    expect(errorCode(withSearch)).toBe('BAD_USER_INPUT');
    expect(withSearch.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('after');
    const withoutSearch = await graphql(app, PAGE, { filter: { text: 'gemeente' }, after: await listCursor(), limit: 5 });
    expect(errorCode(withoutSearch)).toBe('BAD_USER_INPUT');
    expect(withoutSearch.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('after');
  });
});

describe('paths in one statement', () => {
  const PATHS = 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 8) { length paths { actors { id name } } intermediaries { actor { id name } pathCount } } }';

  it('brings the actors on the paths along with the paths: no second read of them', async () => {
    const actorsRead = vi.spyOn(app.store, 'actorsByIds');
    try {
      const response = await graphql<{ paths: { length: number; paths: { actors: { id: string; name: string }[] }[] } }>(app, PATHS, { from: 'leiden-wi', to: 'vng' });
      expect(response.errors).toBeUndefined();
      const routes = response.data?.paths.paths ?? [];
      expect(routes.length).toBeGreaterThan(0);
      for (const route of routes) {
        expect(route.actors).toHaveLength((response.data?.paths.length ?? 0) + 1);
        expect(route.actors.every((actor) => actor.name.length > 0)).toBe(true);
      }
      expect(actorsRead).not.toHaveBeenCalled();
    } finally {
      actorsRead.mockRestore();
    }
  });

  it('names each end that does not exist', async () => {
    const both = await graphql(app, PATHS, { from: 'nobody', to: 'no-one' });
    expect(errorCode(both)).toBe('NOT_FOUND');
    expect(both.errors?.[0]?.extensions?.problems?.map((problem) => [problem.field, problem.message])).toEqual([
      ['from', 'no actor has id "nobody"'],
      ['to', 'no actor has id "no-one"'],
    ]);
    const from = await graphql(app, PATHS, { from: 'nobody', to: 'vng' });
    expect(from.errors?.[0]?.extensions?.problems?.map((problem) => problem.field)).toEqual(['from']);
  });

  it('gives the one-actor path from an actor to itself', async () => {
    const response = await graphql<{ paths: { length: number; paths: { actors: { id: string }[] }[] } }>(app, PATHS, { from: 'vng', to: 'vng' });
    expect(response.data?.paths).toMatchObject({ length: 0, paths: [{ actors: [{ id: 'vng' }] }] });
  });
});

describe('the cost limit, kept per document', () => {
  it('costs one document anew for each page size sent in a variable', async () => {
    // About 8,400 per actor of the page: 10 actors pass the limit of 100,000, 500 do not.
    const deep = 'query($l: Int) { actors(limit: $l) { items { neighbours { neighbours { neighbours { id } } } } } }';
    expect(errorCode(await graphql(app, deep, { l: 10 }))).toBeUndefined();
    expect(errorCode(await graphql(app, deep, { l: 500 }))).toBe('QUERY_TOO_COMPLEX');
    expect(errorCode(await graphql(app, deep, { l: 10 }))).toBeUndefined();
    // Left out, the variable takes the field's default page of 50: too costly.
    expect(errorCode(await graphql(app, deep, {}))).toBe('QUERY_TOO_COMPLEX');
  });

  it('costs one document anew for each @include condition', async () => {
    const optional = 'query($deep: Boolean!) { actors(limit: 100) { items { id neighbours @include(if: $deep) { neighbours { neighbours { id } } } } } }';
    expect(errorCode(await graphql(app, optional, { deep: false }))).toBeUndefined();
    expect(errorCode(await graphql(app, optional, { deep: true }))).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('region counts, read only when asked for', () => {
  it("counts each region's actors once per request that asks, and not for an actor's region", async () => {
    const counted = vi.spyOn(app.store, 'regionActorCounts');
    try {
      const panel = await graphql<{ actor: { region: { id: string; name: string } } }>(app, '{ actor(id: "leiden-wi") { region { id name } } }');
      expect(panel.data?.actor.region.id).toBe('holland-rijnland');
      expect(counted).not.toHaveBeenCalled();
      const listed = await graphql<{ regions: { id: string; actorCount: number }[] }>(app, '{ regions { id actorCount } }');
      expect(counted).toHaveBeenCalledTimes(1);
      const exported = await graphql<{ exportNetwork: { actors: { region?: string }[] } }>(app, '{ exportNetwork }');
      const expected = new Map<string, number>();
      for (const actor of exported.data?.exportNetwork.actors ?? []) if (actor.region !== undefined) expected.set(actor.region, (expected.get(actor.region) ?? 0) + 1);
      expect(listed.data?.regions.length).toBeGreaterThan(30);
      for (const region of listed.data?.regions ?? []) expect([region.id, region.actorCount]).toEqual([region.id, expected.get(region.id) ?? 0]);
    } finally {
      counted.mockRestore();
    }
  });
});
