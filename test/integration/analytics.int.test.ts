/**
 * The analytics behind GraphQL on the seed network in a real Neo4j: the same numbers as the
 * command line, a cached graph that follows every write, and what-if that writes nothing.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { PROJECT_ROOT } from '../../server/config';
import { errorCode, exportNetwork, graphql } from '../helpers/app';
import { startTestApp } from '../helpers/app';
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

interface Suggestion {
  from: { id: string };
  to: { id: string };
  score: number;
}

const MISSING = '{ missingLinks(top: 500) { from { id } to { id } score } }';

describe('the same numbers as the command line', () => {
  it('gives the contract report of the seed network exactly as `npm run analyze` does', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'analyze', '--', path.join('seeds', 'network.json')], {
      cwd: PROJECT_ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    const cli = JSON.parse(stdout) as unknown;
    const api = await graphql<{ analysis: unknown }>(app, '{ analysis }');
    expect(api.errors).toBeUndefined();
    expect(api.data?.analysis).toEqual(cli);
  });
});

describe('the cached graph follows the writes', () => {
  it('drops a suggestion once the link is added, and brings it back when removed', async () => {
    const before = await graphql<{ missingLinks: Suggestion[] }>(app, MISSING);
    const best = before.data?.missingLinks[0];
    expect(best).toBeDefined();
    if (best === undefined) return;
    const pair = (s: Suggestion): string => `${s.from.id}→${s.to.id}`;

    await graphql(app, 'mutation($l: LinkInput!) { addLink(link: $l) { type } }', {
      l: { from: best.from.id, to: best.to.id, type: 'samenwerking', source: 'test' },
    });
    const after = await graphql<{ missingLinks: Suggestion[] }>(app, MISSING);
    expect(after.data?.missingLinks.map(pair)).not.toContain(pair(best));

    await graphql(app, `mutation { removeLink(from: "${best.from.id}", to: "${best.to.id}", type: "samenwerking") }`);
    const restored = await graphql<{ missingLinks: Suggestion[] }>(app, MISSING);
    expect(restored.data?.missingLinks).toEqual(before.data?.missingLinks);
  });
});

describe('what if', () => {
  it('shows the figures before and after a proposed link and writes nothing', async () => {
    const suggestions = await graphql<{ missingLinks: Suggestion[] }>(app, '{ missingLinks(top: 1) { from { id } to { id } score } }');
    const best = suggestions.data?.missingLinks[0];
    if (best === undefined) throw new Error('the seed network has no missing SZ–EZ link');
    const dump = await exportNetwork(app);
    const response = await graphql<{
      whatIf: {
        added: { from: { id: string } }[];
        before: { links: number; szEzWithinTwoSteps: number };
        after: { links: number; szEzWithinTwoSteps: number };
      };
    }>(app, 'query($l: [ProposedLink!]!) { whatIf(addLinks: $l) { added { from { id } } before { links szEzWithinTwoSteps } after { links szEzWithinTwoSteps } } }', {
      l: [{ from: best.from.id, to: best.to.id }],
    });
    const answer = response.data?.whatIf;
    expect(answer?.added.map((pair) => pair.from.id)).toEqual([best.from.id]);
    expect(answer?.after.links).toBe((answer?.before.links ?? 0) + 1);
    // The pair shares a partner, so it was within two steps already: the share cannot fall.
    expect(answer?.after.szEzWithinTwoSteps).toBeGreaterThanOrEqual(answer?.before.szEzWithinTwoSteps ?? 1);
    expect(await exportNetwork(app)).toEqual(dump);
  });

  it('refuses a proposal with an unknown actor, naming it', async () => {
    const response = await graphql(app, '{ whatIf(addLinks: [{ from: "leiden-wi", to: "nobody" }]) { after { links } } }');
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems?.[0]).toMatchObject({ record: 'addLinks[0]', field: 'to' });
  });
});

describe('regions', () => {
  it('ranks only the region’s own actors and refuses an unknown region', async () => {
    const response = await graphql<{ brokers: { actor: { region: { id: string } | null } }[] }>(
      app,
      '{ brokers(region: "twente", top: 50) { actor { region { id } } } }',
    );
    expect(response.data?.brokers.length).toBeGreaterThan(0);
    expect(new Set(response.data?.brokers.map((b) => b.actor.region?.id))).toEqual(new Set(['twente']));
    expect(errorCode(await graphql(app, '{ islands(region: "atlantis") { modularity } }'))).toBe('NOT_FOUND');
  });

  it('explains every policy island in words', async () => {
    const response = await graphql<{ islands: { islands: { members: unknown[]; description: { nl: string; en: string } }[] } }>(
      app,
      '{ islands { islands { members { id } description { nl en } } } }',
    );
    const islands = response.data?.islands.islands ?? [];
    expect(islands.length).toBeGreaterThan(0);
    for (const island of islands) {
      expect(island.description.nl).toMatch(new RegExp(`^${String(island.members.length)} actoren`));
      expect(island.description.en).toMatch(new RegExp(`^${String(island.members.length)} actors`));
    }
  });
});
