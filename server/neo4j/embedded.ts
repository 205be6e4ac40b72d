/**
 * Starts and stops the embedded Neo4j: a JVM running launcher/EmbeddedNeo4j.java from the jars
 * Maven resolved (`npm run build:neo4j`). Resolves once the launcher prints its READY line.
 *
 * The JVM's standard input is a pipe from this process that is never closed: when this process
 * ends, however it ends, the launcher reads end of file and shuts Neo4j down, so no JVM outlives
 * its server holding the store lock and the Bolt port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';

import type { EmbeddedNeo4jConfig } from '../config';
import { preparePassword } from './password';
import { findPortListener, findStoreLockHolder, type HoldingProcess } from './process-holding';

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
  /** The password of the user `neo4j` (kept in config.passwordFile). */
  readonly password: string;
  /** SIGTERM, so the store shuts down cleanly; resolves when the JVM has exited. */
  stop(): Promise<void>;
}

export async function startEmbeddedNeo4j(config: EmbeddedNeo4jConfig): Promise<EmbeddedNeo4j> {
  if (!existsSync(LAUNCHER_JAR)) {
    throw new Error(`The Neo4j launcher is not built (${LAUNCHER_JAR} is missing); run "npm run build:neo4j".`);
  }
  // Checked here too, because a taken port is found only after the store has opened, seconds later.
  if (!(await isPortFree(config.boltPort))) throw new Error(portInUseMessage(config.boltPort));
  const home = path.resolve(config.home);
  mkdirSync(home, { recursive: true });
  mkdirSync(path.dirname(config.logFile), { recursive: true });
  const password = preparePassword(config.passwordFile);
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
      home,
      String(config.boltPort),
      config.pageCache,
      config.transactionTimeout,
      ...(password.mustSet ? ['--set-password'] : []),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // A write after the JVM died fails with EPIPE; the exit is what reports that.
  child.stdin.on('error', () => undefined);
  if (password.mustSet) child.stdin.write(`${password.password}\n`);
  child.stderr.pipe(log, { end: false });
  await waitForReady(child, { ...config, home }, log);
  password.confirm();
  // 'close' comes after the last output, so nothing is written to the log after it ends.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return {
    uri: `bolt://127.0.0.1:${String(config.boltPort)}`,
    pid: child.pid,
    password: password.password,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        await exited;
        return;
      }
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      log.end();
    },
  };
}

const describe = (holder: HoldingProcess): string => `process ${String(holder.pid)} (${holder.command})`;

const storeLockedMessage = (home: string): string => {
  const relative = path.relative(process.cwd(), home);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? home : relative;
  const holder = findStoreLockHolder(home);
  return holder === undefined
    ? `The Neo4j store in ${shown} is locked by another user's process; stop it or set BRUGKAART_DATA_DIR to another folder.`
    : `The Neo4j store in ${shown} is locked by ${describe(holder)}; stop it (kill ${String(holder.pid)}) or set BRUGKAART_DATA_DIR to another folder.`;
};

const portInUseMessage = (port: number): string => {
  const holder = findPortListener(port);
  return holder === undefined
    ? `The Bolt port ${String(port)} is in use by another user's process; stop it or set NEO4J_BOLT_PORT to another port.`
    : `The Bolt port ${String(port)} is in use by ${describe(holder)}; stop it (kill ${String(holder.pid)}) or set NEO4J_BOLT_PORT to another port.`;
};

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function waitForReady(child: ChildProcess, config: EmbeddedNeo4jConfig, log: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    /** Why the launcher gave up, when it said so (see EmbeddedNeo4j.java). */
    let refusal: 'LOCKED' | 'PORT_IN_USE' | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not become ready within ${String(READY_TIMEOUT_MS / 1000)} s; see ${config.logFile}`));
    }, READY_TIMEOUT_MS);
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      if (refusal === 'LOCKED') reject(new Error(storeLockedMessage(config.home)));
      else if (refusal === 'PORT_IN_USE') reject(new Error(portInUseMessage(config.boltPort)));
      else reject(new Error(`Neo4j exited (code ${String(code)}) before it was ready; see ${config.logFile}`));
    };
    // 'close', not 'exit': it comes after the last line of standard output has been read.
    child.once('close', onExit);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start Java for Neo4j: ${error.message}`));
    });
    lines.on('line', (line) => {
      log.write(`${line}\n`);
      if (line === 'LOCKED' || line === 'PORT_IN_USE') refusal = line;
      if (line.startsWith('READY')) {
        clearTimeout(timer);
        child.off('close', onExit);
        resolve();
      }
    });
  });
}
