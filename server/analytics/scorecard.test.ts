import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { graphOf } from '../../test/fixtures/small-graphs';
import { actorMeasures } from './actor-measures';
import { regionScorecard, regionScorecards } from './scorecard';

// Hand calculations on test/fixtures/two-islands.md: region noord holds the mainland and the
// SZ group (12 actors), region zuid the cut-off triangle.
const graph = toGraph(loadFixture('two-islands'));
const actors = actorMeasures(graph);

describe('regionScorecard', () => {
  it('sums up region noord', () => {
    const card = regionScorecard(graph, actors, 'noord');
    expect(card).toMatchObject({
      region: 'noord',
      actors: 12,
      actorsPerDomain: { SZ: 7, EZ: 3, ONDERWIJS: 1, OVERIG: 1 },
      // 23 links less the triangle's 3.
      links: 20,
      density: 20 / 66,
      // Between domains: M1 4 + M2 6 = 10; within: SZ group 6, sz-a–m-sz1, m-sz1–m-sz2,
      // m-ez1–m-ez2, m-ez2–m-ez3 = 10: (10 − 10)/20 = 0.
      eiIndex: 0,
      // 7 SZ × 3 EZ = 21 pairs; reached 3 + 3 + 2 + 2 = 10 (see two-islands.md).
      szEzWithinTwoSteps: 10 / 21,
      islands: 1,
    });
    expect(card.linksPerDomainPair).toEqual([
      { domains: ['SZ', 'SZ'], count: 8 },
      { domains: ['SZ', 'EZ'], count: 5 },
      { domains: ['SZ', 'ONDERWIJS'], count: 1 },
      { domains: ['SZ', 'OVERIG'], count: 1 },
      { domains: ['EZ', 'EZ'], count: 2 },
      { domains: ['EZ', 'ONDERWIJS'], count: 1 },
      { domains: ['EZ', 'OVERIG'], count: 1 },
      { domains: ['ONDERWIJS', 'OVERIG'], count: 1 },
    ]);
    // By bridging: m-sz1 1/3, sz-a 1/4, m-ez2 1/5.
    expect(card.topBrokers.slice(0, 3).map((actor) => actor.id)).toEqual(['m-sz1', 'sz-a', 'm-ez2']);
  });

  it('sees a region that is one closed triangle as a whole network, not an island', () => {
    const card = regionScorecard(graph, actors, 'zuid', { top: 2 });
    expect(card).toMatchObject({ actors: 3, links: 3, density: 1, eiIndex: -1, szEzWithinTwoSteps: null, islands: 0 });
    expect(card.topBrokers).toHaveLength(2);
  });

  it('covers the whole network for region null', () => {
    const card = regionScorecard(graph, actors, null);
    expect(card).toMatchObject({ region: null, actors: 15, links: 23, eiIndex: -3 / 23, szEzWithinTwoSteps: 10 / 42, islands: 2 });
    expect(card.density).toBe(23 / 105);
  });

  it('has nulls and zeros for an unknown region', () => {
    expect(regionScorecard(graph, actors, 'west')).toEqual({
      region: 'west',
      actors: 0,
      actorsPerDomain: {},
      links: 0,
      linksPerDomainPair: [],
      density: null,
      eiIndex: null,
      szEzWithinTwoSteps: null,
      islands: 0,
      topBrokers: [],
    });
  });
});

describe('regionScorecards', () => {
  it('lists every region once, by id', () => {
    expect(regionScorecards(graph, actors).map((card) => card.region)).toEqual(['noord', 'zuid']);
    expect(regionScorecards(graphOf('a b'), [])).toEqual([]);
  });
});
