import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { graphOf } from '../../test/fixtures/small-graphs';
import { betweenness, degrees } from './centrality';

describe('degrees', () => {
  it('counts distinct neighbours, zero for an isolated actor', () => {
    // Hand count: a–b twice and b–a once are one neighbour; c has none.
    const degree = degrees(graphOf('a b c', 'a-b a-b b-a'));
    expect([...degree]).toEqual([['a', 1], ['b', 1], ['c', 0]]);
  });

  it("reproduces Padgett's Florentine marriage degrees", () => {
    // Hand count from the marriage ties (Breiger & Pattison 1986 data, as in the fixture): the
    // Medici married into Acciaiuoli, Albizzi, Barbadori, Ridolfi, Salviati and Tornabuoni (6);
    // Strozzi into Bischeri, Castellani, Peruzzi, Ridolfi (4); Guadagni into Albizzi, Bischeri,
    // Lamberteschi, Tornabuoni (4).
    const degree = degrees(toGraph(loadFixture('florentine')));
    expect(degree.get('medici')).toBe(6);
    expect(degree.get('strozzi')).toBe(4);
    expect(degree.get('guadagni')).toBe(4);
  });
});

describe('betweenness (normalised as NetworkX normalized=True)', () => {
  it("reproduces the Krackhardt kite's published values", () => {
    // Expected: NetworkX test suite, test_betweenness_centrality.py,
    // test_krackhardt_kite_graph_normalized (3 decimals); Krackhardt (1990) names Heather the broker.
    const expected = {
      andre: 0.023, beverly: 0.023, carol: 0, diane: 0.102, ed: 0,
      fernando: 0.231, garth: 0.231, heather: 0.389, ike: 0.222, jane: 0,
    };
    const scores = betweenness(toGraph(loadFixture('kite')));
    for (const [id, value] of Object.entries(expected)) expect(scores.get(id)).toBeCloseTo(value, 3);
  });

  it("reproduces the Florentine families' published values", () => {
    // Expected: NetworkX test suite, test_betweenness_centrality.py, test_florentine_families_graph.
    const expected = {
      acciaiuoli: 0, albizzi: 0.212, barbadori: 0.093, bischeri: 0.104, castellani: 0.055,
      ginori: 0, guadagni: 0.255, lamberteschi: 0, medici: 0.522, pazzi: 0,
      peruzzi: 0.022, ridolfi: 0.114, salviati: 0.143, strozzi: 0.103, tornabuoni: 0.092,
    };
    const scores = betweenness(toGraph(loadFixture('florentine')));
    for (const [id, value] of Object.entries(expected)) expect(scores.get(id)).toBeCloseTo(value, 3);
  });

  it('divides by (n−1)(n−2)/2 on a path', () => {
    // a–b–c–d: b lies on a–c and a–d, c on a–d and b–d: 2 pairs each, of (3·2)/2 = 3.
    expect([...betweenness(graphOf('a b c d', 'a-b b-c c-d'))]).toEqual([
      ['a', 0], ['b', 2 / 3], ['c', 2 / 3], ['d', 0],
    ]);
  });

  it('splits a pair between tied shortest paths', () => {
    // Square a–b–c–d–a: the pair b, d has two shortest paths, via a and via c, so a gets 1/2
    // of one pair, normalised by 3: 1/6; by symmetry every actor scores 1/6.
    const scores = betweenness(graphOf('a b c d', 'a-b b-c c-d d-a'));
    for (const value of scores.values()) expect(value).toBeCloseTo(1 / 6, 12);
  });

  it('counts an isolated actor in n', () => {
    // a–b–c plus isolated e: n = 4, b on one pair, 1/3.
    const scores = betweenness(graphOf('a b c e', 'a-b b-c'));
    expect(scores.get('b')).toBeCloseTo(1 / 3, 12);
    expect(scores.get('e')).toBe(0);
  });

  it('is 0 for fewer than three actors and empty for no actors', () => {
    expect([...betweenness(graphOf('a b', 'a-b'))]).toEqual([['a', 0], ['b', 0]]);
    expect([...betweenness(graphOf('a'))]).toEqual([['a', 0]]);
    expect(betweenness(graphOf('')).size).toBe(0);
  });
});
