/**
 * Figures at a date and what changed (contract §8) on test/fixtures/dated-network.json, worked
 * out by hand below. The network on each day:
 *
 *   2017-01-01  s1–s2–e1, z1–z2                                 (e2 from 2018, z3 from 2018-05, w from 2019-06)
 *   2021-01-01  s1–s2–w–e1–e2, z1–z2–z3                          (s2–e1 ended 2019)
 *   2023-01-01  s1–s2–e1–e2–z3–z2–z1 with o–e2, y1–y2–y3         (w ended 2022-03; s2–e1 again from 2022-06)
 *
 * SZ: s1, s2, z1, z2, z3; EZ: e1, e2, y1, y2, y3; w is OVERIG, o ONDERWIJS.
 */
import { describe, expect, it } from 'vitest';

import { loadFixture } from '../../test/fixtures/load-fixture';
import { scopeNetwork } from '../graph/scoped-graph';
import { DEFAULT_SCOPE } from '../model/scope';
import { analyseNetwork } from './analyse-network';
import { compareNetworks } from './compare-days';

const network = loadFixture('dated-network');
const at = (day: string) => analyseNetwork(network, { scope: { ...DEFAULT_SCOPE, at: day } });
const bridgingOf = (day: string): Record<string, number> =>
  Object.fromEntries(at(day).actors.filter((actor) => actor.szEzBridging > 0).map((actor) => [actor.id, actor.szEzBridging]));
const ids = (day: string): string[] => at(day).actors.map((actor) => actor.id).sort();

describe('the network at a date (contract §8)', () => {
  it('holds what is present on the day, partial dates standing for their first and last day', () => {
    expect(ids('2017-01-01')).toEqual(['e1', 's1', 's2', 'z1', 'z2']);
    expect(ids('2021-01-01')).toEqual(['e1', 'e2', 's1', 's2', 'w', 'z1', 'z2', 'z3']);
    expect(ids('2023-01-01')).toEqual(['e1', 'e2', 'o', 's1', 's2', 'y1', 'y2', 'y3', 'z1', 'z2', 'z3']);
    // w: since 2019-06 = from 1 June 2019, until 2022-03 = to 31 March 2022, both days included.
    expect(ids('2019-05-31')).not.toContain('w');
    expect(ids('2019-06-01')).toContain('w');
    expect(ids('2022-03-31')).toContain('w');
    expect(ids('2022-04-01')).not.toContain('w');
    // s2–e1 "until 2019" holds on 31 December 2019, not on 1 January 2020 (w–e1 starts 2020).
    const linked = (day: string, from: string, to: string) => scopeNetwork(network, { ...DEFAULT_SCOPE, at: day }).links.some((link) => link.from === from && link.to === to);
    expect(linked('2019-12-31', 's2', 'e1')).toBe(true);
    expect(linked('2020-01-01', 's2', 'e1')).toBe(false);
    expect(linked('2020-01-01', 'w', 'e1')).toBe(true);
  });

  it('gives the figures of each day (hand calculation in the comments)', () => {
    // 2017: SZ–EZ pairs s1·e1, s2·e1, z1·e1, z2·e1. s2 lies on s1–s2–e1: for s2, 1 of the 3 pairs without s2.
    expect(bridgingOf('2017-01-01')).toEqual({ s2: 1 / 3 });
    // 2021: 10 pairs (5 SZ × 2 EZ). w lies on s1·e1, s1·e2, s2·e1, s2·e2: 4/10. e1 on s1·e2, s2·e2 of its 5 pairs
    // (t = e2): 2/5. s2 on s1·e1, s1·e2 of its 8 pairs (s ≠ s2): 2/8.
    expect(bridgingOf('2021-01-01')).toEqual({ w: 0.4, e1: 0.4, s2: 0.25 });
    // 2023: 25 pairs; each actor's own pairs are 4 SZ × 5 EZ or 5 SZ × 4 EZ = 20. z3 lies on z1·e1, z1·e2, z2·e1, z2·e2;
    // e2 on z1·e1, z2·e1, z3·e1; e1 on s1·e2, s2·e2; s2 on s1·e1, s1·e2; z2 on z1·e1, z1·e2.
    expect(bridgingOf('2023-01-01')).toEqual({ z3: 0.2, e2: 0.15, e1: 0.1, s2: 0.1, z2: 0.1 });
    const report = at('2021-01-01');
    expect(report.scope.at).toBe('2021-01-01');
    expect(report.components).toEqual([['e1', 'e2', 's1', 's2', 'w'], ['z1', 'z2', 'z3']]);
    // Links 2021: I = s1–s2, e1–e2, z1–z2, z2–z3; E = s2–w, w–e1: (2 − 4)/6.
    expect(report.eiIndex).toBeCloseTo(-1 / 3, 12);
  });
});

