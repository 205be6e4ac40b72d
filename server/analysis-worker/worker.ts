/**
 * The analysis worker thread: reads the network from Neo4j with a driver of its own (so the
 * records are decoded here, not on the request thread), keeps the graph of the latest version
 * with its results, and answers the request thread's questions one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { BrugkaartError } from '../model/errors';
import { createDriver } from '../neo4j/driver';
import { NetworkStore } from '../neo4j/network-store';
import { Database } from '../neo4j/run';
import { GraphCache } from './graph-cache';
import { answer } from './operations';
import type { Failure, FromWorker, ToWorker, WorkerSetup, WorkerStatistics } from './protocol';

const port = parentPort;
if (port === null) throw new Error('analysis-worker/worker.ts runs as a worker thread');
const setup = workerData as WorkerSetup;
const driver = createDriver(setup.target);
const database = new Database(driver, setup.database, setup.transactionTimeoutMs);
const store = new NetworkStore(database);
let statistics: WorkerStatistics = { questions: 0, snapshotsRead: 0, computations: 0 };
const graphs = new GraphCache(() => {
  statistics = { ...statistics, snapshotsRead: statistics.snapshotsRead + 1 };
  return store.snapshot();
});

function failureOf(error: unknown): Failure {
  if (error instanceof BrugkaartError) return { code: error.code, message: error.message, problems: error.problems };
  return { message: error instanceof Error ? error.message : String(error) };
}

async function reply(message: Extract<ToWorker, { kind: 'ask' }>): Promise<FromWorker> {
  try {
    // Adds the request thread's bookmarks to this driver's causal chain: the next read waits for them.
    await database.bookmarks.updateBookmarks([], message.bookmarks);
    const snapshot = await graphs.snapshot(message.atLeast);
    const before = snapshot.computations;
    const result = answer(snapshot, message.question);
    statistics = { ...statistics, computations: statistics.computations + snapshot.computations - before };
    return { kind: 'answer', id: message.id, version: snapshot.version, answer: result, statistics };
  } catch (error) {
    return { kind: 'failed', id: message.id, failure: failureOf(error), statistics };
  }
}

port.on('message', (message: ToWorker) => {
  if (message.kind === 'close') {
    void driver.close().finally(() => port.close());
    return;
  }
  statistics = { ...statistics, questions: statistics.questions + 1 };
  void reply(message).then((response) => port.postMessage(response));
});
