import { describe, expect, it } from 'vitest';

import type { Actor, Domain, Link, LinkType, Network } from '../model/network';
import { checkScope, DEFAULT_SCOPE, scopeKey, type AnalysisScope, type ScopeRequest } from '../model/scope';
import { regionScope, scopedGraph } from './scoped-graph';
import type { ActorGraph } from './to-graphology';

// Hand-drawn networks: actors of type `rol`, forums of type `overleg` (contract §6).
const person = (id: string, domain: Domain, flags: Partial<Pick<Actor, 'illustrative' | 'unconfirmed' | 'region'>> = {}): Actor => ({ id, name: id, type: 'rol', domain, ...flags });
const forum = (id: string, flags: Partial<Pick<Actor, 'illustrative'>> = {}): Actor => ({ id, name: id, type: 'overleg', domain: 'OVERIG', ...flags });
const link = (from: string, to: string, type: LinkType = 'samenwerking', flags: Partial<Pick<Link, 'illustrative' | 'unconfirmed'>> = {}): Link => ({ from, to, type, ...flags });

const scope = (request: ScopeRequest): AnalysisScope => {
  const checked = checkScope(request, 'test');
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.scope;
};

/** Every edge as "a-b" with a < b, sorted: order-free and readable. */
const edgesOf = (graph: ActorGraph): string[] => graph.mapEdges((_edge, _attributes, a, b) => [a, b].sort().join('-')).sort();

const membersOf = (network: Network, request: ScopeRequest = {}): Record<string, readonly string[]> =>
  Object.fromEntries(scopedGraph(network, scope(request)).forums.map(({ id, members }) => [id, members]));

describe('scopedGraph: forums as ties and as nodes (contract §6)', () => {
  //   a(SZ) ══ F ── b(EZ) ── G ── c(SZ)        ══: a–b also linked directly
  //            └──────────── ┘                 F–G: a link between two forums
  const FIVE: Network = {
    actors: [person('c', 'SZ'), person('b', 'EZ'), person('a', 'SZ'), forum('G'), forum('F')],
    // F–a written forum first: a membership reads either way round.
    links: [link('F', 'a', 'lidmaatschap'), link('b', 'F', 'lidmaatschap'), link('b', 'G', 'lidmaatschap'), link('c', 'G', 'lidmaatschap'), link('F', 'G'), link('a', 'b')],
  };

  it('with forums as ties holds the actors only, tied by a common forum or a direct link, each pair once', () => {
    const { graph } = scopedGraph(FIVE, DEFAULT_SCOPE);
    expect(graph.nodes()).toEqual(['a', 'b', 'c']);
    // a–b through F and directly: one edge; b–c through G; F–G ties no one.
    expect(edgesOf(graph)).toEqual(['a-b', 'b-c']);
    expect(graph.getNodeAttributes('b')).toEqual({ name: 'b', type: 'rol', domain: 'EZ' });
  });

  it('with forums as nodes is the whole graph, the link between the forums included', () => {
    const { graph } = scopedGraph(FIVE, scope({ forums: 'nodes' }));
    expect(graph.nodes()).toEqual(['F', 'G', 'a', 'b', 'c']);
    expect(edgesOf(graph)).toEqual(['F-G', 'F-a', 'F-b', 'G-b', 'G-c', 'a-b']);
  });

  it('lists every forum with its non-forum members in id order, the same in both modes', () => {
    const expected = { F: ['a', 'b'], G: ['b', 'c'] };
    expect(membersOf(FIVE)).toEqual(expected);
    expect(membersOf(FIVE, { forums: 'nodes' })).toEqual(expected);
    expect(scopedGraph(FIVE, DEFAULT_SCOPE).forums.map(({ id }) => id)).toEqual(['F', 'G']);
  });

  it('knows a direct link from a meeting, whichever way round it is asked', () => {
    for (const forums of ['ties', 'nodes'] as const) {
      const { hasDirectLink } = scopedGraph(FIVE, scope({ forums }));
      expect(hasDirectLink('a', 'b')).toBe(true);
      expect(hasDirectLink('b', 'a')).toBe(true);
      // b and c meet only in G; a and F are a membership, not a direct link.
      expect(hasDirectLink('b', 'c')).toBe(false);
      expect(hasDirectLink('a', 'F')).toBe(false);
    }
  });

  it('keeps an actor in no forum and a forum with no members', () => {
    const network: Network = { actors: [person('a', 'SZ'), person('lone', 'EZ'), forum('empty'), forum('F')], links: [link('a', 'F', 'lidmaatschap')] };
    const { graph, forums } = scopedGraph(network, DEFAULT_SCOPE);
    expect(graph.nodes()).toEqual(['a', 'lone']);
    expect(graph.size).toBe(0);
    expect(forums).toEqual([{ id: 'F', members: ['a'] }, { id: 'empty', members: [] }]);
  });

  it('ties every pair of a forum: four members, six ties', () => {
    const network: Network = {
      actors: [person('p', 'SZ'), person('q', 'SZ'), person('r', 'EZ'), person('s', 'EZ'), forum('F')],
      links: ['p', 'q', 'r', 's'].map((member) => link(member, 'F', 'lidmaatschap')),
    };
    expect(edgesOf(scopedGraph(network, DEFAULT_SCOPE).graph)).toEqual(['p-q', 'p-r', 'p-s', 'q-r', 'q-s', 'r-s']);
  });
});

