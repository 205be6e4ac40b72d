/** Which view changes reach the reducers, and that hover is not one of them. */
import { describe, expect, it } from 'vitest';

import type { NetworkActor } from '../api/operations/network';
import { buildNetworkGraph } from '../state/network-graph';
import { INITIAL_VIEW, withHover, withRegionHover, withSelection, withSizeBy } from '../state/view-state';
import { networkActor, networkLink } from '../testing/network-records';
import { changesGraphView, createEdgeReducer, createNodeReducer, deriveHighlight } from './reducers';

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
