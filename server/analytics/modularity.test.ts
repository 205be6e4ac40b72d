import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { graphOf } from '../../test/fixtures/small-graphs';
import { modularity } from './modularity';

const groups = (entries: Record<string, number>): Map<string, number> => new Map(Object.entries(entries));

describe('modularity', () => {
  it('reproduces the NetworkX documentation example (barbell graph)', () => {
    // NetworkX docs, networkx.algorithms.community.quality.modularity: for barbell_graph(3, 0)
    // (two triangles joined by one link) and the partition {0,1,2}, {3,4,5}: 0.35714285714285715.
    // By hand: m = 7; each triangle has 3 links inside and degree sum 7: 2 · (3/7 − (7/14)²) = 5/14.
    const barbell = graphOf('n0 n1 n2 n3 n4 n5', 'n0-n1 n0-n2 n1-n2 n2-n3 n3-n4 n3-n5 n4-n5');
    const q = modularity(barbell, groups({ n0: 0, n1: 0, n2: 0, n3: 1, n4: 1, n5: 1 }));
    expect(q).toBeCloseTo(0.35714285714285715, 15);
  });

  it("reproduces the optimum of Zachary's karate club", () => {
    // The modularity-maximal partition found by integer programming (Brandes et al. (2008), On
    // modularity clustering, IEEE TKDE 20(2), 172–188), as igraph's test of cluster_optimal lists
    // it (tests/testthat/test-optimal.community.R, members 1–34): four groups of 11, 5, 12 and 6,
    // Q = 0.4197896 (igraph's cluster_optimal documentation example).
    const membership = [1, 1, 1, 1, 2, 2, 2, 1, 3, 3, 2, 1, 1, 1, 3, 3, 2, 1, 3, 1, 3, 1, 3, 4, 4, 4, 3, 4, 4, 3, 3, 4, 3, 3];
    const optimum = new Map(membership.map((group, index) => [`m${String(index + 1)}`, group] as const));
    expect(modularity(toGraph(loadFixture('karate')), optimum)).toBeCloseTo(0.4197896, 7);
  });

  it('is 0 for a single group and negative for a split of a single link', () => {
    // One group: 1 − (2m/2m)² = 0. a–b split: 0 − 2 · (1/2)² = −1/2.
    expect(modularity(graphOf('a b c', 'a-b b-c'), groups({ a: 0, b: 0, c: 0 }))).toBe(0);
    expect(modularity(graphOf('a b', 'a-b'), groups({ a: 0, b: 1 }))).toBe(-0.5);
  });

  it('is null without links, where it is 0/0', () => {
    expect(modularity(graphOf('a b'), groups({ a: 0, b: 1 }))).toBeNull();
    expect(modularity(graphOf(''), groups({}))).toBeNull();
  });

  it('refuses a partition that leaves an actor out', () => {
    expect(() => modularity(graphOf('a b', 'a-b'), groups({ a: 0 }))).toThrow(/"b" has no group/);
  });
});
