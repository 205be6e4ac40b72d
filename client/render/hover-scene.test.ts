/** What a hover shows: the node's visible neighbours over links, labels for the largest, suggestions only where shown. */
import { describe, expect, it } from 'vitest';

import type { NetworkActor } from '../api/operations/network';
import { buildNetworkGraph, setSuggestedLinks, type NetworkGraph } from '../state/network-graph';
import { INITIAL_VIEW, withHover, type ViewState } from '../state/view-state';
import { networkActor, networkLink } from '../testing/network-records';
import { hoverScene, LABELLED_NEIGHBOURS } from './hover-scene';
import { deriveHighlight } from './reducers';

const actor = (id: string, type = 'gemeente'): NetworkActor => networkActor(id, { name: `Actor ${id} with a long official name`, type });

/** A star: hub linked to n spokes whose sizes grow with their number, plus one actor linked to nobody. */
function star(spokes: number): NetworkGraph {
  const ids = Array.from({ length: spokes }, (_, index) => `s${String(index).padStart(3, '0')}`);
  const graph = buildNetworkGraph([actor('hub'), actor('alone', 'uwv'), ...ids.map((id) => actor(id))], ids.map((id) => networkLink('hub', id)), new Map());
  ids.forEach((id, index) => graph.setNodeAttribute(id, 'sizeByBetweenness', 4 + index));
  return graph;
}

const scene = (graph: NetworkGraph, view: ViewState, node: string | null) => hoverScene(graph, view, deriveHighlight(graph, view), node);

describe('hoverScene', () => {
  it('shows nothing without a hover, for an unknown node, or for a node the filters hide', () => {
    const graph = star(3);
    expect(scene(graph, INITIAL_VIEW, null)).toBeNull();
    expect(scene(graph, INITIAL_VIEW, 'nobody')).toBeNull();
    const noUwv = { ...INITIAL_VIEW, filters: { ...INITIAL_VIEW.filters, hiddenTypes: new Set(['uwv']) } };
    expect(scene(graph, noUwv, 'alone')).toBeNull();
  });

  it('gives the hovered node its full name and its neighbours over links, smallest first', () => {
    const graph = star(3);
    const shown = scene(graph, INITIAL_VIEW, 'hub');
    expect(shown?.hovered).toMatchObject({ id: 'hub', label: 'Actor hub with a long official name' });
    expect(shown?.neighbours.map((neighbour) => neighbour.id)).toEqual(['s000', 's001', 's002']);
    expect(shown?.neighbours.map((neighbour) => neighbour.label)).toEqual(graph.mapNodes((id, attributes) => (id.startsWith('s') ? attributes.label : null)).filter((label) => label !== null));
    expect(scene(graph, INITIAL_VIEW, 'alone')?.neighbours).toEqual([]);
  });

  it(`labels only the ${String(LABELLED_NEIGHBOURS)} largest neighbours`, () => {
    const graph = star(LABELLED_NEIGHBOURS + 5);
    const neighbours = scene(graph, INITIAL_VIEW, 'hub')?.neighbours ?? [];
    expect(neighbours).toHaveLength(LABELLED_NEIGHBOURS + 5);
    expect(neighbours.slice(0, 5).every((neighbour) => neighbour.label === null)).toBe(true);
    expect(neighbours.slice(5).every((neighbour) => neighbour.label !== null)).toBe(true);
  });

  it('leaves out neighbours the filters hide', () => {
    const graph = buildNetworkGraph([actor('a'), actor('b'), actor('c', 'uwv')], [networkLink('a', 'b'), networkLink('a', 'c')], new Map());
    const noUwv = { ...INITIAL_VIEW, filters: { ...INITIAL_VIEW.filters, hiddenTypes: new Set(['uwv']) } };
    expect(scene(graph, noUwv, 'a')?.neighbours.map((neighbour) => neighbour.id)).toEqual(['b']);
  });

  it('adds suggested partners only where the view shows suggestions, and never as neighbours', () => {
    const graph = star(2);
    setSuggestedLinks(graph, [{ from: 'hub', to: 'alone', score: 1 }]);
    expect(scene(graph, INITIAL_VIEW, 'hub')?.suggested).toEqual([]);
    const shown = scene(graph, { ...INITIAL_VIEW, showSuggestions: true }, 'hub');
    expect(shown?.suggested).toEqual(['alone']);
    expect(shown?.neighbours.map((neighbour) => neighbour.id)).toEqual(['s000', 's001']);
  });

  it('does not depend on the hover in the view (the reducers never see it)', () => {
    const graph = star(2);
    expect(scene(graph, withHover(INITIAL_VIEW, 's000'), 'hub')).toEqual(scene(graph, INITIAL_VIEW, 'hub'));
  });
});
