/**
 * Tools for the fault tests: an embedded Neo4j that can be killed (SIGKILL of the JVM, no clean
 * shutdown) and started again on the same folder and port, and a Bolt proxy on 127.0.0.1 that
 * drops the driver's connection right after a COMMIT has gone through to Neo4j.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Driver } from 'neo4j-driver';

import type { App } from '../../server/app';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded';
import { startTestApp } from './app';
import { freePort } from './neo4j';

/**
 * The real server against any Bolt address (a proxy, a killable Neo4j), with room for large
 * imports: a 64 MB body limit and a 2-minute transaction.
 */
export const startAppAgainst = (neo4j: { uri: string; password: string }, options: { seed: boolean }): Promise<App> =>
  startTestApp(neo4j, { seed: options.seed, maxBodyBytes: 64 * 1024 * 1024, transactionTimeoutMs: 120_000 });

// ---------------------------------------------------------------------------------------------
// A killable Neo4j
// ---------------------------------------------------------------------------------------------

export interface KillableNeo4j {
  readonly uri: string;
  readonly home: string;
  /** The password of the user neo4j, kept across restarts. */
  readonly password: string;
  /** The JVM's process id; undefined while it is not running. */
  readonly pid: number | undefined;
  /** SIGKILL of the JVM: no shutdown hook runs, the store is left as a crash leaves it. */
  kill(): Promise<void>;
  /** Starts it again on the same folder and port (Neo4j recovers from its transaction log). */
  start(): Promise<void>;
  /** Stops it (cleanly when still running) and deletes its folder. */
  dispose(): Promise<void>;
}

