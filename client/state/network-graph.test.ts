/** The API's network as a graph: one edge per pair, positions, measures, suggestions, syncing after an edit. */
import { describe, expect, it } from 'vitest';

import type { Measures } from '../api/operations/analytics';
import type { NetworkActor, NetworkLink } from '../api/operations/network';
import {
  applyMeasures,
  buildNetworkGraph,
  edgeKey,
  NODE_SIZE,
  pathEdgeKeys,
  setSuggestedLinks,
  shortLabel,
  syncNetworkGraph,
} from './network-graph';

const actor = (id: string, domain: NetworkActor['domain'] = 'SZ', region: string | null = 'holland-rijnland'): NetworkActor => ({
  id,
  name: `Actor ${id}`,
  type: 'gemeente',
  domain,
  domains: [domain],
  region: region === null ? null : { id: region },
  gemeente: null,
  illustrative: false,
  unconfirmed: false,
  since: null,
  until: null,
  links: [],
});

const link = (from: string, to: string, type = 'samenwerking', illustrative = false): NetworkLink => ({
  from: { id: from },
  to: { id: to },
  type,
  illustrative,
  unconfirmed: false,
  since: null,
  until: null,
});

const measures = (degree: number, betweenness: number): Measures => ({
  degree,
  betweenness,
  szEzBridging: 0,
  bridging: 0,
  brokerage: { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 },
  constraint: null,
  effectiveSize: null,
  component: 0,
  community: 0,
});

describe('buildNetworkGraph', () => {
  it('keeps one edge per actor pair, whatever the number, type or direction of links', () => {
    const graph = buildNetworkGraph([actor('a'), actor('b'), actor('c', 'EZ')], [link('a', 'b'), link('b', 'a', 'financiering'), link('b', 'c', 'advies', true)]);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttribute(edgeKey('a', 'b'), 'linkTypes')).toEqual(['financiering', 'samenwerking']);
    expect(graph.getEdgeAttribute(edgeKey('c', 'b'), 'illustrative')).toBe(true);
    expect(graph.getNodeAttribute('b', 'degree')).toBe(2);
  });

  it('gives every actor a distinct start position, not all at the origin', () => {
    const actors = ['a', 'b', 'c', 'd', 'e'].map((id, index) => actor(id, 'SZ', index % 2 === 0 ? null : 'twente'));
    const graph = buildNetworkGraph(actors, []);
    const points = graph.mapNodes((_node, attributes) => `${attributes.x.toFixed(3)},${attributes.y.toFixed(3)}`);
    expect(new Set(points).size).toBe(5);
    expect(points.every((point) => point !== '0.000,0.000')).toBe(true);
  });

  it('uses kept positions when it has them', () => {
    const graph = buildNetworkGraph([actor('a')], [], new Map([['a', { x: 7, y: -3 }]]));
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 7, y: -3 });
  });

  it('skips self links and links to unknown actors', () => {
    const graph = buildNetworkGraph([actor('a'), actor('b')], [link('a', 'a'), link('a', 'zzz'), link('a', 'b')]);
    expect(graph.size).toBe(1);
  });
});

describe('applyMeasures', () => {
  it('sizes nodes by the square root of degree and betweenness, between the bounds', () => {
    const graph = buildNetworkGraph([actor('a'), actor('b'), actor('c')], [link('a', 'b'), link('b', 'c')]);
    applyMeasures(graph, new Map([['a', measures(1, 0)], ['b', measures(2, 1)], ['c', measures(1, 0)]]));
    expect(graph.getNodeAttribute('b', 'sizeByBetweenness')).toBe(NODE_SIZE.max);
    expect(graph.getNodeAttribute('a', 'sizeByBetweenness')).toBe(NODE_SIZE.min);
    expect(graph.getNodeAttribute('a', 'sizeByDegree')).toBeCloseTo(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(0.5));
  });

  it('clears the measures of a node a new scope leaves out (a forum when forums are ties)', () => {
    const graph = buildNetworkGraph([actor('a'), actor('forum'), actor('c')], [link('a', 'forum'), link('forum', 'c')]);
    applyMeasures(graph, new Map([['a', measures(1, 0)], ['forum', { ...measures(2, 1), community: 3 }], ['c', measures(1, 0)]]));
    expect(graph.getNodeAttribute('forum', 'sizeByBetweenness')).toBe(NODE_SIZE.max);
    applyMeasures(graph, new Map([['a', measures(1, 0.5)], ['c', measures(1, 0)]]));
    expect(graph.getNodeAttributes('forum')).toMatchObject({ betweenness: 0, community: null, component: null, sizeByBetweenness: NODE_SIZE.min });
    expect(graph.getNodeAttribute('a', 'sizeByBetweenness')).toBe(NODE_SIZE.max);
  });
});

