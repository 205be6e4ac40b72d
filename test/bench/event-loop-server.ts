/**
 * The server side of the event-loop bench (event-loop.ts), in a process of its own: the real
 * server against the bench's Neo4j, with the generated network loaded, measuring its own
 * event-loop delay between the bench's `measure` and `report` messages. Started by the bench
 * through IPC; it ends when the bench does.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

import type { App } from '../../server/app';
import { adminTokenOf, startTestApp } from '../helpers/app';
import { generatedNetwork } from '../helpers/betweenness';

export type ToServer = { readonly kind: 'measure' } | { readonly kind: 'report' } | { readonly kind: 'read-network' } | { readonly kind: 'stop' };

/** Event-loop delay in ms, and what the request thread itself did meanwhile. */
export interface LoopDelay {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** CPU time of the request thread alone (Linux /proc; NaN elsewhere): the worker's is not in it. */
  readonly threadCpuMs: number;
  /** Garbage-collection pauses of the request thread's heap: count and longest, ms. */
  readonly gcPauses: number;
  readonly longestGcMs: number;
}

export type FromServer =
  | { readonly kind: 'ready'; readonly url: string; readonly adminToken: string; readonly loadMs: number; readonly actors: number; readonly links: number }
  | { readonly kind: 'report'; readonly delay: LoopDelay }
  | { readonly kind: 'network-read'; readonly ms: number; readonly delay: LoopDelay };

const [uri, actors, links] = [process.argv[2] ?? '', Number(process.argv[3]), Number(process.argv[4])];
// In the environment, not argv, which every user of the machine can read.
const password = process.env['BENCH_NEO4J_PASSWORD'] ?? '';
const send = (message: FromServer): void => void process.send?.(message);
// Without the bench there is no one to answer: end with it.
process.once('disconnect', () => process.exit(0));

/** CPU ms of this process's main thread: utime + stime of its /proc task entry, in clock ticks of 10 ms. */
function threadCpuMs(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${String(process.pid)}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Resolution 1 ms: finer than the 20 ms target by far, cheap enough not to be the delay. */
const histogram = monitorEventLoopDelay({ resolution: 1 });
let window = { cpuAtStart: 0, gcPauses: 0, longestGcMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window = { ...window, gcPauses: window.gcPauses + 1, longestGcMs: Math.max(window.longestGcMs, entry.duration) };
}).observe({ entryTypes: ['gc'] });

/** Every window starts from a collected heap (the bench starts this process with --expose-gc), so none inherits another's garbage. */
function startWindow(): void {
  histogram.disable();
  globalThis.gc?.();
  histogram.reset();
  window = { cpuAtStart: threadCpuMs(), gcPauses: 0, longestGcMs: 0 };
  histogram.enable();
}

function endWindow(): LoopDelay {
  histogram.disable();
  return {
    p50: histogram.percentile(50) / 1e6,
    p99: histogram.percentile(99) / 1e6,
    max: histogram.max / 1e6,
    threadCpuMs: threadCpuMs() - window.cpuAtStart,
    gcPauses: window.gcPauses,
    longestGcMs: window.longestGcMs,
  };
}

const app: App = await startTestApp({ uri, password }, { seed: false, transactionTimeoutMs: 300_000 });
const loadStart = performance.now();
// Not kept: a server holds no copy of the network on its request thread, nor does this one.
const imported = await app.store.importNetwork(generatedNetwork(actors, links, 20_000), 'ADD', { who: 'bench' });
const loadMs = performance.now() - loadStart;

process.on('message', (message: ToServer) => {
  if (message.kind === 'measure') startWindow();
  else if (message.kind === 'report') send({ kind: 'report', delay: endWindow() });
  else if (message.kind === 'read-network') {
    // What reading the network on the request thread (as before the worker) costs this loop.
    startWindow();
    const start = performance.now();
    void app.store.snapshot().then(() => {
      const ms = performance.now() - start;
      send({ kind: 'network-read', ms, delay: endWindow() });
    });
  } else {
    void app.close().then(() => process.exit(0));
  }
});
send({ kind: 'ready', url: app.url, adminToken: adminTokenOf(app), loadMs, actors: imported.actors, links: imported.links });