describe('scopedGraph: each scope switch (contract §7)', () => {
  //   a(SZ) ─ ─ b(EZ) ── c(SZ) ── x(EZ, illustrative)       ─ ─ : a–b illustrative
  //     │                           │
  //     └──────────── F ────────────┘ (a: lidmaatschap, x: bestuur)
  //   u(ONDERWIJS, an unconfirmed actor) ─ ─ c, an unconfirmed link
  const SWITCHES: Network = {
    actors: [person('a', 'SZ'), person('b', 'EZ'), person('c', 'SZ'), person('x', 'EZ', { illustrative: true }), person('u', 'ONDERWIJS', { unconfirmed: true }), forum('F')],
    links: [
      link('a', 'b', 'samenwerking', { illustrative: true }),
      link('b', 'c', 'samenwerking'),
      link('c', 'x', 'samenwerking'),
      link('a', 'F', 'lidmaatschap'),
      link('x', 'F', 'bestuur'),
      link('u', 'c', 'advies', { unconfirmed: true }),
    ],
  };

  it('by default counts everything', () => {
    const { graph } = scopedGraph(SWITCHES, DEFAULT_SCOPE);
    expect(graph.nodes()).toEqual(['a', 'b', 'c', 'u', 'x']);
    // a–x: both in F.
    expect(edgesOf(graph)).toEqual(['a-b', 'a-x', 'b-c', 'c-u', 'c-x']);
    expect(membersOf(SWITCHES)).toEqual({ F: ['a', 'x'] });
  });

  it('illustrative: false drops illustrative actors with all their links, and illustrative links', () => {
    const scoped = scopedGraph(SWITCHES, scope({ illustrative: false }));
    expect(scoped.graph.nodes()).toEqual(['a', 'b', 'c', 'u']);
    // Gone: a–b (illustrative link), c–x (x illustrative), a–x (x no longer in F).
    expect(edgesOf(scoped.graph)).toEqual(['b-c', 'c-u']);
    expect(membersOf(SWITCHES, { illustrative: false })).toEqual({ F: ['a'] });
    expect(scoped.hasDirectLink('a', 'b')).toBe(false);
    expect(scopedGraph(SWITCHES, DEFAULT_SCOPE).hasDirectLink('a', 'b')).toBe(true);
  });

  it('illustrative: false drops an illustrative forum and the ties it made', () => {
    const network: Network = { actors: [person('a', 'SZ'), person('b', 'EZ'), forum('F', { illustrative: true })], links: [link('a', 'F', 'lidmaatschap'), link('b', 'F', 'lidmaatschap')] };
    expect(edgesOf(scopedGraph(network, DEFAULT_SCOPE).graph)).toEqual(['a-b']);
    const without = scopedGraph(network, scope({ illustrative: false }));
    expect(without.graph.size).toBe(0);
    expect(without.forums).toEqual([]);
  });

  it('unconfirmed: false drops unconfirmed links but keeps an actor marked unconfirmed', () => {
    const { graph } = scopedGraph(SWITCHES, scope({ unconfirmed: false }));
    expect(graph.nodes()).toEqual(['a', 'b', 'c', 'u', 'x']);
    expect(edgesOf(graph)).toEqual(['a-b', 'a-x', 'b-c', 'c-x']);
  });

  it('unconfirmed: false drops an unconfirmed membership, and with it the tie', () => {
    const network: Network = {
      actors: [person('a', 'SZ'), person('b', 'EZ'), person('c', 'EZ'), forum('F')],
      links: [link('a', 'F', 'lidmaatschap', { unconfirmed: true }), link('b', 'F', 'lidmaatschap'), link('c', 'F', 'lidmaatschap')],
    };
    expect(edgesOf(scopedGraph(network, DEFAULT_SCOPE).graph)).toEqual(['a-b', 'a-c', 'b-c']);
    expect(edgesOf(scopedGraph(network, scope({ unconfirmed: false })).graph)).toEqual(['b-c']);
    expect(membersOf(network, { unconfirmed: false })).toEqual({ F: ['b', 'c'] });
  });

  it('linkTypes keeps only those types; a membership counts as its own link type', () => {
    // Memberships and co-operation: x's `bestuur` membership is out, so no a–x tie.
    const some = scopedGraph(SWITCHES, scope({ linkTypes: ['samenwerking', 'lidmaatschap'] }));
    expect(edgesOf(some.graph)).toEqual(['a-b', 'b-c', 'c-x']);
    expect(some.forums).toEqual([{ id: 'F', members: ['a'] }]);
    // Board seats only: F has x alone, which ties no one; every actor stays, isolated.
    const board = scopedGraph(SWITCHES, scope({ linkTypes: ['bestuur'] }));
    expect(board.graph.nodes()).toEqual(['a', 'b', 'c', 'u', 'x']);
    expect(board.graph.size).toBe(0);
    expect(board.forums).toEqual([{ id: 'F', members: ['x'] }]);
    // With forums as nodes the same filter keeps the x–F edge itself.
    expect(edgesOf(scopedGraph(SWITCHES, scope({ forums: 'nodes', linkTypes: ['bestuur'] })).graph)).toEqual(['F-x']);
  });

  it('combines the switches', () => {
    const { graph } = scopedGraph(SWITCHES, scope({ illustrative: false, unconfirmed: false, linkTypes: ['samenwerking'] }));
    expect(graph.nodes()).toEqual(['a', 'b', 'c', 'u']);
    expect(edgesOf(graph)).toEqual(['b-c']);
  });

  it('carries the scope, `between` included, whatever the forum mode', () => {
    for (const forums of ['ties', 'nodes'] as const) {
      const asked = scope({ forums, between: ['SZ', 'ONDERWIJS'] });
      expect(scopedGraph(SWITCHES, asked).scope).toEqual({ ...DEFAULT_SCOPE, forums, between: ['SZ', 'ONDERWIJS'] });
    }
  });
});

