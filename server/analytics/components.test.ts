import { describe, expect, it } from 'vitest';

import { graphOf } from '../../test/fixtures/small-graphs';
import { components } from './components';

describe('components', () => {
  it('lists components largest first, members in id order', () => {
    // Drawn: {x, p, q} linked q–x and p–q (3 actors), {r, s} (2), i alone.
    const result = components(graphOf('i r x p q s', 'q-x p-q r-s'));
    expect(result.components).toEqual([['p', 'q', 'x'], ['r', 's'], ['i']]);
    expect(Object.fromEntries(result.componentOf)).toEqual({ i: 2, r: 1, x: 0, p: 0, q: 0, s: 1 });
  });

  it('breaks ties by the id of the first member, whatever the input order', () => {
    // Two pairs of equal size: {a1, a2} comes first by id although c1 is listed first.
    expect(components(graphOf('c1 a1 a2 c2', 'a2-a1 c2-c1')).components).toEqual([['a1', 'a2'], ['c1', 'c2']]);
  });

  it('is empty for an empty network', () => {
    expect(components(graphOf('')).components).toEqual([]);
  });
});
