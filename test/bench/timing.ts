/** What every bench section reports: a timing against a baseline measured in the same run. */
import { cpus } from 'node:os';

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
  return median(samples);
}

/**
 * For a slow baseline: the fastest of `runs` runs, none left out. graphology-metrics' exact
 * betweenness on 10,000 actors took anywhere from 22 s to 76 s on the same idle machine, from
 * one run or process to the next (its garbage collection stayed near 2 s); the fastest run is
 * the one that cannot flatter what is compared with it.
 */
export async function fastest(runs: number, work: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return Math.min(...samples);
}

/** The middle value (the upper middle for an even count). */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * How busy other processes kept the machine's CPUs since the call, as a share of all CPU time:
 * the machine's busy time (os.cpus) less this process's own (threads included) and
 * `childrenMs`, what the processes it started report they used. A share well above 0 means the
 * timings, parallel ones most, are slower than the code is.
 */
export function otherLoadSince(): (childrenMs: number) => number {
  const machineAtStart = machineTimes();
  const ownAtStart = process.cpuUsage();
  return (childrenMs) => {
    const machine = machineTimes();
    const own = process.cpuUsage(ownAtStart);
    const total = machine.total - machineAtStart.total;
    const others = machine.busy - machineAtStart.busy - (own.user + own.system) / 1000 - childrenMs;
    return total > 0 ? Math.max(0, others) / total : 0;
  };
}

/** Busy and total milliseconds summed over every CPU since boot. */
function machineTimes(): { busy: number; total: number } {
  return cpus().reduce(
    (sum, { times }) => {
      const total = times.user + times.nice + times.sys + times.idle + times.irq;
      return { busy: sum.busy + total - times.idle, total: sum.total + total };
    },
    { busy: 0, total: 0 },
  );
}
