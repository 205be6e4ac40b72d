import { describe, expect, it } from 'vitest';

import { graphOf } from '../../test/fixtures/small-graphs';
import { constraint, effectiveSize } from './structural-holes';

// Borgatti's example network (Borgatti, S. P. (1997). Structural holes: unpacking Burt's
// redundancy measures. Connections 20(1), 35–38), as used in the NetworkX test suite
// (test_structuralholes.py, values computed with UCINET and igraph and checked by hand there).
const BORGATTI = graphOf('A B C D E F G', 'A-B A-F A-G A-E E-G F-G B-G B-D D-G G-C');

describe('constraint', () => {
  it("reproduces the published values for Borgatti's example", () => {
    // NetworkX test_constraint_undirected: G 0.400, A 0.595, C 1 (3 decimals).
    const scores = constraint(BORGATTI);
    expect(scores.get('G')).toBeCloseTo(0.4, 3);
    expect(scores.get('A')).toBeCloseTo(0.595, 3);
    expect(scores.get('C')).toBeCloseTo(1, 3);
  });

  it('is 1/k for the centre of a star and 1 for its leaves', () => {
    // Centre: k partners, p = 1/k each, no shared partners: k · (1/k)² = 1/k. Leaf: (1/1)² = 1.
    const scores = constraint(graphOf('c x y z', 'c-x c-y c-z'));
    expect(scores.get('c')).toBeCloseTo(1 / 3, 12);
    expect(scores.get('x')).toBe(1);
  });

  it('adds the indirect share through a shared partner', () => {
    // Triangle: p = 1/2, indirect via the third actor 1/2 · 1/2 = 1/4, so 2 · (3/4)² = 9/8.
    for (const value of constraint(graphOf('a b c', 'a-b b-c a-c')).values()) expect(value).toBe(1.125);
  });

  it('is null for an isolated actor, as NetworkX gives NaN', () => {
    expect(constraint(graphOf('a b i', 'a-b')).get('i')).toBeNull();
    expect(constraint(graphOf('')).size).toBe(0);
  });
});

describe('effectiveSize', () => {
  it("reproduces the published values for Borgatti's example", () => {
    // NetworkX test_effective_size_undirected_borgatti: G 4.67, A 2.50, C 1 (2 decimals).
    const sizes = effectiveSize(BORGATTI);
    expect(sizes.get('G')).toBeCloseTo(4.67, 2);
    expect(sizes.get('A')).toBeCloseTo(2.5, 2);
    expect(sizes.get('C')).toBeCloseTo(1, 2);
  });

  it('is n − 2t/n', () => {
    // Star centre: 3 partners, no links among them: 3. Triangle: n = 2, t = 1: 2 − 1 = 1.
    expect(effectiveSize(graphOf('c x y z', 'c-x c-y c-z')).get('c')).toBe(3);
    expect(effectiveSize(graphOf('a b c', 'a-b b-c a-c')).get('a')).toBe(1);
  });

  it('is null for an isolated actor, as NetworkX gives NaN', () => {
    expect(effectiveSize(graphOf('a b i', 'a-b')).get('i')).toBeNull();
  });
});
