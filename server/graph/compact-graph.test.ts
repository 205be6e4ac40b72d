import { describe, expect, it } from 'vitest';

import { graphOf } from '../../test/fixtures/small-graphs';
import { generatedNetwork } from '../../test/helpers/betweenness';
import { DEFAULT_SCOPE } from '../model/scope';
import { byActor, compactGraphOf, degreeOf, neighboursOf, type CompactGraph } from './compact-graph';
import { scopedGraph } from './scoped-graph';
import { withLinks, type ActorGraph } from './to-graphology';

const neighbourIds = (compact: CompactGraph, id: string): string[] =>
  [...neighboursOf(compact, compact.ids.indexOf(id))].map((node) => compact.ids[node] ?? '');

describe('compactGraphOf', () => {
  it('numbers nodes breadth-first from each component’s first actor and keeps the graph order beside it', () => {
    // a–d–b and c–e: a first, then its neighbour d, then d's other neighbour b; then c and e.
    const compact = compactGraphOf(graphOf('a:SZ@x b:EZ c d e', 'a-d d-b c-e'));
    expect(compact.order).toBe(5);
    expect(compact.ids).toEqual(['a', 'd', 'b', 'c', 'e']);
    expect(compact.domains).toEqual(['SZ', 'OVERIG', 'EZ', 'OVERIG', 'OVERIG']);
    expect(compact.regions).toEqual(['x', undefined, undefined, undefined, undefined]);
    expect([...compact.nodeAt]).toEqual([0, 2, 3, 1, 4]);
    expect([...compact.positionOf]).toEqual([0, 3, 1, 2, 4]);
    expect([...neighboursOf(compact, 1)]).toEqual([0, 2]);
    expect([degreeOf(compact, 0), degreeOf(compact, 1), degreeOf(compact, 4)]).toEqual([1, 2, 1]);
    expect([...byActor(compact, (node) => compact.ids[node])]).toEqual([
      ['a', 'a'],
      ['b', 'b'],
      ['c', 'c'],
      ['d', 'd'],
      ['e', 'e'],
    ]);
  });

  it('lists each actor’s neighbours in the order graphology lists them, a link added later last', () => {
    const graph = withLinks(graphOf('a b c d', 'a-b a-d'), [{ from: 'c', to: 'a' }]);
    const compact = compactGraphOf(graph);
    expect(neighbourIds(compact, 'a')).toEqual(['b', 'd', 'c']);
    for (const id of graph.nodes()) expect(neighbourIds(compact, id)).toEqual(graph.neighbors(id));
  });

  it('is built once per graph, and again after the graph changes', () => {
    const graph: ActorGraph = graphOf('a:SZ b:EZ c', 'a-b');
    const first = compactGraphOf(graph);
    expect(compactGraphOf(graph)).toBe(first);

    graph.addEdge('b', 'c');
    const linked = compactGraphOf(graph);
    expect(linked).not.toBe(first);
    expect(neighbourIds(linked, 'b')).toEqual(['a', 'c']);
    expect(compactGraphOf(graph)).toBe(linked);

    graph.setNodeAttribute('c', 'domain', 'SZ');
    expect(compactGraphOf(graph).domains[compactGraphOf(graph).ids.indexOf('c')]).toBe('SZ');

    graph.dropNode('a');
    expect(compactGraphOf(graph).ids).toEqual(['b', 'c']);
  });

  it('of a scope with forums as ties is made by the projection, the same as one built from its graph', () => {
    const scoped = scopedGraph(generatedNetwork(400, 1_600, 1), DEFAULT_SCOPE);
    const projected = compactGraphOf(scoped.graph);
    expect(projected.order).toBe(scoped.graph.order);
    expect(projected.targets.length).toBe(2 * scoped.graph.size);
    expect(projected).toEqual(compactGraphOf(scoped.graph.copy()));
  });
});
