import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { repairIslands } from './island-repair';
import { missingLinks } from './missing-links';
import { policyIslands } from './policy-islands';

// Hand calculations on test/fixtures/two-islands.md.
const graph = toGraph(loadFixture('two-islands'));
const islands = policyIslands(graph);
const ranking = missingLinks(graph);

describe('repairIslands', () => {
  const [triangle, szGroup] = repairIslands(graph, islands, ranking);

  it('opens the SZ group with the two best-ranked links that leave it', () => {
    // E = 1, I = 6. Closed while (E − 6)/(E + 6) ≤ −0.5, i.e. E ≤ 2: three external links are
    // needed, two new ones. Both candidates leaving the group are sz-a → m-ez1 and sz-a → m-ez2.
    expect(szGroup?.status).toBe('repaired');
    expect(szGroup?.links.map((link) => `${link.from}-${link.to}`)).toEqual(['sz-a-m-ez1', 'sz-a-m-ez2']);
    expect(szGroup?.before).toEqual({ externalLinks: 1, internalLinks: 6, eiIndex: -5 / 7, island: true });
    expect(szGroup?.after).toEqual({ externalLinks: 3, internalLinks: 6, eiIndex: -1 / 3, island: false });
    expect(szGroup?.description).toEqual({
      nl: 'Met 2 nieuwe verbindingen is de groep geen eiland meer: 3 van 9 verbindingen gaan naar buiten.',
      en: 'With 2 new links the group is no longer an island: 3 of 9 links leave the group.',
    });
  });

  it('reports the whole network before and after', () => {
    // Before: 23 links, E–I −3/23, 10 of 42 SZ–EZ pairs within two steps, 2 islands.
    // After adding sz-a–m-ez1 and sz-a–m-ez2: E = 12, I = 13, so −1/25; within two steps sz-a
    // now reaches m-ez1, m-ez2, m-ez3 (3) and sz-b, sz-c, sz-d reach m-ez1, m-ez2 via sz-a
    // (2 each): 3 + 3 + 2 + 3 + 2 + 2 + 2 = 17 of 42; only the triangle is left an island.
    expect(szGroup?.network.before).toEqual({
      actors: 15, links: 23, components: 2, eiIndex: -3 / 23, szEzWithinTwoSteps: 10 / 42, islands: 2,
    });
    expect(szGroup?.network.after).toEqual({
      actors: 15, links: 25, components: 2, eiIndex: -1 / 25, szEzWithinTwoSteps: 17 / 42, islands: 1,
    });
  });

  it('says so when an island has no candidate', () => {
    // The triangle is cut off: a missing link needs a shared partner, so none can reach it.
    expect(triangle?.status).toBe('no-candidate');
    expect(triangle?.links).toEqual([]);
    expect(triangle?.after).toEqual(triangle?.before);
    expect(triangle?.network.after).toEqual(triangle?.network.before);
    expect(triangle?.description.en).toMatch(/^No candidate in the ranking/);
    expect(triangle?.description.nl).toMatch(/^Geen kandidaat in de ranglijst/);
  });

  it('takes every candidate and says the island stays when they are not enough', () => {
    // With E–I ≤ −0.2 as "closed", the SZ group needs E > 4: four links, only two exist.
    const rule = { minMembers: 3, maxEiIndex: -0.2, minDominantShare: 0.75 };
    const strict = repairIslands(graph, policyIslands(graph, { rule }), ranking, { rule });
    const group = strict.find((repair) => repair.island.kind === 'community');
    expect(group?.status).toBe('partial');
    expect(group?.links).toHaveLength(2);
    expect(group?.after).toEqual({ externalLinks: 3, internalLinks: 6, eiIndex: -1 / 3, island: true });
    expect(group?.description).toEqual({
      nl: 'Ook met alle 2 nieuwe verbindingen uit de ranglijst blijft de groep een eiland: 3 van 9 verbindingen gaan naar buiten.',
      en: 'Even with all 2 new links from the ranking the group stays an island: 3 of 9 links leave the group.',
    });
  });

  it('uses the singular for one link', () => {
    // Closed at E–I ≤ −0.6: E = 2 gives −4/8 = −0.5, open after one link.
    const rule = { minMembers: 3, maxEiIndex: -0.6, minDominantShare: 0.75 };
    const repairs = repairIslands(graph, policyIslands(graph, { rule }), ranking, { rule });
    const group = repairs.find((repair) => repair.island.kind === 'community');
    expect(group?.links).toHaveLength(1);
    expect(group?.description.nl).toBe('Met 1 nieuwe verbinding is de groep geen eiland meer: 2 van 8 verbindingen gaan naar buiten.');
    expect(group?.description.en).toBe('With 1 new link the group is no longer an island: 2 of 8 links leave the group.');
  });

  it('returns nothing for no islands', () => {
    expect(repairIslands(graph, [], ranking)).toEqual([]);
  });
});
