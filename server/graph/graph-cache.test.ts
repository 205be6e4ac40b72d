import { describe, expect, it } from 'vitest';

import { generatedNetwork } from '../../test/helpers/betweenness';
import { missingLinks } from '../analytics/missing-links';
import { regionFigures } from '../analytics/scorecard';
import { seededRng } from '../analytics/seeded-rng';
import type { Network } from '../model/network';
import { DEFAULT_SCOPE } from '../model/scope';
import { GraphSnapshot } from './graph-cache';

/** Region results as the API keeps them: the scorecard figures and the missing links. */
function regionResults(snapshot: GraphSnapshot, regions: readonly string[], computed: string[]): unknown[] {
  return regions.map((region) => [
    snapshot.rememberForRegion(region, 'scorecard', () => {
      computed.push(region);
      return regionFigures(snapshot.graph, region);
    }),
    snapshot.rememberForRegion(region, 'missingLinks', () => missingLinks(snapshot.graph, { region })),
  ]);
}

// Forums as nodes: with forums as ties, a national forum ties its members in many regions, so a
// change at one of them touches every region of its co-members.
const NODES = { ...DEFAULT_SCOPE, forums: 'nodes' } as const;

/** Fresh results of the same network, nothing taken over. */
const freshResults = (network: Network, regions: readonly string[]): unknown[] => regionResults(new GraphSnapshot(2, network, undefined, NODES), regions, []);

describe('GraphSnapshot region results', () => {
  const network = generatedNetwork(600, 1_800, 5);
  const regions = [...new Set(network.actors.flatMap((actor) => (actor.region === undefined ? [] : [actor.region])))].sort();
  const first = new GraphSnapshot(1, network, undefined, NODES);
  regionResults(first, regions, []);

  it('takes over the results of untouched regions and they equal a fresh computation', () => {
    const random = seededRng(7);
    const pick = (): string => network.actors[Math.floor(random() * network.actors.length)]?.id ?? '';
    // The changes an editor makes, ten of each: a link added, a link removed, an actor renamed.
    const changes = Array.from({ length: 10 }, (_, round): ((n: Network) => Network)[] => [
      (n) => ({ ...n, links: [...n.links, { from: pick(), to: pick(), type: 'samenwerking' }] }),
      (n) => ({ ...n, links: n.links.filter((_link, index) => index !== 17 + 97 * round) }),
      (n) => ({ ...n, actors: n.actors.map((actor) => (actor.id === n.actors[42 + 31 * round]?.id ? { ...actor, name: `${actor.name} (nieuw)` } : actor)) }),
    ]).flat();
    for (const change of changes) {
      const changed = change(network);
      const computed: string[] = [];
      const next = new GraphSnapshot(2, changed, first, NODES);
      expect(regionResults(next, regions, computed)).toEqual(freshResults(changed, regions));
      // A change within one region and its partners' regions leaves most of the 35 alone.
      expect(computed.length).toBeGreaterThan(0);
      expect(computed.length).toBeLessThan(regions.length / 2);
    }
  });

  it('computes everything again when the previous version has no region results', () => {
    const computed: string[] = [];
    regionResults(new GraphSnapshot(2, network, new GraphSnapshot(1, network, undefined, NODES), NODES), regions, computed);
    expect(computed).toEqual(regions);
  });
});
