/** What every bench section reports: a timing against a baseline measured in the same run. */

export interface Row {
  readonly figure: string;
  readonly input: string;
  readonly ms: number;
  readonly baseline: string;
  readonly baselineMs: number;
}

/** Median of `runs` timings, after one warm-up run (which also lets the JIT settle). */
export async function time(runs: number, work: () => unknown): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}
