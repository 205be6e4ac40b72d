import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { graphOf } from '../../test/fixtures/small-graphs';
import { missingLinks } from './missing-links';

describe('missingLinks', () => {
  it('reproduces the NetworkX documentation example of the Adamic–Adar index', () => {
    // NetworkX docs, adamic_adar_index: in complete_graph(5) the pair (0, 1) scores 2.16404256
    // (three common neighbours of degree 4: 3/ln 4). Leaving out the link 0–1 keeps the common
    // neighbours and their degrees, so the missing SZ–EZ pair n0 → n1 scores the same.
    const k5 = graphOf('n0:SZ n1:EZ n2 n3 n4', 'n0-n2 n0-n3 n0-n4 n1-n2 n1-n3 n1-n4 n2-n3 n2-n4 n3-n4');
    const [only, ...rest] = missingLinks(k5);
    expect(rest).toEqual([]);
    expect(only?.from).toBe('n0');
    expect(only?.to).toBe('n1');
    expect(only?.score).toBeCloseTo(2.16404256, 8);
    expect(only?.sharedPartners).toEqual(['n2', 'n3', 'n4']);
  });

  it('ranks by score, ties by from id then to id', () => {
    // test/fixtures/two-islands.md: five pairs, each with one shared partner of degree 4.
    const links = missingLinks(toGraph(loadFixture('two-islands')));
    const score = 1 / Math.log(4);
    expect(links).toEqual([
      { from: 'm-sz1', to: 'm-ez3', score, sharedPartners: ['m-ez2'] },
      { from: 'm-sz2', to: 'm-ez3', score, sharedPartners: ['m-ez2'] },
      { from: 'm-sz3', to: 'm-ez2', score, sharedPartners: ['m-ez3'] },
      { from: 'sz-a', to: 'm-ez1', score, sharedPartners: ['m-sz1'] },
      { from: 'sz-a', to: 'm-ez2', score, sharedPartners: ['m-sz1'] },
    ]);
  });

  it('puts a pair with more telling partners first', () => {
    // s–a–t with a of degree 2 scores 1/ln 2; s–b–u with b of degree 3 (b–x) scores 1/ln 3.
    const links = missingLinks(graphOf('u:EZ s:SZ t:EZ a b x', 's-a a-t s-b b-u b-x'));
    expect(links.map((link) => [link.to, link.score])).toEqual([
      ['t', 1 / Math.log(2)],
      ['u', 1 / Math.log(3)],
    ]);
  });

  it('gives tied partner degrees exactly the same score, whatever their order', () => {
    // s shares p (degree 3) and q (degree 2) with t, and q' (degree 2) and p' (degree 3) with u.
    const graph = graphOf("s:SZ t:EZ u:EZ p q q2 p2 x y", 's-p s-q p-t q-t p-x s-q2 s-p2 q2-u p2-u p2-y');
    const [first, second] = missingLinks(graph);
    expect(first?.score).toBe(second?.score);
    expect([first?.to, second?.to]).toEqual(['t', 'u']);
  });

  it('leaves out linked pairs, pairs without a shared partner, and non SZ–EZ pairs', () => {
    // s–t linked: out. s2 and far share nobody: out. s–far share o, s2–t share s (both of
    // degree 3, a tie, so by from id). Pairs of two SZ or two EZ actors never count.
    const graph = graphOf('s:SZ t:EZ far:EZ o s2:SZ', 's-t t-o o-far s-o s2-s');
    expect(missingLinks(graph).map((link) => `${link.from}-${link.to}`)).toEqual(['s-far', 's2-t']);
    expect(missingLinks(graphOf('a:SZ b:SZ c', 'a-c c-b'))).toEqual([]);
    expect(missingLinks(graphOf('a:EZ b:EZ c', 'a-c c-b'))).toEqual([]);
    expect(missingLinks(graphOf(''))).toEqual([]);
    expect(missingLinks(graphOf('s:SZ t:EZ i'))).toEqual([]);
  });

  it('keeps only pairs inside one region when asked; the partner may be anywhere', () => {
    const graph = graphOf('s:SZ@r1 t:EZ@r1 u:EZ@r2 z', 's-z z-t z-u');
    expect(missingLinks(graph).map((link) => link.to)).toEqual(['t', 'u']);
    expect(missingLinks(graph, { region: 'r1' }).map((link) => link.to)).toEqual(['t']);
    expect(missingLinks(graph, { region: 'r3' })).toEqual([]);
  });
});
