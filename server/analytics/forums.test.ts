import { describe, expect, it } from 'vitest';

import { scopedGraph } from '../graph/scoped-graph';
import type { Actor, Domain, Link, LinkType, Network } from '../model/network';
import { checkScope, DEFAULT_SCOPE, type AnalysisScope, type ScopeRequest } from '../model/scope';
import { analyseNetwork } from './analyse-network';
import { forumMeasures, pairsMeetingOnlyIn } from './forums';

const person = (id: string, domain: Domain, region?: string): Actor => ({ id, name: id, type: 'rol', domain, ...(region === undefined ? {} : { region }) });
const forum = (id: string, type: 'overleg' | 'programma' = 'overleg'): Actor => ({ id, name: id, type, domain: 'OVERIG' });
const link = (from: string, to: string, type: LinkType = 'lidmaatschap', flags: Partial<Pick<Link, 'illustrative'>> = {}): Link => ({ from, to, type, ...flags });

const scope = (request: ScopeRequest): AnalysisScope => {
  const checked = checkScope(request, 'test');
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.scope;
};

/** Members per domain with the empty domains left out, so the test does not depend on whether zeros are listed. */
const present = (domains: Readonly<Record<string, number>>): Record<string, number> => Object.fromEntries(Object.entries(domains).filter(([, count]) => count > 0));

//   F: s1, s2 (SZ), e1, e2 (EZ), o1 (ONDERWIJS)     s1 ── e1 also linked directly
//   G: s2, e2 (a programme)                           F ── H, a link between two forums
//   H: s1                                             E: no members
const NETWORK: Network = {
  actors: [person('s1', 'SZ'), person('s2', 'SZ'), person('e1', 'EZ'), person('e2', 'EZ'), person('o1', 'ONDERWIJS'), forum('F'), forum('G', 'programma'), forum('H'), forum('E')],
  links: [
    link('s1', 'F'),
    // A second link of another type between s1 and F: still one membership.
    link('s1', 'F', 'bestuur'),
    link('F', 's2'),
    link('e1', 'F'),
    link('e2', 'F'),
    link('o1', 'F'),
    link('s2', 'G'),
    link('e2', 'G'),
    link('s1', 'H'),
    link('F', 'H', 'samenwerking'),
    link('s1', 'e1', 'samenwerking', { illustrative: true }),
  ],
};

