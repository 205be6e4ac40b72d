import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { graphOf } from '../../test/fixtures/small-graphs';
import { describeIsland, islandReason, linksOut, policyIslands, type IslandReason } from './policy-islands';

// Expected islands: the hand calculation in test/fixtures/two-islands.md.

describe('policyIslands', () => {
  it('flags the cut-off triangle and the closed SZ group of the two-islands fixture', () => {
    const islands = policyIslands(toGraph(loadFixture('two-islands')));
    expect(islands.map(({ kind, index, members }) => ({ kind, index, members }))).toEqual([
      { kind: 'component', index: 1, members: ['ez-x', 'ez-y', 'ez-z'] },
      { kind: 'community', index: 2, members: ['sz-a', 'sz-b', 'sz-c', 'sz-d'] },
    ]);
    expect(islands[1]?.reason).toEqual({
      members: 4,
      domains: { SZ: 4 },
      dominantDomain: 'SZ',
      dominantShare: 1,
      internalLinks: 6,
      externalLinks: 1,
      eiIndex: -5 / 7,
    });
    expect(islands[1]?.description).toEqual({
      nl: '4 actoren, allemaal sociaal domein; 1 van 7 verbindingen gaat naar buiten',
      en: '4 actors, all social domain; 1 of 7 links leaves the group',
    });
    expect(islands[0]?.description).toEqual({
      nl: '3 actoren, allemaal economisch domein; geen verbinding met de rest van het netwerk',
      en: '3 actors, all economic domain; no link to the rest of the network',
    });
  });

  it('follows the rule it is given', () => {
    const graph = toGraph(loadFixture('two-islands'));
    expect(policyIslands(graph, { rule: { minMembers: 5, maxEiIndex: -0.5, minDominantShare: 0.75 } })).toEqual([]);
    // A looser rule (E–I ≤ 0, one half in one domain) also lets in M1, half SZ and half EZ;
    // M2, with four domains, stays out.
    const loose = policyIslands(graph, { rule: { minMembers: 3, maxEiIndex: 0, minDominantShare: 0.5 } });
    expect(loose.map((island) => island.index)).toEqual([1, 0, 2]);
  });

  it('never flags the largest component, nor a community that is a whole component', () => {
    // One component of four SZ actors: the network itself, not an island.
    expect(policyIslands(graphOf('a:SZ b:SZ c:SZ d:SZ', 'a-b b-c c-d d-a a-c'))).toEqual([]);
    // A second, cut-off component flagged once, as a component.
    const islands = policyIslands(graphOf('a:SZ b:EZ c d e x:EZ y:EZ z:EZ', 'a-b b-c c-d d-e e-a x-y y-z z-x'));
    expect(islands.map((island) => island.kind)).toEqual(['component']);
  });

  it('finds nothing in an empty network', () => {
    expect(policyIslands(graphOf(''))).toEqual([]);
  });
});

describe('islandReason', () => {
  it('is undefined for a group without links', () => {
    expect(islandReason(graphOf('a:SZ b:SZ c:SZ'), ['a', 'b', 'c'])).toBeUndefined();
  });

  it('names the first domain in contract order when two domains tie', () => {
    // Two SZ and two EZ with the share rule at one half: SZ comes first in contract order.
    const graph = graphOf('e1:EZ s1:SZ e2:EZ s2:SZ', 'e1-s1 s1-e2 e2-s2 s2-e1');
    const reason = islandReason(graph, ['e1', 's1', 'e2', 's2'], { minMembers: 2, maxEiIndex: -1, minDominantShare: 0.5 });
    expect(reason?.dominantDomain).toBe('SZ');
  });
});

describe('describeIsland', () => {
  const reason: IslandReason = {
    members: 12,
    domains: { SZ: 10, EZ: 2 },
    dominantDomain: 'SZ',
    dominantShare: 10 / 12,
    internalLinks: 29,
    externalLinks: 2,
    eiIndex: -27 / 31,
  };

  it('reads like the issue example, with the share when not all share one domain', () => {
    expect(describeIsland(reason)).toEqual({
      nl: '12 actoren, waarvan 10 sociaal domein; 2 van 31 verbindingen gaan naar buiten',
      en: '12 actors, 10 of them social domain; 2 of 31 links leave the group',
    });
  });

  it('uses the singular for one link', () => {
    expect(linksOut({ externalLinks: 1, internalLinks: 0 })).toEqual({
      nl: '1 van 1 verbinding gaat naar buiten',
      en: '1 of 1 link leaves the group',
    });
  });

  it('names every domain in both languages', () => {
    const onderwijs = describeIsland({ ...reason, domains: { ONDERWIJS: 12 }, dominantDomain: 'ONDERWIJS' });
    const overig = describeIsland({ ...reason, domains: { OVERIG: 12 }, dominantDomain: 'OVERIG' });
    expect([onderwijs.nl, onderwijs.en, overig.nl, overig.en].map((text) => text.split(';')[0])).toEqual([
      '12 actoren, allemaal onderwijs',
      '12 actors, all education',
      '12 actoren, allemaal overig',
      '12 actors, all other',
    ]);
  });
});
