/**
 * Bench section: does the full analysis leave the server free? On a generated network of 20,000
 * actors and 100,000 links in a real Neo4j, a write makes the kept analysis stale and `brokers`
 * then reads the network and runs every measure (in the analysis worker); meanwhile a client
 * sends `{__typename}` requests one after another. Measured: the server's event-loop delay
 * (perf_hooks.monitorEventLoopDelay, p99 and max) and the `{__typename}` latency p99, each
 * against the same figure while the server is idle, in the same run. Targets: delay p99 ≤ 20 ms,
 * `{__typename}` p99 ≤ 50 ms while the analysis runs.
 *
 * The server runs in a child process (event-loop-server.ts) that measures its own event loop,
 * and the client here: in one process the client's own work (sending, parsing answers, timers)
 * would share the loop it measures, adding its delay to the server's figures, and a blocked
 * server loop would also delay the client's clock, hiding part of the latency. Apart, the
 * histogram is the server's alone and the latency is timed by a loop that does nothing else.
 * Also noted: what reading the whole network through the driver costs the server's loop when
 * done on it, the reason the worker reads the network with its own driver.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';

import { percentile } from '../helpers/load';
import { startTestNeo4j } from '../helpers/neo4j';
import type { FromServer, LoopDelay, ToServer } from './event-loop-server';
import type { Row, Section } from './timing';

const ACTORS = 20_000;
const LINKS = 100_000;
/** How long the idle baseline sends `{__typename}`. */
const IDLE_MS = 10_000;
const SERVER_FILE = fileURLToPath(new URL('./event-loop-server.ts', import.meta.url));
const BROKERS = '{ brokers(top: 10) { actor { id name } szEzBridging betweenness } }';
const WRITE = 'mutation($a: ActorInput!) { upsertActor(actor: $a) { id } }';

/** The next message of `kind` from the server process; refused if it exits first. */
function nextMessage<Kind extends FromServer['kind']>(server: ChildProcess, kind: Kind): Promise<Extract<FromServer, { kind: Kind }>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`the bench server stopped (exit code ${String(code)}) before sending "${kind}"`));
    const onMessage = (message: FromServer): void => {
      if (message.kind !== kind) return;
      server.off('message', onMessage);
      server.off('exit', onExit);
      resolve(message as Extract<FromServer, { kind: Kind }>);
    };
    server.on('message', onMessage);
    server.once('exit', onExit);
  });
}

const tell = (server: ChildProcess, message: ToServer): void => void server.send(message);

/**
 * POSTs one GraphQL request; a refusal throws, so it is never timed as a fast answer. Through
 * node:http rather than fetch, whose 300 s header timeout a full analysis on a busy machine exceeds.
 */
