import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { graphOf } from '../../test/fixtures/small-graphs';
import { szEzWithinTwoSteps } from './sz-ez-reach';

describe('szEzWithinTwoSteps', () => {
  it('counts linked pairs and pairs with a shared partner', () => {
    // s1–t1 linked, s1–x–t2 two steps, s2 isolated: 2 of 4 pairs.
    expect(szEzWithinTwoSteps(graphOf('s1:SZ s2:SZ t1:EZ t2:EZ x', 's1-t1 s1-x x-t2'))).toBe(0.5);
    // Three steps is too far: s–a–b–t.
    expect(szEzWithinTwoSteps(graphOf('s:SZ a b t:EZ', 's-a a-b b-t'))).toBe(0);
  });

  it('is 10/42 for the two-islands fixture', () => {
    // 7 SZ × 6 EZ = 42 pairs. Within two steps: m-sz1 and m-sz2 reach m-ez1, m-ez2 (linked) and
    // m-ez3 (via m-ez2): 3 each; m-sz3 reaches m-ez3 and m-ez2: 2; sz-a reaches m-ez1 and m-ez2
    // via m-sz1: 2; sz-b, sz-c, sz-d none. 3 + 3 + 2 + 2 = 10.
    expect(szEzWithinTwoSteps(toGraph(loadFixture('two-islands')))).toBe(10 / 42);
  });

  it('counts only pairs among the given actors, through any partner', () => {
    const graph = graphOf('s:SZ t:EZ u:EZ x', 's-x x-t x-u');
    expect(szEzWithinTwoSteps(graph, new Set(['s', 't']))).toBe(1);
  });

  it('is null without SZ–EZ pairs', () => {
    expect(szEzWithinTwoSteps(graphOf('a:SZ b', 'a-b'))).toBeNull();
    expect(szEzWithinTwoSteps(graphOf(''))).toBeNull();
  });
});
