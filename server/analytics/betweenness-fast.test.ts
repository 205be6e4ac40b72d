import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { generatedGraph, maxDifference, referenceBetweenness } from '../../test/helpers/betweenness';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { graphOf } from '../../test/fixtures/small-graphs';
import { betweennessExact } from './betweenness-fast';

/** Same actors, same order, values within 1e-12 of graphology-metrics' exact Brandes. */
function expectReferenceValues(graph: Parameters<typeof betweennessExact>[0]): void {
  const scores = betweennessExact(graph);
  expect([...scores.keys()]).toEqual(graph.nodes());
  expect(maxDifference(scores, referenceBetweenness(graph))).toBeLessThanOrEqual(1e-12);
}

describe('betweennessExact', () => {
  it('gives graphology-metrics’ values on the published cases', () => {
    // Krackhardt's kite, Padgett's Florentine families and Zachary's karate club: the networks
    // whose values centrality.test.ts checks against NetworkX's published test values.
    for (const name of ['kite', 'florentine', 'karate'] as const) expectReferenceValues(toGraph(loadFixture(name)));
  });

  it("reproduces Zachary's karate club values", () => {
    // Expected: NetworkX 3.6.1 `betweenness_centrality(karate_club_graph(), normalized=True)`
    // (its nodes 0, 32, 33 are m1, m33, m34 here; same 78 edges): unnormalised 231.0714,
    // 76.6905 and 160.5516 of 33·32/2 = 528 pairs.
    const scores = betweennessExact(toGraph(loadFixture('karate')));
    expect(scores.get('m1')).toBeCloseTo(0.43763528138528146, 12);
    expect(scores.get('m33')).toBeCloseTo(0.145247113997114, 12);
    expect(scores.get('m34')).toBeCloseTo(0.30407497594997596, 12);
  });

  it('gives graphology-metrics’ values on generated networks of 300 and 1,000 actors', () => {
    expectReferenceValues(generatedGraph(300, 900, 3));
    expectReferenceValues(generatedGraph(1_000, 5_000, 5));
  });

  it('gives graphology-metrics’ values where one batch of sources meets a node at many distances', () => {
    // On a path every source reaches a node at its own distance: 32 levels per node and batch,
    // more than the buffers start with.
    const ids = Array.from({ length: 100 }, (_, i) => `n${String(i).padStart(3, '0')}`);
    const path = ids.slice(1).map((id, i) => `${ids[i] ?? ''}-${id}`).join(' ');
    expectReferenceValues(graphOf(ids.join(' '), path));
    // A ring: two shortest paths between opposite nodes.
    expectReferenceValues(graphOf(ids.join(' '), `${path} ${ids[99] ?? ''}-${ids[0] ?? ''}`));
  });

  it('splits a pair between tied shortest paths and counts isolated actors in n', () => {
    // Square a–b–c–d–a: b, d have two shortest paths, via a and via c, so a gets 1/2 of one
    // pair; isolated e makes n = 5 and 4·3/2 = 6 pairs: 1/12 each.
    const scores = betweennessExact(graphOf('a b c d e', 'a-b b-c c-d d-a'));
    expect([...scores.values()]).toEqual([1 / 12, 1 / 12, 1 / 12, 1 / 12, 0]);
  });

  it('adds up components separately', () => {
    // Two paths a–b–c and x–y–z, n = 6, 5·4/2 = 10 pairs: b and y lie on one pair each.
    const scores = betweennessExact(graphOf('a b c x y z', 'a-b b-c x-y y-z'));
    expect(scores.get('b')).toBe(1 / 10);
    expect(scores.get('y')).toBe(1 / 10);
    expect(scores.get('a')).toBe(0);
  });

  it('is 0 for fewer than three actors and empty for no actors', () => {
    expect([...betweennessExact(graphOf('a b', 'a-b'))]).toEqual([['a', 0], ['b', 0]]);
    expect([...betweennessExact(graphOf('a'))]).toEqual([['a', 0]]);
    expect(betweennessExact(graphOf('')).size).toBe(0);
  });
});