describe('what changed between two days (contract §8)', () => {
  const ln2 = Math.log(2);

  it('from 2017 to 2021: actors and links that came and went, ranks, an island that appeared', () => {
    const change = compareNetworks(network, '2017-01-01', '2021-01-01', { scope: DEFAULT_SCOPE });
    expect(change.scope.at).toBeNull();
    expect([...change.actors.came].sort()).toEqual(['e2', 'w', 'z3']);
    expect(change.actors.went).toEqual([]);
    expect(keys(change.links.came)).toEqual(['e1|samenwerking|e2', 's2|samenwerking|w', 'w|samenwerking|e1', 'z2|samenwerking|z3']);
    expect(keys(change.links.went)).toEqual(['s2|samenwerking|e1']);
    // 2017: 5 actors, 3 links, 2 components; pairs within two steps s1·e1, s2·e1 of 4; E–I (1 − 2)/3; no island.
    expect(change.figures.before).toEqual({ actors: 5, links: 3, components: 2, eiIndex: -1 / 3, szEzWithinTwoSteps: 0.5, islands: 0 });
    // 2021: only s2·e1 of 10 pairs within two steps (via w); z1–z2–z3 is an island (all SZ, no link out).
    expect(change.figures.after).toMatchObject({ actors: 8, links: 6, components: 2, szEzWithinTwoSteps: 0.1, islands: 1 });
    // Ranks 2017: s2. 2021: w and e1 tie at 0.4; w has the higher betweenness (4 of 21 pairs against 3), then s2.
    expect(change.brokers).toEqual([
      { id: 'w', rankBefore: null, rankAfter: 1, bridgingBefore: null, bridgingAfter: 0.4 },
      { id: 'e1', rankBefore: null, rankAfter: 2, bridgingBefore: null, bridgingAfter: 0.4 },
      { id: 's2', rankBefore: 1, rankAfter: 3, bridgingBefore: 1 / 3, bridgingAfter: 0.25 },
    ]);
    expect(change.islands.map(({ fate, kind, members }) => ({ fate, kind, members }))).toEqual([{ fate: 'appeared', kind: 'component', members: ['z1', 'z2', 'z3'] }]);
    // 2017 suggested s1–e1 (shared partner s2, degree 2: 1/ln 2); they are not linked in 2021.
    expect(change.realisedSuggestions).toEqual([]);
  });

  it('from 2021 to 2023: a suggestion realised, an island joined and one appeared', () => {
    const change = compareNetworks(network, '2021-01-01', '2023-01-01', { scope: DEFAULT_SCOPE });
    expect([...change.actors.came].sort()).toEqual(['o', 'y1', 'y2', 'y3']);
    expect(change.actors.went).toEqual(['w']);
    expect(keys(change.links.came)).toEqual(['o|samenwerking|e2', 's2|samenwerking|e1', 'y1|samenwerking|y2', 'y2|samenwerking|y3', 'z3|samenwerking|e2']);
    expect(keys(change.links.went)).toEqual(['s2|samenwerking|w', 'w|samenwerking|e1']);
    // 2023: 11 actors, 9 links, 2 components (y1–y2–y3 apart); within two steps s1·e1, s2·e1, s2·e2, z3·e1,
    // z3·e2, z2·e2 of 25; E = s2–e1, o–e2, z3–e2 of 9 links: (3 − 6)/9; the island y1–y2–y3 (all EZ).
    expect(change.figures.after).toEqual({ actors: 11, links: 9, components: 2, eiIndex: -1 / 3, szEzWithinTwoSteps: 0.24, islands: 1 });
    // Ranks 2023: z3 0.2, e2 0.15, then e1, s2, z2 at 0.1: e1 separates 2 × 5 pairs of the tree, s2 and z2
    // 1 × 6 each, then by id.
    expect(change.brokers).toEqual([
      { id: 'z3', rankBefore: null, rankAfter: 1, bridgingBefore: null, bridgingAfter: 0.2 },
      { id: 'e2', rankBefore: null, rankAfter: 2, bridgingBefore: null, bridgingAfter: 0.15 },
      { id: 'e1', rankBefore: 2, rankAfter: 3, bridgingBefore: 0.4, bridgingAfter: 0.1 },
      { id: 's2', rankBefore: 3, rankAfter: 4, bridgingBefore: 0.25, bridgingAfter: 0.1 },
      { id: 'z2', rankBefore: null, rankAfter: 5, bridgingBefore: null, bridgingAfter: 0.1 },
      { id: 'w', rankBefore: 1, rankAfter: null, bridgingBefore: 0.4, bridgingAfter: null },
    ]);
    // z1–z2–z3 is all there but tied to e2, so it is in the largest component. No group of that component can be
    // an island, whatever Louvain finds: {z1, z2, z3} has 2 links inside and 1 out (E–I −1/3 > −0.5); with e2 it
    // is 3 in, 2 out (−0.2); none of the component's 219 groups of three or more actors is both at least 3/4 one
    // domain and at −0.5 or below (enumerated when this test was written).
    expect(change.islands.map(({ fate, members }) => ({ fate, members }))).toEqual([
      { fate: 'appeared', members: ['y1', 'y2', 'y3'] },
      { fate: 'joined', members: ['z1', 'z2', 'z3'] },
    ]);
    // 2021 suggested s2–e1 (shared partner w, degree 2); they are linked again from 2022-06.
    expect(change.realisedSuggestions).toEqual([{ from: 's2', to: 'e1', score: 1 / ln2 }]);
  });

  it('calls an island dissolved when most of its members went', () => {
    const gone = { ...network, actors: network.actors.map((actor) => (actor.id === 'z1' || actor.id === 'z2' ? { ...actor, until: '2022' } : actor)) };
    const change = compareNetworks(gone, '2021-01-01', '2023-01-01', { scope: DEFAULT_SCOPE });
    expect(change.islands.find((island) => island.members.includes('z3'))?.fate).toBe('dissolved');
  });

  it('compares one region with the region\'s own actors and links', () => {
    const regional = { ...network, actors: network.actors.map((actor) => (actor.id.startsWith('y') ? { ...actor, region: 'oost' } : actor)) };
    const change = compareNetworks(regional, '2021-01-01', '2023-01-01', { scope: DEFAULT_SCOPE, region: 'oost' });
    expect(change.scope.region).toBe('oost');
    expect([...change.actors.came].sort()).toEqual(['y1', 'y2', 'y3']);
    expect(change.links.went).toEqual([]);
    expect(change.figures.before.actors).toBe(0);
    expect(change.figures.after).toMatchObject({ actors: 3, links: 2 });
  });
});

const keys = (links: readonly { from: string; to: string; type: string }[]): string[] => links.map((link) => `${link.from}|${link.type}|${link.to}`).sort();
