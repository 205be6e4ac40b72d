import { describe, expect, it } from 'vitest';

import { graphOf, networkOf } from '../../test/fixtures/small-graphs';
import { inducedSubgraph, toGraph, withLinks } from './to-graphology';

describe('toGraph (contract §2)', () => {
  it('keeps every actor, isolated ones too, in id order whatever the input order', () => {
    const graph = graphOf('c:SZ a:EZ b', 'a-c');
    expect(graph.nodes()).toEqual(['a', 'b', 'c']);
    expect(graph.getNodeAttributes('c')).toEqual({ name: 'c', type: 'rol', domain: 'SZ' });
    expect(graph.degree('b')).toBe(0);
  });

  it('drops direction, weight and duplicate links', () => {
    const network = networkOf('a b', 'a-b b-a a-b');
    const weighted = { ...network, links: [...network.links, { from: 'a', to: 'b', type: 'financiering' as const, weight: 5 }] };
    const graph = toGraph(weighted);
    expect(graph.size).toBe(1);
    expect(graph.type).toBe('undirected');
    expect(graph.getEdgeAttributes(graph.edges()[0] ?? '')).toEqual({});
  });

  it('carries the region when the actor has one', () => {
    expect(graphOf('a:SZ@noord b').getNodeAttribute('a', 'region')).toBe('noord');
    expect(graphOf('a:SZ@noord b').getNodeAttributes('b')).not.toHaveProperty('region');
  });

  it('refuses an id graphology would confuse with its own bookkeeping', () => {
    // graphology keeps neighbourhoods in plain objects: "constructor" reads as an existing edge.
    expect(() => graphOf('constructor:SZ b:EZ', 'constructor-b')).toThrow(/reserved/);
    expect(() => graphOf('__proto__')).toThrow(/reserved/);
  });
});

describe('withLinks', () => {
  it('adds new links to a copy and keeps existing ones once', () => {
    const graph = graphOf('a b c', 'a-b');
    const more = withLinks(graph, [{ from: 'b', to: 'a' }, { from: 'b', to: 'c' }]);
    expect(more.size).toBe(2);
    expect(graph.size).toBe(1);
  });
});

describe('inducedSubgraph', () => {
  it('keeps the chosen actors and the links among them', () => {
    const graph = graphOf('a:SZ@x b:EZ@x c@y', 'a-b b-c');
    const sub = inducedSubgraph(graph, (_id, actor) => actor.region === 'x');
    expect(sub.nodes()).toEqual(['a', 'b']);
    expect(sub.size).toBe(1);
    expect(sub.getNodeAttribute('b', 'domain')).toBe('EZ');
  });
});
