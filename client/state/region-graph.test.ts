import { describe, expect, it } from 'vitest';

import { aggregateRegions, regionOverviewOf, type RegionActor } from './region-graph';
import { buildNetworkGraph, setSuggestedLinks } from './network-graph';
import type { NetworkActor } from '../api/operations/network';

const REGIONS = [
  { id: 'a', name: 'Regio A' },
  { id: 'b', name: 'Regio B' },
  { id: 'c', name: 'Regio C' },
  { id: 'd', name: 'Regio D' },
];

// A: a1 (SZ), a2 (EZ), a3 (SZ); B: b1 (EZ), b2 (ONDERWIJS); C: c1 (OVERIG); D: none;
// n1 national (SZ); x1 in a region the reference data does not know.
const ACTORS: RegionActor[] = [
  { id: 'a1', region: 'a', domain: 'SZ' },
  { id: 'a2', region: 'a', domain: 'EZ' },
  { id: 'a3', region: 'a', domain: 'SZ' },
  { id: 'b1', region: 'b', domain: 'EZ' },
  { id: 'b2', region: 'b', domain: 'ONDERWIJS' },
  { id: 'c1', region: 'c', domain: 'OVERIG' },
  { id: 'n1', region: null, domain: 'SZ' },
  { id: 'x1', region: 'zz', domain: 'EZ' },
];

const PAIRS = [
  // inside A: 2; inside B: 1
  { from: 'a1', to: 'a2' },
  { from: 'a2', to: 'a3' },
  { from: 'b1', to: 'b2' },
  // A–B: 3 (either direction), B–C: 1
  { from: 'a1', to: 'b1' },
  { from: 'b2', to: 'a3' },
  { from: 'a2', to: 'b2' },
  { from: 'c1', to: 'b1' },
  // not counted: national, unknown region, unknown actor, self-link
  { from: 'n1', to: 'a1' },
  { from: 'x1', to: 'c1' },
  { from: 'ghost', to: 'a1' },
  { from: 'a1', to: 'a1' },
];

describe('aggregateRegions', () => {
  const overview = aggregateRegions(REGIONS, ACTORS, PAIRS);

  it('counts actors per region and per domain, every region listed in reference order', () => {
    expect(overview.regions.map((region) => [region.id, region.actors])).toEqual([
      ['a', 3],
      ['b', 2],
      ['c', 1],
      ['d', 0],
    ]);
    expect(overview.regions[0]?.actorsPerDomain).toEqual({ SZ: 2, EZ: 1, ONDERWIJS: 0, OVERIG: 0 });
    expect(overview.regions[1]?.actorsPerDomain).toEqual({ SZ: 0, EZ: 1, ONDERWIJS: 1, OVERIG: 0 });
    expect(overview.regions[3]?.actorsPerDomain).toEqual({ SZ: 0, EZ: 0, ONDERWIJS: 0, OVERIG: 0 });
    expect(overview.regions[0]?.name).toBe('Regio A');
  });

  it('counts links inside a region and links leaving it', () => {
    expect(overview.regions.map((region) => [region.id, region.internalLinks, region.externalLinks])).toEqual([
      ['a', 2, 3],
      ['b', 1, 4],
      ['c', 0, 1],
      ['d', 0, 0],
    ]);
  });

  it('aggregates links between regions into one weighted, sorted edge per pair', () => {
    expect(overview.links).toEqual([
      { from: 'a', to: 'b', weight: 3 },
      { from: 'b', to: 'c', weight: 1 },
    ]);
  });

  it('leaves national actors and unknown regions out, and says how many', () => {
    expect(overview.nationalActors).toBe(1);
    expect(overview.unknownRegionActors).toBe(1);
  });

  it('gives an empty overview for no actors', () => {
    const empty = aggregateRegions(REGIONS, [], []);
    expect(empty.links).toEqual([]);
    expect(empty.regions.every((region) => region.actors === 0 && region.internalLinks === 0)).toBe(true);
  });
});

describe('regionOverviewOf', () => {
  const actor = (id: string, region: string | null): NetworkActor => ({
    id,
    name: id,
    type: 'gemeente',
    domain: 'SZ',
    domains: ['SZ'],
    region: region === null ? null : { id: region },
    gemeente: null,
    illustrative: false,
    unconfirmed: false,
    since: null,
    until: null,
    links: [],
  });
  const link = (from: string, to: string, type: string) => ({ from: { id: from }, to: { id: to }, type, illustrative: false, unconfirmed: false, since: null, until: null });

  it('reads the graph: one link per actor pair, suggestions not counted', () => {
    const graph = buildNetworkGraph(
      [actor('a1', 'a'), actor('a2', 'a'), actor('b1', 'b')],
      // Two link types between a1 and a2 are one edge of the simple graph.
      [link('a1', 'a2', 'samenwerking'), link('a2', 'a1', 'financiering'), link('a1', 'b1', 'samenwerking')],
    );
    setSuggestedLinks(graph, [{ from: 'a2', to: 'b1', score: 1 }]);
    const overview = regionOverviewOf(graph, REGIONS);
    expect(overview.regions[0]?.internalLinks).toBe(1);
    expect(overview.links).toEqual([{ from: 'a', to: 'b', weight: 1 }]);
  });

  it('counts only what is present on the timeline\'s day', () => {
    const graph = buildNetworkGraph(
      [actor('a1', 'a'), { ...actor('a2', 'a'), since: '2021' }, actor('b1', 'b')],
      [link('a1', 'a2', 'samenwerking'), { ...link('a1', 'b1', 'samenwerking'), since: '2020-06' }],
    );
    const in2019 = regionOverviewOf(graph, REGIONS, '2019-12-31');
    expect(in2019.regions[0]).toMatchObject({ actors: 1, internalLinks: 0, externalLinks: 0 });
    expect(in2019.links).toEqual([]);
    const in2020 = regionOverviewOf(graph, REGIONS, '2020-12-31');
    expect(in2020.regions[0]).toMatchObject({ actors: 1, internalLinks: 0, externalLinks: 1 });
    expect(regionOverviewOf(graph, REGIONS, '2021-01-01').regions[0]).toMatchObject({ actors: 2, internalLinks: 1, externalLinks: 1 });
  });
});
