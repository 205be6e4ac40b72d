/**
 * Which process holds a Neo4j store or a TCP port, read from /proc (Linux) without extra tools:
 * a process's open files are the links in /proc/PID/fd. Only this user's processes can be
 * inspected; for others the answer is undefined.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

export interface HoldingProcess {
  readonly pid: number;
  /** The program and its first plain arguments, e.g. `java brugkaart.EmbeddedNeo4j /srv/data/neo4j`. */
  readonly command: string;
}

const readOrEmpty = (read: () => string[]): string[] => {
  try {
    return read();
  } catch {
    // Gone meanwhile, or another user's.
    return [];
  }
};

function findProcessWithOpenFile(matches: (linkTarget: string) => boolean): HoldingProcess | undefined {
  for (const entry of readOrEmpty(() => readdirSync('/proc'))) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const fdDir = `/proc/${entry}/fd`;
    const holds = readOrEmpty(() => readdirSync(fdDir)).some((fd) => readOrEmpty(() => [readlinkSync(path.join(fdDir, fd))]).some(matches));
    if (holds) return { pid: Number(entry), command: describeProcess(entry) };
  }
  return undefined;
}

function describeProcess(pid: string): string {
  const [program = '?', ...args] = readOrEmpty(() => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((arg) => arg !== ''));
  // Options and class paths say little and can be kilobytes long.
  const plain = args.filter((arg) => !arg.startsWith('-') && !arg.includes(path.delimiter)).slice(0, 2);
  return [path.basename(program), ...plain].join(' ');
}

/** The process holding a lock file of the Neo4j home `home` (Neo4j keeps its lock files open). */
export function findStoreLockHolder(home: string): HoldingProcess | undefined {
  const inside = path.resolve(home) + path.sep;
  return findProcessWithOpenFile((target) => target.startsWith(inside) && path.basename(target).endsWith('_lock'));
}

/** The process listening on TCP `port` (IPv4 or IPv6), through the socket inodes of /proc/net/tcp*. */
export function findPortListener(port: number): HoldingProcess | undefined {
  const LISTEN = '0A';
  const sockets = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readOrEmpty(() => readFileSync(table, 'utf8').split('\n').slice(1))) {
      const fields = line.trim().split(/\s+/);
      const localPort = fields[1]?.split(':')[1];
      if (localPort !== undefined && parseInt(localPort, 16) === port && fields[3] === LISTEN && fields[9] !== undefined) sockets.add(`socket:[${fields[9]}]`);
    }
  }
  return sockets.size === 0 ? undefined : findProcessWithOpenFile((target) => sockets.has(target));
}