describe('regionScope (contract §7, region)', () => {
  //   F (national): a(SZ, noord), b(EZ, noord), c(EZ, zuid)      a ── n(SZ, national), direct
  //   G (zuid): c
  const REGIONS: Network = {
    actors: [person('a', 'SZ', { region: 'noord' }), person('b', 'EZ', { region: 'noord' }), person('c', 'EZ', { region: 'zuid' }), person('n', 'SZ'), forum('F'), { ...forum('G'), region: 'zuid' }],
    links: [link('a', 'F', 'lidmaatschap'), link('b', 'F', 'lidmaatschap'), link('c', 'F', 'lidmaatschap'), link('c', 'G', 'lidmaatschap'), link('a', 'n')],
  };

  it("with forums as ties keeps the region's actors, tied by a forum from anywhere", () => {
    const noord = regionScope(scopedGraph(REGIONS, DEFAULT_SCOPE), 'noord');
    expect(noord.graph.nodes()).toEqual(['a', 'b']);
    // a–b through the national F; a–n and a–c leave the region.
    expect(edgesOf(noord.graph)).toEqual(['a-b']);
    // F restricted to its noord members; G has none and is left out.
    expect(noord.forums).toEqual([{ id: 'F', members: ['a', 'b'] }]);
    expect(noord.scope).toEqual(DEFAULT_SCOPE);
  });

  it("with forums as nodes keeps only the region's own nodes: a national forum is not one", () => {
    const noord = regionScope(scopedGraph(REGIONS, scope({ forums: 'nodes' })), 'noord');
    expect(noord.graph.nodes()).toEqual(['a', 'b']);
    expect(noord.graph.size).toBe(0);
    const zuid = regionScope(scopedGraph(REGIONS, scope({ forums: 'nodes' })), 'zuid');
    expect(zuid.graph.nodes()).toEqual(['G', 'c']);
    expect(edgesOf(zuid.graph)).toEqual(['G-c']);
  });
});

