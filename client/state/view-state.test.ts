/** View producers: modes bring their own colouring, selection opens the actor panel, filters decide visibility. */
import { describe, expect, it } from 'vitest';

import { createStore, watch } from './store';
import {
  INITIAL_VIEW,
  passesFilters,
  withDomainToggled,
  withEmphasis,
  withMode,
  withRegion,
  withRegionHover,
  withRegionOverview,
  withSelection,
  showsRegionOverview,
  withTypeToggled,
} from './view-state';

const werkgever = { actorType: 'werkgever', domain: 'EZ' as const, region: 'twente', illustrative: false };

describe('view producers', () => {
  it('the regions mode opens on the regions map; choosing a region drills down, and back', () => {
    const overview = withRegionHover(withMode(INITIAL_VIEW, 'regios'), 'twente');
    expect(showsRegionOverview(overview)).toBe(true);
    const drilled = withRegion(overview, 'twente');
    expect(showsRegionOverview(drilled)).toBe(false);
    expect(drilled).toMatchObject({ mode: 'regios', regionHover: null, filters: { region: 'twente' } });
    const back = withRegionOverview(withSelection(drilled, 'leiden-wi'));
    expect(showsRegionOverview(back)).toBe(true);
    expect(back).toMatchObject({ selection: null, side: 'mode', filters: { region: null } });
    // With a region already chosen the mode opens on its actors; other modes never show the map.
    expect(showsRegionOverview(withMode(drilled, 'regios'))).toBe(false);
    expect(showsRegionOverview(withMode(back, 'netwerk'))).toBe(false);
  });

  it('a mode sets its colouring and suggestions and clears the old emphasis', () => {
    const emphasised = withEmphasis(INITIAL_VIEW, { nodes: ['a'], edges: [], primary: [] });
    const islands = withMode(emphasised, 'eilanden');
    expect(islands).toMatchObject({ mode: 'eilanden', colourBy: 'community', showSuggestions: false, emphasis: null, side: 'mode' });
    expect(withMode(islands, 'ontbrekend')).toMatchObject({ colourBy: 'type', showSuggestions: true });
  });

  it('selecting opens the actor panel; clearing goes back to the mode', () => {
    const selected = withSelection(INITIAL_VIEW, 'leiden-wi');
    expect(selected).toMatchObject({ selection: 'leiden-wi', side: 'actor' });
    expect(withSelection(selected, null)).toMatchObject({ selection: null, side: 'mode' });
  });

  it('does not touch the view when the region stays the same', () => {
    expect(withRegion(INITIAL_VIEW, null)).toBe(INITIAL_VIEW);
  });
});

describe('passesFilters', () => {
  it('follows type, domain, region and the illustrative switch', () => {
    const { filters } = INITIAL_VIEW;
    expect(passesFilters(filters, werkgever)).toBe(true);
    expect(passesFilters(withTypeToggled(INITIAL_VIEW, 'werkgever').filters, werkgever)).toBe(false);
    expect(passesFilters(withDomainToggled(INITIAL_VIEW, 'EZ').filters, werkgever)).toBe(false);
    expect(passesFilters(withRegion(INITIAL_VIEW, 'holland-rijnland').filters, werkgever)).toBe(false);
    expect(passesFilters({ ...filters, showIllustrative: false }, { ...werkgever, illustrative: true })).toBe(false);
  });
});

describe('store', () => {
  it('delivers a change made inside a listener after the current round, in order', () => {
    const store = createStore({ n: 0 });
    const seen: string[] = [];
    store.subscribe((state) => {
      seen.push(`a${String(state.n)}`);
      if (state.n === 1) store.set({ n: 2 });
    });
    store.subscribe((state, previous) => seen.push(`b${String(previous.n)}→${String(state.n)}`));
    store.set({ n: 1 });
    expect(seen).toEqual(['a1', 'b0→1', 'a2', 'b1→2']);
  });

  it('watch reacts to its slice only', () => {
    const store = createStore({ a: 1, b: 1 });
    const calls: number[] = [];
    watch(store, (state) => state.a, (value) => calls.push(value));
    store.set({ a: 1, b: 2 });
    store.set({ a: 3, b: 2 });
    expect(calls).toEqual([3]);
  });
});
