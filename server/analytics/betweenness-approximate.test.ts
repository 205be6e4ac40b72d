import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { generatedGraph, maxDifference, referenceBetweenness } from '../../test/helpers/betweenness';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { graphOf } from '../../test/fixtures/small-graphs';
import { approximationErrorBound, betweennessApproximate } from './betweenness-approximate';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

describe('betweennessApproximate', () => {
  const small = generatedGraph(300, 900, 3);
  const large = generatedGraph(1_000, 5_000, 5);
  const exactSmall = referenceBetweenness(small);
  const exactLarge = referenceBetweenness(large);

  it('states ε = n/(n−1)·√(ln(2n/δ)/(2k)), and 0 where the estimate is exact', () => {
    // By hand: 300/299 · √(ln(6,000)/200) = 1.003344 · 0.208561.
    expect(approximationErrorBound(300, 100, 0.1)).toBeCloseTo(0.20925824704455298, 12);
    expect(approximationErrorBound(300, 300, 0.1)).toBe(0);
    expect(approximationErrorBound(2, 1, 0.1)).toBe(0);
  });

  it('stays within the bound with the stated probability on generated networks', () => {
    // δ = 0.1 over 20 fixed seeds: at most 2 runs may exceed ε. The bound is a worst case
    // (Hoeffding plus a union bound over every actor), so in practice none comes near it.
    const failureProbability = 0.1;
    for (const [graph, exact] of [[small, exactSmall], [large, exactLarge]] as const) {
      for (const samples of [25, 100]) {
        const bound = approximationErrorBound(graph.order, samples, failureProbability);
        const errors = SEEDS.map((seed) => maxDifference(betweennessApproximate(graph, { samples, seed }), exact));
        expect(errors.filter((error) => error >= bound).length).toBeLessThanOrEqual(failureProbability * SEEDS.length);
      }
    }
  });

  it('gets closer with more samples', () => {
    const meanError = (samples: number): number =>
      SEEDS.reduce((sum, seed) => sum + maxDifference(betweennessApproximate(large, { samples, seed }), exactLarge), 0) / SEEDS.length;
    expect(meanError(200)).toBeLessThan(meanError(25) / 2);
  });

  it('is exact with as many samples as actors', () => {
    expect(maxDifference(betweennessApproximate(small, { samples: 300 }), exactSmall)).toBeLessThanOrEqual(1e-12);
    const kite = toGraph(loadFixture('kite'));
    expect(maxDifference(betweennessApproximate(kite, { samples: 1_000 }), referenceBetweenness(kite))).toBeLessThanOrEqual(1e-12);
  });

  it('gives the same estimate for the same seed and another for another seed', () => {
    const estimate = betweennessApproximate(large, { samples: 50, seed: 7 });
    expect([...betweennessApproximate(large, { samples: 50, seed: 7 })]).toEqual([...estimate]);
    expect(maxDifference(betweennessApproximate(large, { samples: 50, seed: 8 }), estimate)).toBeGreaterThan(0);
  });

  it('is 0 for fewer than three actors, empty for no actors, and refuses a sample of no sources', () => {
    expect([...betweennessApproximate(graphOf('a b', 'a-b'), { samples: 1 })]).toEqual([['a', 0], ['b', 0]]);
    expect(betweennessApproximate(graphOf(''), { samples: 5 }).size).toBe(0);
    expect(() => betweennessApproximate(small, { samples: 0 })).toThrow(RangeError);
    expect(() => betweennessApproximate(small, { samples: 2.5 })).toThrow(RangeError);
  });
});
