/**
 * The server as an operator runs it (`tsx server/main.ts` with its own data folder and ports):
 * the embedded Neo4j ends with it even after SIGKILL; a start on a store or Bolt port that is
 * held says in one line which process holds it; Bolt asks for the password kept owner-only in
 * the data folder, which the maintenance commands find there.
 *
 * The cases run in order on one data folder, as one operator's afternoon: each Neo4j start costs
 * 10–40 s here, so they share the starts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, chmodSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import neo4j, { Neo4jError, type AuthToken, type Integer } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from '../../server/config';
import { freePort } from '../helpers/neo4j';

interface ServerProcess {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves once the server says it is running; rejects when it exits first. */
  readonly running: Promise<void>;
  readonly exited: Promise<number | null>;
}

const servers = new Set<ChildProcess>();

function startServer(settings: { dataDir: string; boltPort: number }): ServerProcess {
  const external = new Set(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_USERNAME', 'NEO4J_PASSWORD']);
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !external.has(name)));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...env,
      PORT: '0',
      NEO4J_BOLT_PORT: String(settings.boltPort),
      BRUGKAART_DATA_DIR: settings.dataDir,
      BRUGKAART_SEED: 'false',
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => {
      servers.delete(child);
      resolve(code);
    }),
  );
  const running = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (stdout.includes('brugkaart is running')) resolve();
    });
    void exited.then((code) => reject(new Error(`the server exited (code ${String(code)}) before it ran:\n${stdout}\n${stderr}`)));
  });
  // Rejections are awaited where a test expects the server to run; here they would go unheard.
  running.catch(() => undefined);
  return { child, stdout: () => stdout, stderr: () => stderr, running, exited };
}

/** The state letter of /proc/PID/stat; undefined once the process is gone (a zombie counts as gone). */
function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    return state === 'Z' ? undefined : state;
  } catch {
    return undefined;
  }
}

/** The JVM the server process started. */
function javaChildOf(parentPid: number): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parentPid && comm === 'java') return Number(entry);
    } catch {
      // Gone meanwhile.
    }
  }
  throw new Error(`process ${String(parentPid)} has no java child`);
}

const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${String(timeoutMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The Neo4j error code a Bolt login with `auth` gets, or 'accepted'. */
async function login(uri: string, auth: AuthToken | undefined): Promise<string> {
  const driver = auth === undefined ? neo4j.driver(uri) : neo4j.driver(uri, auth);
  try {
    const session = driver.session();
    try {
      const result = await session.run('RETURN 1 AS one');
      return (result.records[0]?.get('one') as Integer | undefined)?.toNumber() === 1 ? 'accepted' : 'wrong answer';
    } finally {
      await session.close();
    }
  } catch (error) {
    return error instanceof Neo4jError ? error.code : String(error);
  } finally {
    await driver.close();
  }
}

const UNAUTHORIZED = 'Neo.ClientError.Security.Unauthorized';

let root: string;
let dataDir: string;
let boltPort: number;
let passwordFile: string;
/** The server that holds the data folder from the second case on. */
let holder: ServerProcess;
/** The password the first start made, replaced on the second. */
let firstPassword: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'brugkaart-lifecycle-'));
  dataDir = path.join(root, 'data');
  passwordFile = path.join(dataDir, 'neo4j-password');
  boltPort = await freePort();
});

afterAll(async () => {
  for (const child of servers) child.kill('SIGTERM');
  await Promise.all([...servers].map((child) => new Promise((resolve) => child.once('close', resolve))));
  rmSync(root, { recursive: true, force: true });
});

