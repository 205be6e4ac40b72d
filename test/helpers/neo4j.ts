/**
 * A real embedded Neo4j of its own, for a test file that stops, kills or restores one (the
 * other files share their project's, test/helpers/shared-neo4j.ts), for the shared one itself
 * (test/global-setup.ts) and for the benches: a fresh folder and a free port, stopped
 * afterwards. `restart` keeps folder and port, as an operator restarting the database would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded';

export interface TestNeo4j {
  readonly uri: string;
  readonly home: string;
  /** The password of the user neo4j, made on the first start; every driver of a test uses it. */
  readonly password: string;
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

/** JVMs still running; stopped when the test process exits, even after a failed hook. */
const running = new Set<number>();
process.once('exit', () => {
  for (const pid of running) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
});

async function launch(config: Parameters<typeof startEmbeddedNeo4j>[0]): Promise<EmbeddedNeo4j> {
  const neo4j = await startEmbeddedNeo4j(config);
  const { pid } = neo4j;
  if (pid === undefined) return neo4j;
  running.add(pid);
  return {
    ...neo4j,
    stop: async () => {
      await neo4j.stop();
      running.delete(pid);
    },
  };
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
    passwordFile: path.join(root, 'neo4j-password'),
  };
  let current: EmbeddedNeo4j | undefined = await launch(config);
  const { uri, password } = current;
  const stop = async (): Promise<void> => {
    await current?.stop();
    current = undefined;
  };
  return {
    uri,
    home: config.home,
    password,
    stop,
    restart: async () => {
      await stop();
      current = await launch(config);
    },
    dispose: async () => {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
