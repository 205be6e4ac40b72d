import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { graphOf } from '../../test/fixtures/small-graphs';
import { brokerageRoles } from './brokerage';

// Hand calculations from Gould & Fernandez (1989), fig. 1, with ordered pairs (a, c) of
// unlinked neighbours of the broker b (contract §3), so every unlinked pair counts twice.
const none = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };

describe('brokerageRoles', () => {
  it('coordinator: a, b and c in one group', () => {
    const roles = brokerageRoles(graphOf('a:SZ b:SZ c:SZ', 'a-b b-c'));
    expect(roles.get('b')).toEqual({ ...none, coordinator: 2, total: 2 });
    expect(roles.get('a')).toEqual(none);
  });

  it('itinerant: a and c together, b apart', () => {
    expect(brokerageRoles(graphOf('a:SZ b:EZ c:SZ', 'a-b b-c')).get('b')).toEqual({ ...none, itinerant: 2, total: 2 });
  });

  it('representative and gatekeeper: the two orders of one pair', () => {
    // (a, c): b with a → representative; (c, a): b with the end → gatekeeper.
    expect(brokerageRoles(graphOf('a:SZ b:SZ c:EZ', 'a-b b-c')).get('b')).toEqual({
      ...none,
      representative: 1,
      gatekeeper: 1,
      total: 2,
    });
  });

  it('liaison: three groups', () => {
    expect(brokerageRoles(graphOf('a:SZ b:EZ c:ONDERWIJS', 'a-b b-c')).get('b')).toEqual({ ...none, liaison: 2, total: 2 });
  });

  it('skips pairs that are linked to each other', () => {
    // Triangle: every pair of neighbours is linked, so nobody brokers.
    const triangle = brokerageRoles(graphOf('a:SZ b:SZ c:EZ', 'a-b b-c a-c'));
    for (const roles of triangle.values()) expect(roles).toEqual(none);
    // b with x(SZ), y(SZ), z(EZ), x–y linked: pairs (x,z) and (y,z) in both orders → 2 + 2.
    expect(brokerageRoles(graphOf('b:SZ x:SZ y:SZ z:EZ', 'b-x b-y b-z x-y')).get('b')).toEqual({
      ...none,
      representative: 2,
      gatekeeper: 2,
      total: 4,
    });
  });

  it('gives an isolated actor and a leaf no role, and nothing for an empty network', () => {
    const roles = brokerageRoles(graphOf('a:SZ b:EZ i', 'a-b'));
    expect(roles.get('i')).toEqual(none);
    expect(roles.get('a')).toEqual(none);
    expect(brokerageRoles(graphOf('')).size).toBe(0);
  });

  it('matches a pair-by-pair count on the karate club, with representative = gatekeeper', () => {
    // A brute-force count straight from the definition serves as the reference here.
    const graph = toGraph(loadFixture('karate'));
    const roles = brokerageRoles(graph);
    graph.forEachNode((b, { domain: gb }) => {
      const count = { ...none };
      for (const a of graph.neighbors(b)) {
        for (const c of graph.neighbors(b)) {
          if (a === c || graph.hasEdge(a, c)) continue;
          const ga = graph.getNodeAttribute(a, 'domain');
          const gc = graph.getNodeAttribute(c, 'domain');
          if (ga === gb && gb === gc) count.coordinator += 1;
          else if (ga === gc) count.itinerant += 1;
          else if (ga === gb) count.representative += 1;
          else if (gb === gc) count.gatekeeper += 1;
          else count.liaison += 1;
          count.total += 1;
        }
      }
      expect(roles.get(b)).toEqual(count);
      expect(count.representative).toBe(count.gatekeeper);
    });
  });
});