describe('the embedded Neo4j ends with its server', () => {
  it('ends when the server is killed with SIGKILL, freeing store and port for the next start', { timeout: 300_000 }, async () => {
    const first = startServer({ dataDir, boltPort });
    await first.running;
    firstPassword = readFileSync(passwordFile, 'utf8').trim();
    const jvm = javaChildOf(first.child.pid ?? -1);
    expect(processState(jvm)).toBeDefined();

    // The launcher's own output went to the dead server; Neo4j's log shows how the JVM ended.
    const neo4jLog = path.join(dataDir, 'neo4j', 'logs', 'debug.log');
    const logBefore = statSync(neo4jLog).size;
    first.child.kill('SIGKILL');
    await first.exited;
    await waitFor('the JVM ends and frees the Bolt port', async () => processState(jvm) === undefined && (await portIsFree(boltPort)), 60_000);
    const logOfEnd = readFileSync(neo4jLog, 'utf8').slice(logBefore);
    expect(logOfEnd).toContain('Shutdown started');
    expect(logOfEnd).toContain("Stopped 'DatabaseId{00000000[system]}' successfully");

    // Without its password file the next start also sets a new password on the existing store,
    // as it does on a store made before passwords (user neo4j with the default 'neo4j').
    unlinkSync(passwordFile);
    holder = startServer({ dataDir, boltPort });
    await holder.running;
  });

  it('refuses a second server on the same data folder in one line naming the JVM that holds it', { timeout: 120_000 }, async () => {
    const jvm = javaChildOf(holder.child.pid ?? -1);
    const second = startServer({ dataDir, boltPort: await freePort() });
    expect(await second.exited).toBe(1);
    const message = second.stderr().trim();
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(
      new RegExp(`^The Neo4j store in .*data/neo4j is locked by process ${String(jvm)} \\(java brugkaart\\.EmbeddedNeo4j .*\\); stop it \\(kill ${String(jvm)}\\) or set BRUGKAART_DATA_DIR to another folder\\.$`),
    );
  });

  it('refuses a server whose Bolt port is taken in one line naming the process that holds it', { timeout: 60_000 }, async () => {
    const jvm = javaChildOf(holder.child.pid ?? -1);
    const second = startServer({ dataDir: path.join(root, 'other-data'), boltPort });
    expect(await second.exited).toBe(1);
    expect(second.stderr().trim()).toBe(
      `The Bolt port ${String(boltPort)} is in use by process ${String(jvm)} (java brugkaart.EmbeddedNeo4j ${path.join(dataDir, 'neo4j')}); stop it (kill ${String(jvm)}) or set NEO4J_BOLT_PORT to another port.`,
    );
  });
});

describe('Bolt asks for the password kept in the data folder', () => {
  const uri = (): string => `bolt://127.0.0.1:${String(boltPort)}`;

  it('keeps the password readable by its owner only', () => {
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(existsSync(`${passwordFile}.new`)).toBe(false);
  });

  it('refuses no credentials, the default neo4j/neo4j, a wrong and the replaced password; takes the stored one', { timeout: 60_000 }, async () => {
    const password = readFileSync(passwordFile, 'utf8').trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(password).not.toBe(firstPassword);
    expect(await login(uri(), undefined)).toBe(UNAUTHORIZED);
    expect(await login(uri(), neo4j.auth.basic('neo4j', 'neo4j'))).toBe(UNAUTHORIZED);
    expect(await login(uri(), neo4j.auth.basic('neo4j', `${password}x`))).toBe(UNAUTHORIZED);
    // Before a third failure in a row, after which Neo4j would lock the user out for a few seconds.
    expect(await login(uri(), neo4j.auth.basic('neo4j', password))).toBe('accepted');
    expect(await login(uri(), neo4j.auth.basic('neo4j', firstPassword))).toBe(UNAUTHORIZED);
  });

  it('lets the maintenance commands find the password, narrowing a file others could read', { timeout: 120_000 }, async () => {
    chmodSync(passwordFile, 0o644);
    const backupFile = path.join(root, 'backup.json');
    const env: NodeJS.ProcessEnv = { ...process.env, BRUGKAART_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort) };
    delete env['NEO4J_URI'];
    const backup = spawn(process.execPath, ['--import', 'tsx', 'server/cli/backup.ts', backupFile], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    backup.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => backup.once('close', resolve));
    expect(stderr).toMatch(/^backup: 0 actors, 0 links/);
    expect(code).toBe(0);
    expect(existsSync(backupFile)).toBe(true);
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
  });
});

describe('a normal stop', () => {
  it('stops the server and its Neo4j cleanly on SIGTERM', { timeout: 120_000 }, async () => {
    const jvm = javaChildOf(holder.child.pid ?? -1);
    const logFile = path.join(dataDir, 'neo4j.log');
    const logBefore = statSync(logFile).size;
    holder.child.kill('SIGTERM');
    expect(await holder.exited).toBe(0);
    expect(processState(jvm)).toBeUndefined();
    expect(readFileSync(logFile, 'utf8').slice(logBefore)).toMatch(/^STOPPED$/m);
  });
});
