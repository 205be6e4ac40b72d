/**
 * Every write leaves its audit record in the same transaction; an edit based on an old version
 * is refused instead of silently overwriting; a retried import does not load twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { SMALL_NETWORK } from '../fixtures/small-network';
import { errorCode, exportNetwork, graphql } from '../helpers/app';
import { startTestApp } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let neo4j: SharedNeo4j;
let app: App;

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
  app = await startTestApp(neo4j, { seed: false });
  await graphql(app, 'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors } }', { n: SMALL_NETWORK });
});

afterAll(async () => {
  await app.close();
});

interface HistoryEntry {
  who: string;
  operation: string;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const UPSERT = 'mutation($a: ActorInput!, $v: Int) { upsertActor(actor: $a, expectedVersion: $v) { name version } }';
const WSP = { id: 'wsp', name: 'WSP Holland Rijnland', type: 'wsp', domain: 'SZ', region: 'holland-rijnland' };

const loadWsp = async (): Promise<{ version: number; history: HistoryEntry[] }> => {
  const response = await graphql<{ actor: { version: number; history: HistoryEntry[] } }>(
    app,
    '{ actor(id: "wsp") { version history(limit: 50) { who operation target before after } } }',
  );
  const actor = response.data?.actor;
  if (actor === undefined) throw new Error(response.errors?.[0]?.message);
  return actor;
};

describe('the audit trail', () => {
  it('records who, what and the values before and after of an edit', async () => {
    const { version } = await loadWsp();
    await graphql(app, UPSERT, { a: { ...WSP, name: 'Werkgeversservicepunt Holland Rijnland' }, v: version });
    const [latest] = (await loadWsp()).history;
    expect(latest).toMatchObject({ who: 'tests', operation: 'updateActor', target: 'actor:wsp' });
    expect(latest?.before).toMatchObject({ name: 'WSP Holland Rijnland', version });
    expect(latest?.after).toMatchObject({ name: 'Werkgeversservicepunt Holland Rijnland', version: version + 1 });
  });

  it('keeps the links of a deleted actor, and writes no record for a refused write', async () => {
    await graphql(app, UPSERT, { a: { id: 'tijdelijk', name: 'Tijdelijk', type: 'programma', domain: 'OVERIG' } });
    await graphql(app, 'mutation { addLink(link: { from: "tijdelijk", to: "vng", type: "samenwerking", source: "test" }) { type } }');
    const refused = await graphql(app, 'mutation { addLink(link: { from: "tijdelijk", to: "nobody", type: "samenwerking" }) { type } }');
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    await graphql(app, 'mutation { deleteActor(id: "tijdelijk") { removedLinks } }');

    const vng = await graphql<{ actor: { history: HistoryEntry[] } }>(app, '{ actor(id: "vng") { history { operation target before } } }');
    const history = vng.data?.actor.history ?? [];
    // Newest first: the delete removed vng's link too, so it is in vng's history.
    expect(history.map((entry) => entry.operation)).toEqual(['deleteActor', 'addLink']);
    expect(history[0]?.before?.['links']).toEqual([{ from: 'tijdelijk', to: 'vng', type: 'samenwerking', source: 'test' }]);
    const trail = await graphql<{ actor: null }>(app, '{ actor(id: "tijdelijk") { id } }');
    expect(trail.data?.actor).toBeNull();
  });
});

describe('no lost updates', () => {
  it('refuses the second of two editors who started from the same version', async () => {
    const { version } = await loadWsp();
    const first = await graphql(app, UPSERT, { a: { ...WSP, name: 'Versie van redacteur A' }, v: version });
    expect(first.errors).toBeUndefined();
    const second = await graphql(app, UPSERT, { a: { ...WSP, name: 'Versie van redacteur B' }, v: version });
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors?.[0]?.message).toMatch(/changed by someone else/);
    expect(second.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('expectedVersion');
    const dump = (await exportNetwork(app)) as { actors: { id: string; name: string }[] };
    expect(dump.actors.find((actor) => actor.id === 'wsp')?.name).toBe('Versie van redacteur A');
  });

  it('lets exactly one of two racing editors win, and loses neither silently', async () => {
    const { version, history } = await loadWsp();
    const results = await Promise.all(
      ['Race A', 'Race B'].map((name) => graphql<{ upsertActor: { name: string } }>(app, UPSERT, { a: { ...WSP, name }, v: version })),
    );
    const winners = results.filter((result) => result.errors === undefined);
    const losers = results.filter((result) => errorCode(result) === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const after = await loadWsp();
    expect(after.version).toBe(version + 1);
    expect(after.history).toHaveLength(history.length + 1);
    expect(after.history[0]?.after?.['name']).toBe(winners[0]?.data?.upsertActor.name);
  });
});

describe('a retried import', () => {
  it('loads once when sent twice with the same import id', async () => {
    const network = { actors: [{ id: 'extra-1', name: 'Extra', type: 'werkgever', domain: 'EZ' }], links: [{ from: 'extra-1', to: 'vng', type: 'samenwerking' }] };
    const send = (): Promise<unknown> =>
      graphql(app, 'mutation($n: JSON!) { importNetwork(network: $n, mode: ADD, importId: "import-2026-11-23-a") { actors repeated } }', { n: { ...network, links: [] } });
    const first = (await send()) as { data: { importNetwork: { actors: number; repeated: boolean } } };
    const again = (await send()) as { data: { importNetwork: { actors: number; repeated: boolean } } };
    expect(first.data.importNetwork).toEqual({ actors: 1, repeated: false });
    expect(again.data.importNetwork).toEqual({ actors: 1, repeated: true });
    const dump = (await exportNetwork(app)) as { actors: { id: string }[] };
    expect(dump.actors.filter((actor) => actor.id === 'extra-1')).toHaveLength(1);
  });
});

describe('undo', () => {
  const UNDO = 'mutation($id: ID!) { undoChange(id: $id) { operation target } }';
  const latestChange = async (actorId: string): Promise<{ id: string; operation: string }> => {
    const response = await graphql<{ actor: { history: { id: string; operation: string }[] } }>(app, `{ actor(id: "${actorId}") { history(limit: 1) { id operation } } }`);
    const change = response.data?.actor.history[0];
    if (change === undefined) throw new Error(`no history for ${actorId}`);
    return change;
  };
  const nameOf = async (id: string): Promise<string | undefined> =>
    (await graphql<{ actor: { name: string } | null }>(app, `{ actor(id: "${id}") { name } }`)).data?.actor?.name;

  it('restores the values before an edit, once', async () => {
    const { version } = await loadWsp();
    const original = await nameOf('wsp');
    await graphql(app, UPSERT, { a: { ...WSP, name: 'Per ongeluk hernoemd' }, v: version });
    const edit = await latestChange('wsp');
    expect((await graphql(app, UNDO, { id: edit.id })).errors).toBeUndefined();
    expect(await nameOf('wsp')).toBe(original);
    const twice = await graphql(app, UNDO, { id: edit.id });
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toMatch(/undone already/);
  });

  it('refuses to undo an edit that a later edit built on', async () => {
    const { version } = await loadWsp();
    await graphql(app, UPSERT, { a: { ...WSP, name: 'Eerste' }, v: version });
    const first = await latestChange('wsp');
    await graphql(app, UPSERT, { a: { ...WSP, name: 'Tweede' }, v: version + 1 });
    const response = await graphql(app, UNDO, { id: first.id });
    expect(errorCode(response)).toBe('CONFLICT');
    expect(await nameOf('wsp')).toBe('Tweede');
  });

  it('brings a deleted actor back with its links, and takes an added link away', async () => {
    await graphql(app, UPSERT, { a: { id: 'terug', name: 'Komt terug', type: 'programma', domain: 'OVERIG' } });
    await graphql(app, 'mutation { addLink(link: { from: "terug", to: "board", type: "financiering", source: "test" }) { type } }');
    const added = await latestChange('terug');
    await graphql(app, 'mutation { deleteActor(id: "terug") { removedLinks } }');
    // The actor is gone; its deletion shows in the history of its former neighbour.
    const deletion = await latestChange('board');
    expect(deletion.operation).toBe('deleteActor');

    expect((await graphql(app, UNDO, { id: deletion.id })).errors).toBeUndefined();
    const back = await graphql<{ actor: { degree: number; links: { type: string; source: string }[] } }>(app, '{ actor(id: "terug") { degree links { type source } } }');
    expect(back.data?.actor.links).toEqual([{ type: 'financiering', source: 'test' }]);

    expect((await graphql(app, UNDO, { id: added.id })).errors).toBeUndefined();
    expect((await graphql<{ actor: { degree: number } }>(app, '{ actor(id: "terug") { degree } }')).data?.actor.degree).toBe(0);
  });

  it('refuses to undo a change of dates that a link added since does not fit (contract §8)', async () => {
    await graphql(app, UPSERT, { a: { id: 'pilot', name: 'Pilot', type: 'programma', domain: 'OVERIG', since: '2020', until: '2021' } });
    await graphql(app, UPSERT, { a: { id: 'pilot', name: 'Pilot', type: 'programma', domain: 'OVERIG', since: '2020' } });
    const lengthened = await latestChange('pilot');
    const linked = await graphql(app, 'mutation { addLink(link: { from: "pilot", to: "board", type: "financiering", source: "test", since: "2023" }) { type } }');
    expect(linked.errors).toBeUndefined();
    // Undoing the edit would end the pilot in 2021 again, before its link of 2023.
    const refused = await graphql(app, UNDO, { id: lengthened.id });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('link pilot|financiering|board would fall outside an actor\'s life (since 2023 is after actor "pilot" ends (its until is 2021))');
    const kept = await graphql<{ actor: { until: string | null } }>(app, '{ actor(id: "pilot") { until } }');
    expect(kept.data?.actor.until).toBeNull();
  });

  it('does not undo an erasure, and names an unknown change', async () => {
    await graphql(app, UPSERT, { a: { id: 'rol-proef', name: 'Wethouder Proef', type: 'rol', domain: 'SZ', person: 'Piet Proef' } });
    await graphql(app, 'mutation { erasePerson(name: "Piet Proef") { links } }');
    const erasure = await latestChange('rol-proef');
    expect(erasure.operation).toBe('erasePerson');
    const refused = await graphql(app, UNDO, { id: erasure.id });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.problems?.[0]?.message).toBe('erasePerson cannot be undone');
    const unknown = await graphql(app, UNDO, { id: 'no-such-change' });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });
});
