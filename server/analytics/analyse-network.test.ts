import { describe, expect, it } from 'vitest';

import { loadFixture } from '../../test/fixtures/load-fixture';
import { networkOf } from '../../test/fixtures/small-graphs';
import { analyseNetwork } from './analyse-network';

describe('analyseNetwork (contract §5)', () => {
  it('returns exactly the fields of the contract report, in its order', () => {
    const report = analyseNetwork(loadFixture('two-islands'));
    // Contract §5's fields in its order, the scope of §7 first and the forums of §6 last.
    expect(Object.keys(report)).toEqual(['scope', 'actors', 'components', 'communities', 'modularity', 'eiIndex', 'missingLinks', 'forums']);
    expect(Object.keys(report.actors[0] ?? {})).toEqual([
      'id', 'degree', 'betweenness', 'szEzBridging', 'bridging', 'brokerage', 'constraint', 'effectiveSize', 'component', 'community',
    ]);
    expect(Object.keys(report.actors[0]?.brokerage ?? {})).toEqual([
      'coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total',
    ]);
    expect(Object.keys(report.communities[0] ?? {})).toEqual(['id', 'members', 'domains', 'eiIndex']);
    expect(Object.keys(report.missingLinks[0] ?? {})).toEqual(['from', 'to', 'score', 'sharedPartners']);
  });

  it('matches the hand calculation of the two-islands fixture', () => {
    // test/fixtures/two-islands.md.
    const report = analyseNetwork(loadFixture('two-islands'));
    expect(report.components.map((members) => members.length)).toEqual([12, 3]);
    expect(report.communities.map((community) => community.members.length)).toEqual([4, 4, 4, 3]);
    expect(report.modularity).toBeCloseTo(21 / 23 - 570 / 2116, 12);
    expect(report.eiIndex).toBe(-3 / 23);
    expect(report.missingLinks).toHaveLength(5);
    const szA = report.actors.find((actor) => actor.id === 'sz-a');
    // sz-a: the only way out of the SZ group; in component 0 and the third community.
    expect(szA).toMatchObject({ degree: 4, component: 0, community: 2, effectiveSize: 2.5 });
    // Between its three group partners, all linked to each other, and m-sz1 (SZ, not linked to
    // them): 3 unlinked pairs, in both orders, all SZ: 6 coordinator.
    expect(szA?.brokerage).toEqual({ coordinator: 6, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 6 });
  });

  it('gives the same report twice (seeded Louvain, stable orders)', () => {
    const karate = loadFixture('karate');
    expect(JSON.stringify(analyseNetwork(karate))).toBe(JSON.stringify(analyseNetwork(karate)));
    expect(analyseNetwork(karate, { seed: 9 })).toEqual(analyseNetwork(karate, { seed: 9 }));
  });

  it('does not depend on link direction or duplicates', () => {
    const once = analyseNetwork(networkOf('s:SZ x t:EZ', 's-x x-t'));
    const messy = analyseNetwork(networkOf('s:SZ x t:EZ', 'x-s t-x s-x x-t'));
    expect(messy).toEqual(once);
  });

  it('reports an isolated actor with null structural holes and its own component and community', () => {
    const report = analyseNetwork(networkOf('s:SZ t:EZ i', 's-t'));
    expect(report.actors.find((actor) => actor.id === 'i')).toEqual({
      id: 'i',
      degree: 0,
      betweenness: 0,
      szEzBridging: 0,
      bridging: 0,
      brokerage: { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 },
      constraint: null,
      effectiveSize: null,
      component: 1,
      community: 1,
    });
  });

  it('reports an empty network', () => {
    expect(analyseNetwork({ actors: [], links: [] })).toEqual({
      scope: { forums: 'ties', region: null, illustrative: true, unconfirmed: true, linkTypes: null, between: ['SZ', 'EZ'], at: null },
      actors: [], components: [], communities: [], modularity: null, eiIndex: null, missingLinks: [], forums: [],
    });
  });

  it('analyses the region\'s own actors and the links among them when asked (contract §7)', () => {
    // z (r1) is the shared partner of s and t in r1; u is in r2 and drops out with its link.
    const network = networkOf('s:SZ@r1 t:EZ@r1 u:EZ@r2 z@r1', 's-z z-t z-u');
    expect(analyseNetwork(network).missingLinks.map((link) => link.to)).toEqual(['t', 'u']);
    const report = analyseNetwork(network, { region: 'r1' });
    expect(report.scope.region).toBe('r1');
    expect(report.actors.map((actor) => actor.id)).toEqual(['s', 't', 'z']);
    // z has degree 2 within r1, so the pair scores 1/ln 2.
    expect(report.missingLinks).toEqual([{ from: 's', to: 't', score: 1 / Math.log(2), sharedPartners: ['z'] }]);
  });
});