/** JVMs started here; killed when the test process exits, even after a failed hook. */
const running = new Set<number>();
process.once('exit', () => {
  for (const pid of running) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

/** Whether a process is still alive (signal 0 only checks). */
export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function startKillableNeo4j(options: { heap?: string } = {}): Promise<KillableNeo4j> {
  const root = mkdtempSync(path.join(tmpdir(), 'brugkaart-neo4j-kill-'));
  const config = {
    home: path.join(root, 'neo4j'),
    boltPort: await freePort(),
    heap: options.heap ?? '1g',
    pageCache: '128m',
    transactionTimeout: '120s',
    logFile: path.join(root, 'neo4j.log'),
    passwordFile: path.join(root, 'neo4j-password'),
  };
  let current: EmbeddedNeo4j | undefined;
  const start = async (): Promise<EmbeddedNeo4j> => {
    if (current !== undefined) throw new Error('Neo4j is already running');
    current = await startEmbeddedNeo4j(config);
    if (current.pid !== undefined) running.add(current.pid);
    return current;
  };
  const { uri, password } = await start();
  return {
    uri,
    home: config.home,
    password,
    get pid() {
      return current?.pid;
    },
    kill: async () => {
      const pid = current?.pid;
      if (pid === undefined) throw new Error('Neo4j is not running');
      process.kill(pid, 'SIGKILL');
      const deadline = Date.now() + 10_000;
      while (isAlive(pid)) {
        if (Date.now() > deadline) throw new Error(`JVM ${String(pid)} survived SIGKILL for 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      running.delete(pid);
      current = undefined;
    },
    start: async () => {
      await start();
    },
    dispose: async () => {
      const pid = current?.pid;
      await current?.stop();
      if (pid !== undefined) running.delete(pid);
      current = undefined;
      rmSync(root, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// A Bolt proxy that drops a connection at COMMIT
// ---------------------------------------------------------------------------------------------

/** Bolt message signatures (the byte after the PackStream struct marker). */
const BOLT = {
  RUN: 0x10,
  BEGIN: 0x11,
  COMMIT: 0x12,
  ROLLBACK: 0x13,
  SUCCESS: 0x70,
  RECORD: 0x71,
  IGNORED: 0x7e,
  FAILURE: 0x7f,
} as const;

/** How much of each message's start is kept for inspection (a RUN starts with its Cypher text). */
const HEAD_BYTES = 4_096;

type HandshakeStep = { readonly kind: 'bytes'; readonly count: number; readonly then?: (bytes: Buffer) => void } | { readonly kind: 'varint'; readonly then?: (value: number) => void } | { readonly kind: 'await-server' };

/** A message seen in a Bolt stream: its signature, its first bytes and where it ends in the current buffer. */
interface BoltMessage {
  readonly signature: number;
  readonly head: Buffer;
  readonly end: number;
}

/** What both directions of one connection know about its handshake. */
interface Negotiation {
  /** True when the server answered with the handshake manifest (Bolt ≥ 5.7), false for a plain version. */
  manifest: boolean | undefined;
}

/**
 * Splits one direction of a Bolt connection into messages: first the handshake (the client's
 * magic and version proposals, the server's choice, and with a manifest handshake the extra
 * capability exchange), then chunked messages (u16 length + bytes, a zero length ends a message).
 */
class BoltStreamParser {
  private readonly steps: HandshakeStep[];
  private stepBytes: number[] = [];
  private varintValue = 0;
  private varintShift = 0;
  private sizeBytes: number[] = [];
  private chunkLeft = 0;
  private head: Buffer[] = [];
  private headLength = 0;

  constructor(
    side: 'client' | 'server',
    private readonly negotiation: Negotiation,
  ) {
    this.steps =
      side === 'client'
        ? [{ kind: 'bytes', count: 20 }, { kind: 'await-server' }]
        : [
            {
              kind: 'bytes',
              count: 4,
              then: (bytes) => {
                negotiation.manifest = bytes.readUInt32BE(0) === 0x000001ff;
                if (negotiation.manifest) {
                  this.steps.push({
                    kind: 'varint',
                    then: (versions) => {
                      if (versions > 0) this.steps.push({ kind: 'bytes', count: versions * 4 });
                      this.steps.push({ kind: 'varint' });
                    },
                  });
                }
              },
            },
          ];
  }

  /** Feeds bytes; calls `onMessage` for each complete message, and stops early when it returns true. */
  feed(data: Buffer, onMessage: (message: BoltMessage) => boolean): void {
    let at = 0;
    while (at < data.length) {
      const step = this.steps[0];
      if (step !== undefined) {
        at = this.handshake(step, data, at);
        continue;
      }
      if (this.chunkLeft > 0) {
        const take = Math.min(this.chunkLeft, data.length - at);
        if (this.headLength < HEAD_BYTES) {
          const kept = data.subarray(at, at + Math.min(take, HEAD_BYTES - this.headLength));
          this.head.push(Buffer.from(kept));
          this.headLength += kept.length;
        }
        this.chunkLeft -= take;
        at += take;
        continue;
      }
      this.sizeBytes.push(data[at] ?? 0);
      at += 1;
      if (this.sizeBytes.length < 2) continue;
      const size = ((this.sizeBytes[0] ?? 0) << 8) | (this.sizeBytes[1] ?? 0);
      this.sizeBytes = [];
      if (size > 0) {
        this.chunkLeft = size;
        continue;
      }
      // A zero size ends a message; with nothing before it, it is a NOOP keep-alive.
      if (this.headLength === 0) continue;
      const head = Buffer.concat(this.head);
      this.head = [];
      this.headLength = 0;
      if (onMessage({ signature: head[1] ?? -1, head, end: at })) return;
    }
  }

  private handshake(step: HandshakeStep, data: Buffer, at: number): number {
    if (step.kind === 'await-server') {
      // The client sends nothing more before it has the server's answer, which passed us first.
      this.steps.shift();
      if (this.negotiation.manifest === undefined) throw new Error('Bolt proxy: client spoke before the server answered the handshake');
      if (this.negotiation.manifest) this.steps.push({ kind: 'bytes', count: 4 }, { kind: 'varint' });
      return at;
    }
    if (step.kind === 'bytes') {
      const take = Math.min(step.count - this.stepBytes.length, data.length - at);
      for (let index = 0; index < take; index += 1) this.stepBytes.push(data[at + index] ?? 0);
      if (this.stepBytes.length === step.count) {
        const bytes = Buffer.from(this.stepBytes);
        this.stepBytes = [];
        this.steps.shift();
        step.then?.(bytes);
      }
      return at + take;
    }
    const byte = data[at] ?? 0;
    this.varintValue += (byte & 0x7f) * 2 ** this.varintShift;
    this.varintShift += 7;
    if ((byte & 0x80) === 0) {
      const value = this.varintValue;
      this.varintValue = 0;
      this.varintShift = 0;
      this.steps.shift();
      step.then?.(value);
    }
    return at + 1;
  }
}

/**
 * When the driver's own retry (executeWrite retries a transaction whose connection died) may
 * reach Neo4j, relative to the commit whose acknowledgement was lost.
 */
export type RetryTiming =
  /** As it comes: nothing is held. */
  | { readonly kind: 'natural' }
  /** Every other connection's traffic waits until Neo4j has answered the cut COMMIT. */
  | { readonly kind: 'after-commit' }
  /**
   * The cut COMMIT is held back until another connection sends a statement whose text contains
   * `statement` (the retry's transaction is then open while the first one commits), at most
   * 20 s.
   */
  | { readonly kind: 'during-commit'; readonly statement: string };

/** What happened at a cut: Neo4j's answer to the COMMIT, which the driver never saw. */
export interface CommitCut {
  /** SUCCESS means Neo4j committed the transaction whose acknowledgement was lost. */
  readonly serverReply: 'SUCCESS' | 'FAILURE' | 'IGNORED' | 'none';
  /** Milliseconds from forwarding the COMMIT to Neo4j's answer. */
  readonly commitMs: number;
  /** During-commit: whether the other connection's statement came before the COMMIT was let through. */
  readonly overlapped: boolean;
}

export interface BoltProxy {
  /** bolt://127.0.0.1:PORT; give it to the driver instead of Neo4j's own address. */
  readonly uri: string;
  /** Connections accepted so far. */
  readonly connections: number;
  /**
   * Arms one cut: at the next COMMIT of a transaction that ran a statement whose text contains
   * `statement`, the driver's side of the connection is reset (so the driver sees the
   * connection die with its COMMIT in flight) while the COMMIT itself goes on to Neo4j, when
   * `retry` says; Neo4j's answer is read, so the commit is not disturbed, and dropped. Resolves
   * once Neo4j has answered. Later connections pass untouched.
   */
  cutAtCommit(statement: string, retry?: RetryTiming): Promise<CommitCut>;
  close(): Promise<void>;
}

interface Armed {
  readonly marker: Buffer;
  readonly retry: RetryTiming;
  readonly resolve: (cut: CommitCut) => void;
  readonly reject: (error: Error) => void;
}

/** A cut in progress: its COMMIT has not been answered yet. */
interface ActiveCut {
  readonly armed: Armed;
  readonly connection: number;
  /** Set while other connections must wait (after-commit). */
  gate: Promise<void> | undefined;
  openGate: () => void;
  /** Set while the COMMIT is held (during-commit). */
  releaseMarker: Buffer | undefined;
  release: (overlapped: boolean) => void;
  sentAt: number | undefined;
  overlapped: boolean;
}

const replyName = (signature: number): CommitCut['serverReply'] =>
  signature === BOLT.SUCCESS ? 'SUCCESS' : signature === BOLT.FAILURE ? 'FAILURE' : signature === BOLT.IGNORED ? 'IGNORED' : 'none';

export async function startBoltProxy(target: { host: string; port: number }): Promise<BoltProxy> {
  let armed: Armed | undefined;
  let active: ActiveCut | undefined;
  let accepted = 0;
  const sockets = new Set<Socket>();

  const finishCut = (cut: ActiveCut, reply: CommitCut['serverReply']): void => {
    if (active !== cut) return;
    active = undefined;
    cut.release(false);
    cut.armed.resolve({ serverReply: reply, commitMs: Date.now() - (cut.sentAt ?? Date.now()), overlapped: cut.overlapped });
    cut.openGate();
  };

  const server: Server = createServer((client) => {
    accepted += 1;
    const id = accepted;
    const upstream = connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    const negotiation: Negotiation = { manifest: undefined };
    const fromClient = new BoltStreamParser('client', negotiation);
    const fromServer = new BoltStreamParser('server', negotiation);
    /** True while the open transaction has run the armed statement. */
    let ranMarkedStatement = false;
    /** The cut of this connection, once it happened. */
    let ownCut: ActiveCut | undefined;
    const held: Buffer[] = [];

    const onClientData = (data: Buffer): void => {
      if (ownCut !== undefined) return;
      const gate = active?.gate;
      if (gate !== undefined) {
        // after-commit: this is (or may be) the driver's retry; it waits for Neo4j's answer.
        held.push(data);
        if (held.length === 1) {
          client.pause();
          void gate.then(() => {
            for (const queued of held.splice(0)) onClientData(queued);
            client.resume();
          });
        }
        return;
      }
      let cutAt: number | undefined;
      let releaseAfterWrite = false;
      fromClient.feed(data, (message) => {
        if (message.signature === BOLT.BEGIN) ranMarkedStatement = false;
        if (message.signature === BOLT.RUN) {
          if (armed !== undefined && message.head.includes(armed.marker)) ranMarkedStatement = true;
          if (active?.releaseMarker !== undefined && message.head.includes(active.releaseMarker)) releaseAfterWrite = true;
        }
        if (message.signature === BOLT.COMMIT && ranMarkedStatement && armed !== undefined) {
          cutAt = message.end;
          return true;
        }
        return false;
      });
      if (cutAt === undefined || armed === undefined) {
        upstream.write(data);
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the feed callback above sets it; TypeScript does not follow callbacks
        if (releaseAfterWrite) active?.release(true);
        return;
      }
      // The COMMIT (and everything before it) goes to Neo4j; nothing after it does.
      const commit = data.subarray(0, cutAt);
      const retry = armed.retry;
      let released = false;
      let openGate = (): void => undefined;
      const cut: ActiveCut = {
        armed,
        connection: id,
        gate: retry.kind === 'after-commit' ? new Promise<void>((resolve) => (openGate = resolve)) : undefined,
        openGate: () => {
          cut.gate = undefined;
          openGate();
        },
        releaseMarker: retry.kind === 'during-commit' ? Buffer.from(retry.statement.trim(), 'utf8') : undefined,
        release: (overlapped) => {
          if (released) return;
          released = true;
          cut.releaseMarker = undefined;
          cut.overlapped = overlapped;
          cut.sentAt = Date.now();
          upstream.write(commit);
        },
        sentAt: undefined,
        overlapped: false,
      };
      armed = undefined;
      ownCut = cut;
      active = cut;
      client.resetAndDestroy();
      if (retry.kind === 'during-commit') {
        setTimeout(() => cut.release(false), 20_000).unref();
      } else {
        cut.release(false);
      }
    };
    client.on('data', onClientData);

    upstream.on('data', (data: Buffer) => {
      if (ownCut === undefined) {
        fromServer.feed(data, () => false);
        if (!client.destroyed) client.write(data);
        return;
      }
      const cut = ownCut;
      fromServer.feed(data, (message) => {
        finishCut(cut, replyName(message.signature));
        upstream.destroy();
        return true;
      });
    });

    upstream.on('close', () => {
      sockets.delete(upstream);
      if (ownCut !== undefined) finishCut(ownCut, 'none');
      client.destroy();
    });
    client.on('close', () => {
      sockets.delete(client);
      // After a cut the Neo4j side stays open until Neo4j has answered the COMMIT.
      if (ownCut === undefined) upstream.destroy();
    });
    // A reset peer is what this proxy is for; errors end the connection and nothing else.
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('Bolt proxy: no address');

  return {
    uri: `bolt://127.0.0.1:${String(address.port)}`,
    get connections() {
      return accepted;
    },
    cutAtCommit: (statement, retry = { kind: 'natural' }) =>
      new Promise<CommitCut>((resolve, reject) => {
        if (armed !== undefined || active !== undefined) {
          reject(new Error('Bolt proxy: a cut is already armed or in progress'));
          return;
        }
        armed = { marker: Buffer.from(statement.trim(), 'utf8'), retry, resolve, reject };
      }),
    close: async () => {
      armed?.reject(new Error('Bolt proxy closed before the armed COMMIT came'));
      armed = undefined;
      if (active !== undefined) finishCut(active, 'none');
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Watching Neo4j work
// ---------------------------------------------------------------------------------------------

/**
 * Polls SHOW TRANSACTIONS (over a driver connected to Neo4j itself, not through the app) until
 * some transaction is running a statement whose text contains `statement`. Fails when
 * `tooLate()` turns true first (the work finished before it was seen) or after `timeoutMs`.
 */
export async function waitForRunningStatement(driver: Driver, statement: string, options: { timeoutMs: number; tooLate: () => boolean }): Promise<void> {
  const wanted = statement.trim();
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (options.tooLate()) throw new Error(`the work ended before a transaction was seen running: ${wanted.slice(0, 60)}`);
    if (Date.now() > deadline) throw new Error(`no transaction ran "${wanted.slice(0, 60)}" within ${String(options.timeoutMs)} ms`);
    const session = driver.session();
    try {
      const result = await session.run('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
      if (result.records.some((record) => String(record.get('currentQuery')).includes(wanted))) return;
    } finally {
      await session.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
