/**
 * Starts and stops the embedded Neo4j: a JVM running launcher/EmbeddedNeo4j.java from the jars
 * Maven resolved (`npm run build:neo4j`). Resolves once the launcher prints its READY line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

import type { EmbeddedNeo4jConfig } from '../config';

const LAUNCHER_DIR = path.join(import.meta.dirname, 'launcher', 'target');
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'embedded-neo4j-1.0.0.jar');
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

/** The flags the stock neo4j.conf passes; an embedded launcher must pass them itself. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-XX:+UseG1GC',
];

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly pid: number | undefined;
  /** SIGTERM, so the store shuts down cleanly; resolves when the JVM has exited. */
  stop(): Promise<void>;
}

export async function startEmbeddedNeo4j(config: EmbeddedNeo4jConfig): Promise<EmbeddedNeo4j> {
  if (!existsSync(LAUNCHER_JAR)) {
    throw new Error(`The Neo4j launcher is not built (${LAUNCHER_JAR} is missing); run "npm run build:neo4j".`);
  }
  mkdirSync(config.home, { recursive: true });
  mkdirSync(path.dirname(config.logFile), { recursive: true });
  const log = createWriteStream(config.logFile, { flags: 'a' });
  const child = spawn(
    'java',
    [
      `-Xms${config.heap}`,
      `-Xmx${config.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${LAUNCHER_JAR}${path.delimiter}${path.join(LAUNCHER_DIR, 'lib', '*')}`,
      'brugkaart.EmbeddedNeo4j',
      config.home,
      String(config.boltPort),
      config.pageCache,
      config.transactionTimeout,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stderr.pipe(log, { end: false });
  await waitForReady(child, config, log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    uri: `bolt://127.0.0.1:${String(config.boltPort)}`,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      log.end();
    },
  };
}

function waitForReady(child: ChildProcess, config: EmbeddedNeo4jConfig, log: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not become ready within ${String(READY_TIMEOUT_MS / 1000)} s; see ${config.logFile}`));
    }, READY_TIMEOUT_MS);
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited (code ${String(code)}) before it was ready; see ${config.logFile}`));
    };
    child.once('exit', onExit);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start Java for Neo4j: ${error.message}`));
    });
    lines.on('line', (line) => {
      log.write(`${line}\n`);
      if (line.startsWith('READY')) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve();
      }
    });
  });
}
