/**
 * The long load test: LOAD_CLIENTS readers (200) for LOAD_SECONDS (60) against a fresh embedded
 * Neo4j with the seed network and the real server on loopback, while one editor writes. Prints
 * the error count, p50/p95/p99 latencies per operation kind and overall, and how many
 * acknowledged writes were read back. Exits with 1 when a request failed or an acknowledged
 * write is missing.
 *
 *   LOAD_CLIENTS=200 LOAD_SECONDS=60 npx tsx test/bench/load.ts
 *
 * Optional: LOAD_MAX_REQUESTS (read budget, unlimited), LOAD_WRITE_PAUSE_MS (the editor's pause
 * between writes, 20), LOAD_TIMEOUT_MS (per request, 30000). The load generator runs in the
 * server's process, so the latencies include its share of the event loop.
 */
import os from 'node:os';

import { startTestApp } from '../helpers/app';
import { formatTable, runLoad, summarize, verifyAcknowledged } from '../helpers/load';
import { startTestNeo4j } from '../helpers/neo4j';

function whole(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

const clients = whole('LOAD_CLIENTS', 200);
const seconds = whole('LOAD_SECONDS', 60);
const maxRequests = whole('LOAD_MAX_REQUESTS', Number.MAX_SAFE_INTEGER);
const writePauseMs = whole('LOAD_WRITE_PAUSE_MS', 20);
const requestTimeoutMs = whole('LOAD_TIMEOUT_MS', 30_000);

console.log(`brugkaart load bench — ${new Date().toISOString()} — node ${process.version} — ${String(os.cpus().length)} CPUs`);
console.log(`${String(clients)} readers + 1 editor for ${String(seconds)} s on loopback; embedded Neo4j 5.26 with the seed network\n`);

const neo4j = await startTestNeo4j();
try {
  const app = await startTestApp(neo4j, { rateLimit: { perSecond: 1_000_000, burst: 1_000_000 } });
  try {
    const result = await runLoad(app, { clients, seconds, maxRequests, writePauseMs, requestTimeoutMs, runId: `bench-${String(Date.now())}` });
    const verification = await verifyAcknowledged(app, result);
    console.log(formatTable(summarize(result)));
    console.log(`\nelapsed: ${(result.elapsedMs / 1000).toFixed(1)} s`);
    console.log(`errors: ${String(result.errors)}`);
    for (const failure of result.failures) console.log(`  ${failure.kind}: HTTP ${String(failure.status)} ${failure.code} — ${failure.message}`);
    console.log(
      `acknowledged writes verified: ${String(verification.actorsChecked)} actors (created and edited), ${String(verification.linksChecked)} links — ${
        verification.problems.length === 0 ? 'all present, each once' : `${String(verification.problems.length)} PROBLEMS`
      }`,
    );
    for (const problem of verification.problems.slice(0, 20)) console.log(`  ${problem}`);
    if (result.errors > 0 || verification.problems.length > 0) process.exitCode = 1;
  } finally {
    await app.close();
  }
} finally {
  await neo4j.dispose();
}