function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<void> {
  const body = JSON.stringify({ query, variables });
  const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) };
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}/graphql`, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: { message: string }[] };
        if (answer.errors === undefined) resolve();
        else reject(new Error(`${query.slice(0, 40)}: ${answer.errors[0]?.message ?? ''}`));
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

interface Window {
  /** `{__typename}` latencies, ms, sorted; a failed request counts with the time it took to fail. */
  readonly latencies: number[];
  readonly failed: number;
  readonly delay: LoopDelay;
  readonly ms: number;
}

/** Sends `{__typename}` one after another until `until` settles, while the server measures its loop. */
async function measureWhile(server: ChildProcess, url: string, until: Promise<unknown>): Promise<Window> {
  tell(server, { kind: 'measure' });
  let done = false;
  const start = performance.now();
  const finished = until.finally(() => (done = true));
  const latencies: number[] = [];
  let failed = 0;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- `finished` sets it; TypeScript does not follow callbacks
  while (!done) {
    const sent = performance.now();
    // A server whose loop was held long enough drops requests (its header timeout): counted, not fatal.
    await post(url, '{ __typename }').catch(() => (failed += 1));
    latencies.push(performance.now() - sent);
  }
  await finished;
  const ms = performance.now() - start;
  const reported = nextMessage(server, 'report');
  tell(server, { kind: 'report' });
  return { latencies: latencies.sort((a, b) => a - b), failed, delay: (await reported).delay, ms };
}

const f = (ms: number): string => ms.toFixed(1);

export async function eventLoopSection(): Promise<Section> {
  const database = await startTestNeo4j();
  const server = fork(SERVER_FILE, [database.uri, String(ACTORS), String(LINKS)], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, BENCH_NEO4J_PASSWORD: database.password },
  });
  try {
    const ready = await nextMessage(server, 'ready');
    const input = `generated (${ready.actors.toLocaleString('en')} actors, ${ready.links.toLocaleString('en')} links)`;

    const idle = await measureWhile(server, ready.url, new Promise((resolve) => setTimeout(resolve, IDLE_MS)));

    await post(ready.url, WRITE, { a: { id: 'bench-nieuw-wsp', name: 'Nieuw WSP', type: 'wsp', domain: 'SZ', region: 'twente' } }, ready.adminToken);
    const during = await measureWhile(server, ready.url, post(ready.url, BROKERS));

    // Last, so its garbage is not collected during the windows above.
    const read = nextMessage(server, 'network-read');
    tell(server, { kind: 'read-network' });
    const networkRead = await read;

    const p99 = (window: Window): number => percentile(window.latencies, 99);
    const rows: Row[] = [
      { figure: 'event-loop delay p99 while the full analysis runs', input, ms: during.delay.p99, baseline: 'same, server idle', baselineMs: idle.delay.p99 },
      { figure: 'event-loop delay max while the full analysis runs', input, ms: during.delay.max, baseline: 'same, server idle', baselineMs: idle.delay.max },
      { figure: '{__typename} p99 while the full analysis runs', input, ms: p99(during), baseline: 'same, server idle', baselineMs: p99(idle) },
    ];
    const thread = (delay: LoopDelay): string =>
      `request thread CPU ${f(delay.threadCpuMs)} ms, ${String(delay.gcPauses)} GC pauses (longest ${f(delay.longestGcMs)} ms)`;
    const verdict = (value: number, target: number): string => `${f(value)} ms (target ≤ ${String(target)} ms: ${value <= target ? 'met' : 'NOT met'})`;
    return {
      rows,
      notes: [
        `event loop: network loaded through the store's import in ${(ready.loadMs / 1000).toFixed(1)} s; server in a child process measuring its own loop (monitorEventLoopDelay, 1 ms resolution), client in the bench process`,
        `event loop: a write, then \`brokers\` (worker started, network read by the worker, graph built, every measure) took ${(during.ms / 1000).toFixed(1)} s; ` +
          `meanwhile ${String(during.latencies.length)} sequential \`{__typename}\` requests (${String(during.failed)} failed), p50 ${f(percentile(during.latencies, 50))} ms, p99 ${verdict(p99(during), 50)}, max ${f(during.latencies.at(-1) ?? Number.NaN)} ms; ` +
          `server event-loop delay p50 ${f(during.delay.p50)} ms, p99 ${verdict(during.delay.p99, 20)}, max ${f(during.delay.max)} ms; ${thread(during.delay)}`,
        `event loop, idle (${String(IDLE_MS / 1000)} s): ${String(idle.latencies.length)} \`{__typename}\` requests (${String(idle.failed)} failed), p50 ${f(percentile(idle.latencies, 50))} ms, p99 ${f(p99(idle))} ms; delay p99 ${f(idle.delay.p99)} ms, max ${f(idle.delay.max)} ms; ${thread(idle.delay)}`,
        `event loop: reading the whole network through the driver on the server's own thread (store.snapshot(), as before the worker) takes ${(networkRead.ms / 1000).toFixed(1)} s ` +
          `with event-loop delay p99 ${f(networkRead.delay.p99)} ms, max ${f(networkRead.delay.max)} ms, ${thread(networkRead.delay)}: the reason the worker reads it with a driver of its own`,
      ],
    };
  } finally {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      if (server.connected) tell(server, { kind: 'stop' });
      else server.kill();
      await exited;
    }
    await database.dispose();
  }
}
