/**
 * Islands without a shared partner on the seed network in a real Neo4j: Zuid-Limburg's SZ
 * actors form a component of their own, so no missing link reaches them; the repair says so and
 * proposes links of another kind, to EZ actors of the region or national actors that bridge
 * regions, through GraphQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { graphql, startTestApp } from '../helpers/app';
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

interface Figures {
  links: number;
  components: number;
}

interface Island {
  members: { id: string }[];
  repair: {
    status: string;
    links: unknown[];
    networkBefore: Figures;
    description: { nl: string; en: string };
    fallback: {
      from: { id: string };
      to: { id: string; domain: string; region: { id: string } | null };
      national: boolean;
      szEzPairsGained: number;
      joinsComponents: boolean;
      islandAfter: { externalLinks: number };
      networkAfter: Figures;
    }[];
  };
}

const FIGURES = 'links components';
const ISLANDS = `{ islands { islands {
  members { id }
  repair {
    status links { from { id } } networkBefore { ${FIGURES} } description { nl en }
    fallback {
      from { id } to { id domain region { id } } national szEzPairsGained joinsComponents
      islandAfter { externalLinks } networkAfter { ${FIGURES} }
    }
  }
} } }`;

describe('an island without a shared partner', () => {
  it('gets links to the other domain of its region or to national bridges, best first', async () => {
    const response = await graphql<{ islands: { islands: Island[] } }>(app, ISLANDS);
    expect(response.errors).toBeUndefined();
    const islands = response.data?.islands.islands ?? [];
    const zuidLimburg = islands.find((island) => island.members.some((member) => member.id === 'maastricht-wi'));
    if (zuidLimburg === undefined) throw new Error('the seed has no island holding maastricht-wi');
    const { repair } = zuidLimburg;
    const members = new Set(zuidLimburg.members.map((member) => member.id));

    expect(repair.status).toBe('NO_CANDIDATE');
    expect(repair.links).toEqual([]);
    expect(repair.fallback.length).toBeGreaterThan(0);
    expect(repair.fallback.length).toBeLessThanOrEqual(5);
    expect(repair.description.nl).toContain('Zonder gedeelde partner');
    for (const suggestion of repair.fallback) {
      expect(members.has(suggestion.from.id)).toBe(true);
      // Its members are SZ (and the region's AMR): the partners are EZ, of Zuid-Limburg or national.
      expect(suggestion.to.domain).toBe('EZ');
      expect(suggestion.national).toBe(suggestion.to.region === null);
      if (!suggestion.national) expect(suggestion.to.region?.id).toBe('zuid-limburg');
      // A component island: each link joins it to another component and is its only link out.
      expect(suggestion.joinsComponents).toBe(true);
      expect(suggestion.islandAfter.externalLinks).toBe(1);
      expect(suggestion.networkAfter).toEqual({ links: repair.networkBefore.links + 1, components: repair.networkBefore.components - 1 });
    }
    const gains = repair.fallback.map((suggestion) => suggestion.szEzPairsGained);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(new Set(repair.fallback.map((suggestion) => suggestion.to.id)).size).toBe(repair.fallback.length);
  });
});
