import { describe, expect, it } from 'vitest';

import { networkOf } from '../../test/fixtures/small-graphs';
import type { Network } from '../model/network';
import { toGraph } from './to-graphology';
import { touchedRegions, type NetworkVersion } from './touched-regions';

const versionOf = (network: Network): NetworkVersion => {
  const actors = new Map(network.actors.map((actor) => [actor.id, actor]));
  return { actor: (id) => actors.get(id), graph: toGraph(network) };
};

// Regions A, B and C; n is a national actor (no region) between a1 and c1:
//   a1 – a2 – b1 – b2      c1 – c2      a1 – n – c1
const ACTORS = 'a1@A a2@A b1@B b2@B c1@C c2@C n';
const LINKS = 'a1-a2 a2-b1 b1-b2 c1-c2 a1-n n-c1';
const before = versionOf(networkOf(ACTORS, LINKS));
const touched = (actors: string, links: string): string[] => [...touchedRegions(before, versionOf(networkOf(actors, links)))].sort();

describe('touchedRegions', () => {
  it('is empty when nothing changed', () => {
    expect(touched(ACTORS, LINKS)).toEqual([]);
  });

  it('is the region of an actor whose fields changed, and its partners’ regions', () => {
    const renamed = networkOf(ACTORS, LINKS);
    const after = { ...renamed, actors: renamed.actors.map((actor) => (actor.id === 'c2' ? { ...actor, name: 'C twee' } : actor)) };
    // c2's partner c1 is in C too.
    expect([...touchedRegions(before, versionOf(after))]).toEqual(['C']);
  });

  it('covers both ends of a removed link and their partners', () => {
    // a2 (A) and b1 (B) lose each other; their other partners are a1 (A) and b2 (B).
    expect(touched(ACTORS, 'a1-a2 b1-b2 c1-c2 a1-n n-c1')).toEqual(['A', 'B']);
  });

  it('reaches the regions on both sides of a national actor', () => {
    // A new link at n: n has no region, its partners a1 (A), c1 (C) and the new b2 (B) do.
    expect(touched(ACTORS, `${LINKS} n-b2`)).toEqual(['A', 'B', 'C']);
  });

  it('counts an added and a removed actor', () => {
    // b3 is new in B and linked to b2; c2 is gone, which changes c1 (C).
    expect(touched('a1@A a2@A b1@B b2@B b3@B c1@C n', 'a1-a2 a2-b1 b1-b2 a1-n n-c1 b2-b3')).toEqual(['B', 'C']);
  });
});
