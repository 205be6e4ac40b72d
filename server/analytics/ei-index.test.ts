import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { graphOf } from '../../test/fixtures/small-graphs';
import { eiIndexOf, groupEiIndex, networkEiIndex } from './ei-index';

// Hand calculations of (E − I)/(E + I), Krackhardt & Stern (1988).

describe('networkEiIndex', () => {
  it('weighs links between domains against links within one', () => {
    // a(SZ)–b(EZ) between, b(EZ)–c(EZ) within: (1 − 1)/2 = 0.
    expect(networkEiIndex(graphOf('a:SZ b:EZ c:EZ', 'a-b b-c'))).toEqual({ external: 1, internal: 1, eiIndex: 0 });
    expect(networkEiIndex(graphOf('a:SZ b:SZ', 'a-b')).eiIndex).toBe(-1);
    expect(networkEiIndex(graphOf('a:SZ b:EZ', 'a-b')).eiIndex).toBe(1);
  });

  it('is −3/23 for the two-islands fixture', () => {
    // test/fixtures/two-islands.md: E = 10, I = 13.
    expect(networkEiIndex(toGraph(loadFixture('two-islands')))).toEqual({ external: 10, internal: 13, eiIndex: -3 / 23 });
  });

  it('is null without links', () => {
    expect(networkEiIndex(graphOf('a:SZ b:EZ')).eiIndex).toBeNull();
    expect(networkEiIndex(graphOf('')).eiIndex).toBeNull();
  });
});

describe('groupEiIndex', () => {
  it('counts links with one end inside as E and with both as I', () => {
    // Island 1 of two-islands: 6 links inside, 1 out: (1 − 6)/7.
    const graph = toGraph(loadFixture('two-islands'));
    expect(groupEiIndex(graph, new Set(['sz-a', 'sz-b', 'sz-c', 'sz-d']))).toEqual({ external: 1, internal: 6, eiIndex: -5 / 7 });
  });

  it('is null for an isolated actor on its own', () => {
    expect(groupEiIndex(graphOf('a b i', 'a-b'), new Set(['i'])).eiIndex).toBeNull();
  });
});

describe('eiIndexOf', () => {
  it('is (E − I)/(E + I), null for 0/0', () => {
    expect(eiIndexOf(3, 1)).toBe(0.5);
    expect(eiIndexOf(0, 0)).toBeNull();
  });
});