describe('setSuggestedLinks', () => {
  it('adds suggestions as their own edges, never over an existing link, and replaces them as a whole', () => {
    const graph = buildNetworkGraph([actor('a'), actor('b'), actor('c', 'EZ')], [link('a', 'b')]);
    expect(setSuggestedLinks(graph, [{ from: 'a', to: 'c', score: 1.4 }, { from: 'a', to: 'b', score: 2 }])).toEqual([edgeKey('a', 'c')]);
    expect(graph.getEdgeAttribute(edgeKey('a', 'c'), 'kind')).toBe('suggested');
    expect(graph.getEdgeAttribute(edgeKey('a', 'b'), 'kind')).toBe('link');
    setSuggestedLinks(graph, []);
    expect(graph.hasEdge(edgeKey('a', 'c'))).toBe(false);
    expect(graph.size).toBe(1);
  });
});

describe('syncNetworkGraph', () => {
  it('adds a new actor next to its partners, turns an accepted suggestion into a link and keeps positions', () => {
    const graph = buildNetworkGraph([actor('a'), actor('b', 'EZ')], [], new Map([['a', { x: 10, y: 10 }], ['b', { x: 20, y: 10 }]]));
    setSuggestedLinks(graph, [{ from: 'a', to: 'b', score: 1 }]);
    const added = syncNetworkGraph(graph, [actor('a'), actor('b', 'EZ'), actor('n')], [link('a', 'b'), link('n', 'a')]);
    expect(added).toEqual(['n']);
    expect(graph.getEdgeAttribute(edgeKey('a', 'b'), 'kind')).toBe('link');
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 10, y: 10 });
    const n = graph.getNodeAttributes('n');
    expect(Math.hypot(n.x - 10, n.y - 10)).toBeLessThan(7);
  });

  it('puts a new actor without partners at the edge of the map, and next to its first partner once linked', () => {
    const kept = new Map([['a', { x: 0, y: 0 }], ['b', { x: 10, y: 0 }]]);
    const graph = buildNetworkGraph([actor('a'), actor('b')], [link('a', 'b')], kept);
    syncNetworkGraph(graph, [actor('a'), actor('b'), actor('n', 'EZ', null)], [link('a', 'b')]);
    const alone = graph.getNodeAttributes('n');
    expect(Math.hypot(alone.x - 5, alone.y)).toBeCloseTo(5.25);
    syncNetworkGraph(graph, [actor('a'), actor('b'), actor('n', 'EZ', null)], [link('a', 'b'), link('n', 'b')]);
    const linked = graph.getNodeAttributes('n');
    expect(Math.hypot(linked.x - 10, linked.y)).toBeCloseTo(6);
  });

  it('drops actors and links that are gone', () => {
    const graph = buildNetworkGraph([actor('a'), actor('b'), actor('c')], [link('a', 'b'), link('b', 'c')]);
    syncNetworkGraph(graph, [actor('a'), actor('b')], [link('a', 'b')]);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
  });
});

describe('helpers', () => {
  it('shortens long names on a word boundary', () => {
    expect(shortLabel('Wethoudersbijeenkomst Verbinding SZ–EZ (22-02-2023, Kasteel Woerden)')).toBe('Wethoudersbijeenkomst…');
    expect(shortLabel('MKB-Nederland')).toBe('MKB-Nederland');
  });

  it('turns shortest paths into the edge keys they use', () => {
    expect(pathEdgeKeys([['a', 'b', 'c'], ['a', 'd', 'c']]).sort()).toEqual([edgeKey('a', 'b'), edgeKey('b', 'c'), edgeKey('a', 'd'), edgeKey('d', 'c')].sort());
  });
});
