/** Which view changes reach the reducers, and that hover is not one of them. */
import { describe, expect, it } from 'vitest';

import type { NetworkActor } from '../api/operations/network';
import { buildNetworkGraph, edgeKey } from '../state/network-graph';
import { withAt } from '../state/scope';
import { INITIAL_VIEW, withEmphasis, withHover, withRegionHover, withScope, withSelection, withSizeBy, type ViewState } from '../state/view-state';
import { networkActor, networkLink } from '../testing/network-records';
import { BACKGROUND, CAME_COLOUR, WENT_COLOUR } from './palette';
import { changesGraphView, createEdgeReducer, createNodeReducer, deriveHighlight, fadeBetween, shownLinks, type Fade } from './reducers';

const actor = (id: string): NetworkActor => networkActor(id, { domain: 'EZ', domains: ['EZ'] });

describe('changesGraphView', () => {
  it('ignores the pointer: hover and the regions map hover', () => {
    expect(changesGraphView(INITIAL_VIEW, INITIAL_VIEW)).toBe(false);
    expect(changesGraphView(INITIAL_VIEW, withHover(INITIAL_VIEW, 'a'))).toBe(false);
    expect(changesGraphView(INITIAL_VIEW, withRegionHover(withHover(INITIAL_VIEW, 'a'), 'r1'))).toBe(false);
  });

  it('reports everything else', () => {
    expect(changesGraphView(INITIAL_VIEW, withSelection(INITIAL_VIEW, 'a'))).toBe(true);
    expect(changesGraphView(INITIAL_VIEW, withSizeBy(INITIAL_VIEW, 'degree'))).toBe(true);
    expect(changesGraphView(withHover(INITIAL_VIEW, 'a'), withSelection(INITIAL_VIEW, 'a'))).toBe(true);
  });
});

describe('deriveHighlight', () => {
  const graph = buildNetworkGraph([actor('a'), actor('b'), actor('c')], [networkLink('a', 'b')], new Map());

  it('highlights the selection and its neighbours, whatever is hovered', () => {
    const selected = withSelection(INITIAL_VIEW, 'a');
    const highlight = deriveHighlight(graph, withHover(selected, 'c'));
    expect(highlight.active === null ? null : [...highlight.active].sort()).toEqual(['a', 'b']);
    expect(deriveHighlight(graph, withHover(INITIAL_VIEW, 'c')).active).toBeNull();
  });
});

describe('createEdgeReducer', () => {
  const graph = buildNetworkGraph([actor('a'), actor('b')], [networkLink('a', 'b')], new Map());
  const highlight = deriveHighlight(graph, INITIAL_VIEW);
  const [edge = ''] = graph.edges();

  it('draws links, and no edge while edges are to be hidden', () => {
    let hidden = false;
    const reducer = createEdgeReducer(graph, () => INITIAL_VIEW, () => highlight, () => hidden);
    expect(reducer(edge, graph.getEdgeAttributes(edge)).hidden).toBeFalsy();
    hidden = true;
    expect(reducer(edge, graph.getEdgeAttributes(edge)).hidden).toBe(true);
  });
});

describe('createNodeReducer', () => {
  const graph = buildNetworkGraph([actor('a'), networkActor('meeting', { type: 'overleg' })], [networkLink('a', 'meeting')], new Map());

  it('draws actors of a forum type as diamonds and the others round, also when faded', () => {
    const highlight = deriveHighlight(graph, INITIAL_VIEW, new Set(['overleg']));
    const reducer = createNodeReducer(() => INITIAL_VIEW, () => highlight);
    expect(reducer('meeting', graph.getNodeAttributes('meeting')).type).toBe('diamond');
    expect(reducer('a', graph.getNodeAttributes('a')).type).toBe('bordered');
    const faded = { ...highlight, active: new Set(['a']) };
    expect(createNodeReducer(() => INITIAL_VIEW, () => faded)('meeting', graph.getNodeAttributes('meeting')).type).toBe('diamond');
  });
});

