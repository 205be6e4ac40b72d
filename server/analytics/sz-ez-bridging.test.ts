import { describe, expect, it } from 'vitest';

import { graphOf } from '../../test/fixtures/small-graphs';
import { szEzBridging } from './sz-ez-bridging';

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
});
