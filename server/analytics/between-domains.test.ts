import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import type { Domain, Network } from '../model/network';
import { missingLinks } from './missing-links';
import { bridging, szEzBridging } from './sz-ez-bridging';

// Contract §7 `between`: bridging and missing links for a domain pair other than SZ–EZ.
//
//        s1(SZ) ── z ── o1(ONDERWIJS) ── s2(SZ)
//          │            │                 │
//          └─────────── m ────────────────┘        m, z: OVERIG
//                       │
//                     e1(EZ) ── o2(ONDERWIJS)
const DOMAIN_OF: Record<string, Domain> = { s1: 'SZ', s2: 'SZ', e1: 'EZ', o1: 'ONDERWIJS', o2: 'ONDERWIJS', m: 'OVERIG', z: 'OVERIG' };
const NETWORK: Network = {
  actors: Object.entries(DOMAIN_OF).map(([id, domain]) => ({ id, name: id, type: 'rol', domain })),
  links: ['s1-m', 's2-m', 's1-z', 'z-o1', 'm-o1', 'm-e1', 'e1-o2', 's2-o1'].map((pair) => {
    const [from = '', to = ''] = pair.split('-');
    return { from, to, type: 'samenwerking' };
  }),
};
const GRAPH = toGraph(NETWORK);

describe('bridging between two domains', () => {
  it('SZ–ONDERWIJS by hand', () => {
    // Pairs (s, t), s in {s1, s2}, t in {o1, o2}, and their shortest paths:
    //   s1→o1: s1-m-o1 and s1-z-o1 (σ = 2): m ½, z ½
    //   s1→o2: s1-m-e1-o2 (σ = 1):         m 1, e1 1
    //   s2→o1: s2-o1, direct:               no one
    //   s2→o2: s2-m-e1-o2 (σ = 1):         m 1, e1 1
    // m, z and e1 are in neither domain: 2 × 2 = 4 pairs each. m (½ + 1 + 1)/4 = 0.625,
    // z ½/4 = 0.125, e1 2/4 = 0.5. The SZ and ONDERWIJS actors lie inside no pair's path.
    const expected = { e1: 0.5, m: 0.625, o1: 0, o2: 0, s1: 0, s2: 0, z: 0.125 };
    expect(Object.fromEntries(bridging(GRAPH, ['SZ', 'ONDERWIJS']))).toEqual(expected);
    // Undirected: the order of the two domains does not matter.
    expect(Object.fromEntries(bridging(GRAPH, ['ONDERWIJS', 'SZ']))).toEqual(expected);
  });

  it('SZ–EZ is szEzBridging, and differs here', () => {
    // s1→e1 and s2→e1 both run s-m-e1 only: m 2/2 = 1, no one else.
    const expected = { e1: 0, m: 1, o1: 0, o2: 0, s1: 0, s2: 0, z: 0 };
    expect(Object.fromEntries(bridging(GRAPH, ['SZ', 'EZ']))).toEqual(expected);
    expect(Object.fromEntries(szEzBridging(GRAPH))).toEqual(expected);
  });

  it('is 0 for everyone when a domain has no actors', () => {
    for (const value of bridging(toGraph({ actors: NETWORK.actors.filter(({ domain }) => domain !== 'EZ'), links: [] }), ['EZ', 'SZ']).values()) expect(value).toBe(0);
  });
});

describe('missingLinks between two domains', () => {
  it('EZ–ONDERWIJS by hand', () => {
    // e1's neighbours m and o2; o2 is linked already. o1 shares m (degree 4: s1, s2, o1, e1)
    // with e1: 1/ln 4. `from` is the first domain's actor.
    expect(missingLinks(GRAPH, { between: ['EZ', 'ONDERWIJS'] })).toEqual([{ from: 'e1', to: 'o1', score: 1 / Math.log(4), sharedPartners: ['m'] }]);
    expect(missingLinks(GRAPH, { between: ['ONDERWIJS', 'EZ'] })).toEqual([{ from: 'o1', to: 'e1', score: 1 / Math.log(4), sharedPartners: ['m'] }]);
  });

  it('SZ–ONDERWIJS by hand', () => {
    // s1 and o1 share m (degree 4) and z (degree 2): 1/ln 4 + 1/ln 2. s2–o1 are linked; o2
    // shares no partner with s1 or s2.
    const [found, ...rest] = missingLinks(GRAPH, { between: ['SZ', 'ONDERWIJS'] });
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ from: 's1', to: 'o1', sharedPartners: ['m', 'z'] });
    expect(found?.score).toBeCloseTo(1 / Math.log(4) + 1 / Math.log(2), 12);
  });

  it('SZ–EZ by default', () => {
    // s1 and s2 share m with e1: 1/ln 4 each, ties by `from` id.
    const expected = [
      { from: 's1', to: 'e1', score: 1 / Math.log(4), sharedPartners: ['m'] },
      { from: 's2', to: 'e1', score: 1 / Math.log(4), sharedPartners: ['m'] },
    ];
    expect(missingLinks(GRAPH)).toEqual(expected);
    expect(missingLinks(GRAPH, { between: ['SZ', 'EZ'] })).toEqual(expected);
  });
});
