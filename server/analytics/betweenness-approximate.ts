/**
 * Approximate betweenness for networks too large for the exact O(nm): Brandes' dependencies
 * from a random sample of sources, scaled up, with a stated error bound.
 */
import { compactGraphOf } from '../graph/compact-graph';
import type { ActorGraph } from '../graph/to-graphology';
import { dependencySums, normalisation, scoresOf } from './betweenness-fast';
import { DEFAULT_SEED, seededRng } from './seeded-rng';

export interface ApproximateOptions {
  /** Sources to sample, k; k ≥ n gives the exact values. */
  readonly samples: number;
  readonly seed?: number;
}

/**
 * Estimates the normalised betweenness of `betweennessExact` from k sources drawn uniformly
 * without replacement (seeded, so the same graph, k and seed give the same estimate):
 * b̃(v) = (n/k) · Σ_{sampled s} δ_s(v) / ((n−1)(n−2)). Over all n sources the sum is exact, so
 * the estimate is unbiased, and k ≥ n gives the exact values.
 *
 * Error bound: write X_s = δ_s(v) · n/((n−1)(n−2)); the X_s of all n sources average to b(v),
 * and b̃(v) is the mean of k of them drawn without replacement. Since 0 ≤ δ_s(v) ≤ n − 2 (each
 * of the other targets contributes at most 1), X_s lies in [0, n/(n−1)], and Hoeffding's
 * inequality, which holds for sampling without replacement too, gives
 * P(|b̃(v) − b(v)| ≥ ε) ≤ 2·exp(−2kε²(n−1)²/n²) for each actor. A union bound over the n
 * actors then bounds the largest error: with probability at least 1 − δ,
 * max_v |b̃(v) − b(v)| < ε = n/(n−1) · √(ln(2n/δ) / (2k))  (see `approximationErrorBound`).
 * The error is absolute, on the normalised scale of [0, 1]; it says nothing relative about
 * actors whose betweenness is below ε.
 *
 * Sources: Brandes, U., & Pich, C. (2007). Centrality estimation in large networks.
 * International Journal of Bifurcation and Chaos 17(7), 2303–2318 (the pivot estimator);
 * Eppstein, D., & Wang, J. (2004). Fast approximation of centrality. Journal of Graph
 * Algorithms and Applications 8(1), 39–45 (Hoeffding and a union bound for such estimators);
 * Hoeffding, W. (1963). Probability inequalities for sums of bounded random variables. Journal
 * of the American Statistical Association 58(301), 13–30 (Theorem 2; §6 for sampling without
 * replacement).
 *
 * Complexity: O(km) time, O(32·n + m) space.
 */
export function betweennessApproximate(graph: ActorGraph, options: ApproximateOptions): ReadonlyMap<string, number> {
  const { samples, seed = DEFAULT_SEED } = options;
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError(`samples must be a whole number of at least 1, not ${String(samples)}`);
  const compact = compactGraphOf(graph);
  const n = compact.order;
  const k = Math.min(samples, n);
  const sums = dependencySums(compact, sampleNodes(n, k, seed));
  return scoresOf(compact, sums, k === 0 ? 0 : (n / k) * normalisation(n));
}

/**
 * ε of `betweennessApproximate`'s bound: with probability at least 1 − `failureProbability`,
 * no actor's estimate from `samples` sources is off by ε or more. 0 where the estimate is exact
 * (samples ≥ actors, or fewer than three actors).
 *
 * Complexity: O(1).
 */
export function approximationErrorBound(actors: number, samples: number, failureProbability: number): number {
  if (samples >= actors || actors < 3) return 0;
  return (actors / (actors - 1)) * Math.sqrt(Math.log((2 * actors) / failureProbability) / (2 * samples));
}

/**
 * k distinct nodes of 0 … n−1, uniformly (the first k steps of a Fisher–Yates shuffle), sorted:
 * the order does not change the estimate, and nearby sources share a batch more cheaply.
 */
function sampleNodes(n: number, k: number, seed: number): Int32Array {
  const rng = seededRng(seed);
  const nodes = Int32Array.from({ length: n }, (_, node) => node);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const picked = nodes[j] ?? 0;
    nodes[j] = nodes[i] ?? 0;
    nodes[i] = picked;
  }
  return nodes.slice(0, k).sort();
}
