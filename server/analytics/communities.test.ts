import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { graphOf } from '../../test/fixtures/small-graphs';
import { communities, countDomains } from './communities';
import { modularity } from './modularity';

describe('communities', () => {
  it('finds the drawn groups of the two-islands fixture, largest first', () => {
    // test/fixtures/two-islands.md: four groups, Q = 21/23 − 570/2116.
    const result = communities(toGraph(loadFixture('two-islands')));
    expect(result.communities).toEqual([
      { id: 0, members: ['m-ez1', 'm-ez2', 'm-sz1', 'm-sz2'], domains: { SZ: 2, EZ: 2 }, eiIndex: -0.5 },
      { id: 1, members: ['m-ez3', 'm-on1', 'm-ov1', 'm-sz3'], domains: { SZ: 1, EZ: 1, ONDERWIJS: 1, OVERIG: 1 }, eiIndex: -5 / 7 },
      { id: 2, members: ['sz-a', 'sz-b', 'sz-c', 'sz-d'], domains: { SZ: 4 }, eiIndex: -5 / 7 },
      { id: 3, members: ['ez-x', 'ez-y', 'ez-z'], domains: { EZ: 3 }, eiIndex: -1 },
    ]);
    expect(result.modularity).toBeCloseTo(21 / 23 - 570 / 2116, 12);
    expect(result.communityOf.get('sz-c')).toBe(2);
  });

  it('reaches the published modularity of the karate club', () => {
    // Blondel et al. (2008), J. Stat. Mech. P10008, Table 1: Louvain finds Q = 0.42 on Zachary's
    // karate club; the optimum is 0.4197896 (Brandes et al. 2008; igraph cluster_optimal, see
    // modularity.test.ts). The seeded run must lie between 0.41 and that optimum.
    const graph = toGraph(loadFixture('karate'));
    const result = communities(graph);
    expect(result.modularity).toBeGreaterThan(0.41);
    expect(result.modularity).toBeLessThanOrEqual(0.4197897);
    expect(result.modularity).toBe(modularity(graph, result.communityOf));
  });

  it('gives the same partition for the same seed', () => {
    const graph = toGraph(loadFixture('karate'));
    expect(communities(graph, { seed: 42 })).toEqual(communities(graph, { seed: 42 }));
  });

  it('puts an isolated actor in a community of its own, with a null E–I index', () => {
    const result = communities(graphOf('a:SZ b:SZ c:SZ i:EZ', 'a-b b-c a-c'));
    expect(result.communities.map((community) => community.members)).toEqual([['a', 'b', 'c'], ['i']]);
    expect(result.communities[1]?.eiIndex).toBeNull();
  });

  it('handles a network without links and an empty one', () => {
    // No links: every actor alone, modularity 0/0 → null; singletons ordered by actor order.
    const lonely = communities(graphOf('b a'));
    expect(lonely.communities.map((community) => community.members)).toEqual([['a'], ['b']]);
    expect(lonely.modularity).toBeNull();
    expect(communities(graphOf(''))).toEqual({ communities: [], communityOf: new Map(), modularity: null });
  });
});

describe('countDomains', () => {
  it('lists present domains in contract order', () => {
    const graph = graphOf('a:OVERIG b:EZ c:SZ d:EZ');
    expect(Object.entries(countDomains(graph, ['a', 'b', 'c', 'd']))).toEqual([['SZ', 1], ['EZ', 2], ['OVERIG', 1]]);
  });
});