describe('forumMeasures (contract §6)', () => {
  it('counts SZ–EZ pairs and the pairs that meet only there, by hand', () => {
    const measures = forumMeasures(scopedGraph(NETWORK, DEFAULT_SCOPE));
    expect(measures.map(({ id, members, szEzPairs, onlyBridge }) => ({ id, members, szEzPairs, onlyBridge }))).toEqual([
      // F: 2 SZ × 2 EZ = 4 pairs. s1–e1 have a direct link, s2–e2 meet in G too; s1–e2 and
      // s2–e1 meet nowhere else: onlyBridge 2. o1 is in no SZ–EZ pair.
      { id: 'F', members: ['e1', 'e2', 'o1', 's1', 's2'], szEzPairs: 4, onlyBridge: 2 },
      // G: 1 × 1 = 1 pair, s2–e2, which meets in F as well: 0.
      { id: 'G', members: ['e2', 's2'], szEzPairs: 1, onlyBridge: 0 },
      // E and H: no SZ–EZ pair, in id order. F–H makes neither a member of the other.
      { id: 'E', members: [], szEzPairs: 0, onlyBridge: 0 },
      { id: 'H', members: ['s1'], szEzPairs: 0, onlyBridge: 0 },
    ]);
    expect(measures.map(({ domains }) => present(domains))).toEqual([{ SZ: 2, EZ: 2, ONDERWIJS: 1 }, { SZ: 1, EZ: 1 }, {}, { SZ: 1 }]);
  });

  it('names the pairs that meet only in a forum, SZ member first', () => {
    const scoped = scopedGraph(NETWORK, DEFAULT_SCOPE);
    expect(pairsMeetingOnlyIn(scoped, 'F')).toEqual([
      { from: 's1', to: 'e2' },
      { from: 's2', to: 'e1' },
    ]);
    expect(pairsMeetingOnlyIn(scoped, 'G')).toEqual([]);
    expect(pairsMeetingOnlyIn(scoped, 'E')).toEqual([]);
    expect(pairsMeetingOnlyIn(scoped, 's1')).toEqual([]);
  });

  it('gives the same figures with forums as nodes', () => {
    expect(forumMeasures(scopedGraph(NETWORK, scope({ forums: 'nodes' })))).toEqual(forumMeasures(scopedGraph(NETWORK, DEFAULT_SCOPE)));
  });

  it('takes the direct links and memberships of the scope', () => {
    // Without the illustrative s1–e1 link, that pair meets only in F: onlyBridge 3.
    const withoutIllustrative = scopedGraph(NETWORK, scope({ illustrative: false }));
    expect(forumMeasures(withoutIllustrative).find(({ id }) => id === 'F')).toMatchObject({ szEzPairs: 4, onlyBridge: 3 });
    expect(pairsMeetingOnlyIn(withoutIllustrative, 'F')).toEqual([
      { from: 's1', to: 'e1' },
      { from: 's1', to: 'e2' },
      { from: 's2', to: 'e1' },
    ]);
    // Only `bestuur` links: F keeps s1 alone, and there are no SZ–EZ pairs anywhere.
    const boardOnly = forumMeasures(scopedGraph(NETWORK, scope({ linkTypes: ['bestuur'] })));
    expect(boardOnly.find(({ id }) => id === 'F')).toMatchObject({ members: ['s1'], szEzPairs: 0, onlyBridge: 0 });
    expect(boardOnly.every(({ szEzPairs }) => szEzPairs === 0)).toBe(true);
  });

  it('ranks by SZ–EZ pairs whatever the ids', () => {
    // "a" has 1 pair, "z" 2 × 1 = 2: z first.
    const network: Network = {
      actors: [person('s1', 'SZ'), person('s2', 'SZ'), person('e1', 'EZ'), forum('a'), forum('z')],
      links: [link('s1', 'a'), link('e1', 'a'), link('s1', 'z'), link('s2', 'z'), link('e1', 'z')],
    };
    expect(forumMeasures(scopedGraph(network, DEFAULT_SCOPE)).map(({ id, szEzPairs, onlyBridge }) => [id, szEzPairs, onlyBridge])).toEqual([
      // z: s1–e1 meet in a too, s2–e1 only in z.
      ['z', 2, 1],
      ['a', 1, 0],
    ]);
  });

  it("in a region, counts the pairs of the region's own members", () => {
    //   F (national): a(SZ), b(EZ) of noord; d(SZ), c(EZ) of zuid.   G (zuid): d, c.
    const network: Network = {
      actors: [person('a', 'SZ', 'noord'), person('b', 'EZ', 'noord'), person('c', 'EZ', 'zuid'), person('d', 'SZ', 'zuid'), forum('F'), { ...forum('G'), region: 'zuid' }],
      links: [link('a', 'F'), link('b', 'F'), link('c', 'F'), link('d', 'F'), link('c', 'G'), link('d', 'G')],
    };
    const figures = (region?: string): unknown[] => analyseNetwork(network, { region }).forums.map(({ id, members, szEzPairs, onlyBridge }) => ({ id, members, szEzPairs, onlyBridge }));
    // Whole network: F 2 × 2 = 4 pairs, d–c also meet in G: 3 meet only in F.
    expect(figures()).toEqual([
      { id: 'F', members: ['a', 'b', 'c', 'd'], szEzPairs: 4, onlyBridge: 3 },
      { id: 'G', members: ['c', 'd'], szEzPairs: 1, onlyBridge: 0 },
    ]);
    // noord: F holds a and b, who meet nowhere else; G has no member there.
    expect(figures('noord')).toEqual([{ id: 'F', members: ['a', 'b'], szEzPairs: 1, onlyBridge: 1 }]);
    // zuid: d–c meet in F and in G.
    expect(figures('zuid')).toEqual([
      { id: 'F', members: ['c', 'd'], szEzPairs: 1, onlyBridge: 0 },
      { id: 'G', members: ['c', 'd'], szEzPairs: 1, onlyBridge: 0 },
    ]);
    expect(analyseNetwork(network, { region: 'zuid' }).scope.region).toBe('zuid');
  });

  it('has nothing to rank in a network without forums', () => {
    expect(forumMeasures(scopedGraph({ actors: [person('s', 'SZ'), person('e', 'EZ')], links: [link('s', 'e', 'samenwerking')] }, DEFAULT_SCOPE))).toEqual([]);
  });
});
