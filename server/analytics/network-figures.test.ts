import { describe, expect, it } from 'vitest';

import { graphOf } from '../../test/fixtures/small-graphs';
import { networkFigures } from './network-figures';

describe('networkFigures', () => {
  it('counts actors, links, components, E–I, SZ–EZ reach and islands', () => {
    // s(SZ)–t(EZ) and an isolated o: 2 components; E = 1, I = 0 → 1; the one pair is linked.
    expect(networkFigures(graphOf('s:SZ t:EZ o', 's-t'))).toEqual({
      actors: 3, links: 1, components: 2, eiIndex: 1, szEzWithinTwoSteps: 1, islands: 0,
    });
  });

  it('has nulls where a figure is 0/0', () => {
    expect(networkFigures(graphOf(''))).toEqual({
      actors: 0, links: 0, components: 0, eiIndex: null, szEzWithinTwoSteps: null, islands: 0,
    });
  });
});
