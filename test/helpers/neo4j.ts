/**
 * A real embedded Neo4j for one test file: a fresh folder and a free port, stopped afterwards.
 * `restart` keeps folder and port, as an operator restarting the database would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded';

export interface TestNeo4j {
  readonly uri: string;
  readonly home: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** Stops it and deletes its folder. */
  dispose(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startTestNeo4j(): Promise<TestNeo4j> {
  const root = mkdtempSync(path.join(tmpdir(), 'brugkaart-neo4j-'));
  const config = {
    home: path.join(root, 'neo4j'),
    boltPort: await freePort(),
    heap: '512m',
    pageCache: '64m',
    transactionTimeout: '60s',
    logFile: path.join(root, 'neo4j.log'),
  };
  let running: EmbeddedNeo4j | undefined = await startEmbeddedNeo4j(config);
  const uri = running.uri;
  const stop = async (): Promise<void> => {
    await running?.stop();
    running = undefined;
  };
  return {
    uri,
    home: config.home,
    stop,
    restart: async () => {
      await stop();
      running = await startEmbeddedNeo4j(config);
    },
    dispose: async () => {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
