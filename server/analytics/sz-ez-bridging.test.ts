import { describe, expect, it } from 'vitest';

import { graphOf } from '../../test/fixtures/small-graphs';
import { generatedGraph, maxDifference } from '../../test/helpers/betweenness';
import type { ActorGraph } from '../graph/to-graphology';
import { szEzBridging } from './sz-ez-bridging';

/**
 * The definition computed the slow way: a breadth-first search from every actor gives d(x, y)
 * and σ_xy for all pairs; v lies on σ_sv · σ_vt of the shortest s–t paths when
 * d(s, v) + d(v, t) = d(s, t). O(n · m + |SZ| · |EZ| · n).
 */
function bridgingByDefinition(graph: ActorGraph): ReadonlyMap<string, number> {
  const ids = graph.nodes();
  const search = new Map(ids.map((id) => [id, pathCounts(graph, id)] as const));
  const inDomain = (domain: string): string[] => ids.filter((id) => graph.getNodeAttribute(id, 'domain') === domain);
  const sz = inDomain('SZ');
  const ez = inDomain('EZ');
  return new Map(
    ids.map((v) => {
      let through = 0;
      let pairs = 0;
      const fromV = search.get(v);
      for (const s of sz) {
        const fromS = search.get(s);
        for (const t of ez) {
          if (s === v || t === v) continue;
          pairs += 1;
          const st = fromS?.get(t);
          const sv = fromS?.get(v);
          const vt = fromV?.get(t);
          if (st === undefined || sv === undefined || vt === undefined || sv.distance + vt.distance !== st.distance) continue;
          through += (sv.paths * vt.paths) / st.paths;
        }
      }
      return [v, pairs === 0 ? 0 : through / pairs] as const;
    }),
  );
}

function pathCounts(graph: ActorGraph, source: string): Map<string, { distance: number; paths: number }> {
  const found = new Map([[source, { distance: 0, paths: 1 }]]);
  const queue = [source];
  // The queue grows while it is read; an array's iterator reads up to its current length.
  for (const v of queue) {
    const at = found.get(v) ?? { distance: 0, paths: 1 };
    graph.forEachNeighbor(v, (w) => {
      const known = found.get(w);
      if (known === undefined) {
        found.set(w, { distance: at.distance + 1, paths: at.paths });
        queue.push(w);
      } else if (known.distance === at.distance + 1) {
        known.paths += at.paths;
      }
    });
  }
  return found;
}

// All expected values below are hand calculations from the definition (contract §3):
// Σ σ_st(v)/σ_st over SZ s ≠ v and EZ t ≠ v, divided by the number of such pairs.

describe('szEzBridging', () => {
  it('gives the whole share to the only actor between the domains', () => {
    // s(SZ) – x – t(EZ): one pair, its one path runs through x.
    expect(Object.fromEntries(szEzBridging(graphOf('s:SZ x t:EZ', 's-x x-t')))).toEqual({ s: 0, x: 1, t: 0 });
  });

  it('splits a pair between tied shortest paths', () => {
    // s – a – t and s – b – t: two shortest paths, half through each.
    const scores = szEzBridging(graphOf('s:SZ a b t:EZ', 's-a a-t s-b b-t'));
    expect(scores.get('a')).toBe(0.5);
    expect(scores.get('b')).toBe(0.5);
  });

  it('leaves out pairs that start or end at the actor itself', () => {
    // s1(SZ) – s2(SZ) – t(EZ). For s2 the pairs are (s1, t) only: 1 pair, through s2: 1.
    // For s1 the pairs are (s2, t): its path does not pass s1: 0. For t: no pair without t.
    const scores = szEzBridging(graphOf('s1:SZ s2:SZ t:EZ', 's1-s2 s2-t'));
    expect([...scores]).toEqual([['s1', 0], ['s2', 1], ['t', 0]]);
  });

  it('counts unconnected pairs in the denominator with nothing through anyone', () => {
    // s – x – t, and a second pair s2, t2 cut off: pairs (s,t) (s,t2) (s2,t) (s2,t2) = 4 for x,
    // only (s,t) runs through x: 1/4.
    const scores = szEzBridging(graphOf('s:SZ x t:EZ s2:SZ t2:EZ', 's-x x-t'));
    expect(scores.get('x')).toBe(0.25);
  });

  it('ignores paths between actors of other domains', () => {
    // o1 – x – o2 are OVERIG, s – x – t the only SZ–EZ pair.
    const scores = szEzBridging(graphOf('s:SZ t:EZ x o1 o2', 's-x x-t o1-x x-o2'));
    expect(scores.get('x')).toBe(1);
  });

  it('is 0 everywhere without SZ or without EZ actors', () => {
    expect([...szEzBridging(graphOf('a:SZ b c:SZ', 'a-b b-c')).values()]).toEqual([0, 0, 0]);
    expect([...szEzBridging(graphOf('a:EZ b c:EZ', 'a-b b-c')).values()]).toEqual([0, 0, 0]);
  });

  it('is 0 for an isolated actor and empty for an empty network', () => {
    expect(szEzBridging(graphOf('s:SZ t:EZ i', 's-t')).get('i')).toBe(0);
    expect(szEzBridging(graphOf('')).size).toBe(0);
  });

  it('follows paths longer than two steps', () => {
    // s – a – b – t: both a and b carry the one pair.
    const scores = szEzBridging(graphOf('s:SZ a b t:EZ', 's-a a-b b-t'));
    expect(scores.get('a')).toBe(1);
    expect(scores.get('b')).toBe(1);
  });

  it('equals the definition, counted path by path, on generated networks', () => {
    for (const seed of [1, 2, 3]) {
      const graph = generatedGraph(300, 900, seed);
      expect(maxDifference(szEzBridging(graph), bridgingByDefinition(graph))).toBeLessThan(1e-12);
    }
  });
});
