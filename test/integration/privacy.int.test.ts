/**
 * Data about people (domain-notes §5): persons only in a public role, an export without them,
 * erasure everywhere (audit values included), and CSV cells that no spreadsheet runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { exportNetwork, graphql, graphqlUpload, startTestApp } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let neo4j: SharedNeo4j;
let app: App;

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
  app = await startTestApp(neo4j);
});

afterAll(async () => {
  await app.close();
});

const PERSON = 'Yvonne van Delft';
const ROLE = 'leiden-wethouder-wi';

describe('persons', () => {
  it('exports the network without any person when asked', async () => {
    const full = JSON.stringify(await exportNetwork(app));
    expect(full).toContain(PERSON);
    const response = await graphql<{ exportNetwork: unknown }>(app, '{ exportNetwork(persons: false) }');
    expect(JSON.stringify(response.data?.exportNetwork)).not.toContain('"person"');
    const csv = await (await fetch(`${app.url}/export/actors.csv?persons=false`)).text();
    expect(csv).not.toContain(PERSON);
  });

  it('erases a person everywhere, audit trail included, and says what it erased', async () => {
    const role = await graphql<{ actor: { version: number; name: string; type: string; domain: string; region: { id: string } } }>(
      app,
      `{ actor(id: "${ROLE}") { version name type domain region { id } } }`,
    );
    const actor = role.data?.actor;
    if (actor === undefined) throw new Error('the seed has no role for the test');
    // An edit, so the audit trail holds the name in its before and after values.
    await graphql(app, 'mutation($a: ActorInput!, $v: Int) { upsertActor(actor: $a, expectedVersion: $v) { id } }', {
      a: { id: ROLE, name: actor.name, type: actor.type, domain: actor.domain, region: actor.region.id, person: PERSON, description: `${PERSON} sprak op 22-02-2023.` },
      v: actor.version,
    });
    expect(JSON.stringify((await graphql(app, `{ actor(id: "${ROLE}") { history { before after } } }`)).data)).toContain(PERSON);

    const erased = await graphql<{ erasePerson: { actors: string[]; links: number; auditRecords: number } }>(
      app,
      'mutation($n: String!) { erasePerson(name: $n) { actors links auditRecords } }',
      { n: PERSON },
    );
    expect(erased.errors).toBeUndefined();
    expect(erased.data?.erasePerson.actors).toContain(ROLE);
    expect(erased.data?.erasePerson.auditRecords).toBeGreaterThanOrEqual(1);

    expect(JSON.stringify(await exportNetwork(app))).not.toContain(PERSON);
    const history = await graphql(app, `{ actor(id: "${ROLE}") { person description history(limit: 100) { operation who before after } } }`);
    expect(JSON.stringify(history.data)).not.toContain(PERSON);
    expect(history.data).toMatchObject({ actor: { person: null, description: '[gewist] sprak op 22-02-2023.' } });
  });

  it('refuses a political party or union membership on an actor', async () => {
    const response = await graphql(app, 'mutation($n: JSON!) { importNetwork(network: $n) { actors } }', {
      n: { actors: [{ id: 'rol-x', name: 'Wethouder X', type: 'rol', domain: 'SZ', person: 'X', party: 'Partij Y' }], links: [] },
    });
    expect(response.errors?.[0]?.extensions?.problems).toEqual([
      { record: 'actors[0]', field: 'party', message: expect.stringMatching(/special category/) as unknown },
    ]);
  });
});

describe('CSV exports', () => {
  it('neutralise cells a spreadsheet would run as a formula, and read back unchanged', async () => {
    const hostile = { id: 'formule', name: '=HYPERLINK("http://example.invalid","klik")', type: 'werkgever', domain: 'EZ', description: '+31 20 123 4567' };
    await graphql(app, 'mutation($a: ActorInput!) { upsertActor(actor: $a) { id } }', { a: hostile });
    const [actors, links] = await Promise.all(['actors.csv', 'links.csv'].map(async (file) => (await fetch(`${app.url}/export/${file}`)).text()));
    const line = actors?.split('\n').find((row) => row.startsWith('formule,'));
    expect(line).toContain(`"'=HYPERLINK(""http://example.invalid"",""klik"")"`);
    expect(line).toContain("'+31 20 123 4567");

    const before = await exportNetwork(app);
    const again = await graphqlUpload(
      app,
      'mutation($actors: File!, $links: File!) { importCsv(actors: $actors, links: $links, mode: REPLACE) { actors } }',
      { actors: { name: 'actors.csv', content: actors ?? '' }, links: { name: 'links.csv', content: links ?? '' } },
    );
    expect(again.errors).toBeUndefined();
    expect(await exportNetwork(app)).toEqual(before);
  });
});