describe('checkScope (contract §7)', () => {
  it('fills what a request leaves out with the default scope', () => {
    expect(checkScope(undefined, 'q')).toEqual({ ok: true, scope: DEFAULT_SCOPE });
    expect(checkScope({ forums: null, linkTypes: null, between: null }, 'q')).toEqual({ ok: true, scope: DEFAULT_SCOPE });
    expect(checkScope({ forums: 'nodes', illustrative: false }, 'q')).toEqual({ ok: true, scope: { ...DEFAULT_SCOPE, forums: 'nodes', illustrative: false } });
  });

  it('keeps link types in the vocabulary order without repeats, so one scope has one key', () => {
    const checked = checkScope({ linkTypes: ['lidmaatschap', 'samenwerking', 'lidmaatschap'] }, 'q');
    expect(checked).toEqual({ ok: true, scope: { ...DEFAULT_SCOPE, linkTypes: ['samenwerking', 'lidmaatschap'] } });
    const reordered = checkScope({ linkTypes: ['samenwerking', 'lidmaatschap'] }, 'q');
    if (!checked.ok || !reordered.ok) throw new Error('both scopes are valid');
    expect(scopeKey(checked.scope)).toBe(scopeKey(reordered.scope));
    expect(scopeKey(checked.scope)).not.toBe(scopeKey(DEFAULT_SCOPE));
    // An empty list is a scope of its own (no links at all), not "every type".
    expect(checkScope({ linkTypes: [] }, 'q')).toEqual({ ok: true, scope: { ...DEFAULT_SCOPE, linkTypes: [] } });
  });

  it('takes any two different domains, in the order given', () => {
    expect(checkScope({ between: ['EZ', 'ONDERWIJS'] }, 'q')).toEqual({ ok: true, scope: { ...DEFAULT_SCOPE, between: ['EZ', 'ONDERWIJS'] } });
    expect(checkScope({ between: ['ONDERWIJS', 'SZ'] }, 'q')).toEqual({ ok: true, scope: { ...DEFAULT_SCOPE, between: ['ONDERWIJS', 'SZ'] } });
  });

  it('refuses an unknown link type, naming the record, scope.linkTypes and the type', () => {
    const checked = checkScope({ linkTypes: ['samenwerking', 'vriendschap'] }, 'query brokers');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual([{ record: 'query brokers', field: 'scope.linkTypes', message: expect.stringContaining('"vriendschap"') as string }]);
  });

  it.each([
    ['an unknown domain', ['SZ', 'ZORG'], '"ZORG"'],
    ['one domain', ['SZ'], 'exactly two different domains'],
    ['three domains', ['SZ', 'EZ', 'ONDERWIJS'], 'exactly two different domains'],
    ['no domain', [], 'exactly two different domains'],
    ['the same domain twice', ['EZ', 'EZ'], 'exactly two different domains'],
  ])('refuses %s in between, naming scope.between', (_case, between, words) => {
    const checked = checkScope({ between }, 'analyze');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.length).toBeGreaterThan(0);
    for (const problem of checked.problems) expect(problem).toMatchObject({ record: 'analyze', field: 'scope.between' });
    expect(checked.problems.map(({ message }) => message).join('\n')).toContain(words);
  });

  it('reports every problem of a request at once', () => {
    const checked = checkScope({ linkTypes: ['x'], between: ['SZ', 'Y'] }, 'q');
    if (checked.ok) throw new Error('the request is invalid');
    expect(checked.problems.map(({ field }) => field)).toEqual(['scope.linkTypes', 'scope.between']);
  });
});