describe('a day on the timeline', () => {
  // old: until 2019; new: from 2020; keep: undated. old–keep linked until 2019, keep–new from 2020.
  const graph = buildNetworkGraph(
    [actor('old'), actor('new'), actor('keep')].map((record) => ({ ...record, since: record.id === 'new' ? '2020' : null, until: record.id === 'old' ? '2019' : null })),
    [networkLink('old', 'keep', { until: '2019' }), networkLink('keep', 'new', { since: '2020' })],
  );
  const on = (day: string | null): ViewState => withScope(INITIAL_VIEW, withAt(INITIAL_VIEW.scope, day));

  it('shows only what is present then, and everything with no day', () => {
    expect([...deriveHighlight(graph, on('2019-06-30')).visible].sort()).toEqual(['keep', 'old']);
    expect([...shownLinks(graph, deriveHighlight(graph, on('2019-06-30')))]).toEqual([edgeKey('keep', 'old')]);
    expect([...deriveHighlight(graph, on('2021-01-31')).visible].sort()).toEqual(['keep', 'new']);
    expect(deriveHighlight(graph, on(null)).visible.size).toBe(3);
    expect(shownLinks(graph, deriveHighlight(graph, on(null))).size).toBe(2);
  });

  it('fades what a move brings in and takes out, and keeps the rest as it was', () => {
    const before = deriveHighlight(graph, on('2019-06-30'));
    const after = deriveHighlight(graph, on('2021-01-31'));
    const changes = fadeBetween(graph, before, after);
    expect([[...changes.nodesIn], [...changes.nodesOut], [...changes.edgesIn], [...changes.edgesOut]]).toEqual([['new'], ['old'], [edgeKey('keep', 'new')], [edgeKey('keep', 'old')]]);
    let fade: Fade | null = { ...changes, progress: 0.25 };
    const nodes = createNodeReducer(() => on('2021-01-31'), () => after, () => fade);
    const edges = createEdgeReducer(graph, () => on('2021-01-31'), () => after, () => false, () => fade);
    const plain = createNodeReducer(() => on('2021-01-31'), () => after);
    // Going out: still drawn, most of the way to its colour; coming in: mostly background; staying: untouched.
    const going = nodes('old', graph.getNodeAttributes('old'));
    const coming = nodes('new', graph.getNodeAttributes('new'));
    expect(going.hidden).toBe(false);
    expect(coming.hidden).toBe(false);
    expect(going.color).not.toBe(plain('old', graph.getNodeAttributes('old')).color);
    expect(going.color).not.toBe(coming.color);
    expect(coming.label).toBeNull();
    expect(nodes('keep', graph.getNodeAttributes('keep'))).toEqual(plain('keep', graph.getNodeAttributes('keep')));
    expect(edges(edgeKey('keep', 'old'), graph.getEdgeAttributes(edgeKey('keep', 'old'))).hidden).toBe(false);
    // Still in place at nothing (sigma repaints only what it holds), then gone when the fade ends.
    fade = { ...changes, progress: 1 };
    expect(nodes('old', graph.getNodeAttributes('old'))).toMatchObject({ hidden: false, color: BACKGROUND });
    fade = null;
    expect(nodes('old', graph.getNodeAttributes('old')).hidden).toBe(true);
    expect(edges(edgeKey('keep', 'old'), graph.getEdgeAttributes(edgeKey('keep', 'old'))).hidden).toBe(true);
    expect(nodes('new', graph.getNodeAttributes('new'))).toEqual(plain('new', graph.getNodeAttributes('new')));
  });

  it('marks what came and what went, by colour and by a sign and a dash', () => {
    const changes = { cameNodes: new Set(['new']), wentNodes: new Set(['old']), cameEdges: new Set([edgeKey('keep', 'new')]), wentEdges: new Set([edgeKey('keep', 'old')]) };
    const view = withEmphasis(INITIAL_VIEW, { nodes: ['new', 'old'], edges: [...changes.cameEdges, ...changes.wentEdges], primary: [], changes });
    const highlight = deriveHighlight(graph, view);
    const nodes = createNodeReducer(() => view, () => highlight);
    const edges = createEdgeReducer(graph, () => view, () => highlight, () => false);
    expect(nodes('new', graph.getNodeAttributes('new'))).toMatchObject({ ringColor: CAME_COLOUR, label: '+ new', forceLabel: true });
    expect(nodes('old', graph.getNodeAttributes('old'))).toMatchObject({ ringColor: WENT_COLOUR, label: '− old', forceLabel: true });
    expect(nodes('keep', graph.getNodeAttributes('keep')).ringColor).not.toMatch(new RegExp(`${CAME_COLOUR}|${WENT_COLOUR}`));
    expect(edges(edgeKey('keep', 'new'), graph.getEdgeAttributes(edgeKey('keep', 'new')))).toMatchObject({ type: 'line', color: CAME_COLOUR });
    expect(edges(edgeKey('keep', 'old'), graph.getEdgeAttributes(edgeKey('keep', 'old')))).toMatchObject({ type: 'dashed', color: WENT_COLOUR });
  });
});
