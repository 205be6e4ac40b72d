/**
 * The only code that runs Cypher: read and write transactions over one driver, with Neo4j's
 * values turned into plain JSON values and its failures turned into brugkaart's error codes.
 *
 * Ready for a cluster behind a `neo4j://` routing URI: every session names the database, reads
 * run as READ transactions (routed to a reader, a follower or read replica) and writes as WRITE
 * transactions (routed to the leader), and every session shares one bookmark manager, so a read
 * that follows a write anywhere in this process waits until its reader has applied that write
 * (read-your-own-writes on a lagging reader). A standalone server (the embedded one, Community
 * edition, which cannot cluster) answers the routing requests with itself.
 */
import { randomUUID } from 'node:crypto';

import neo4j, { isInt, Neo4jError, type BookmarkManager, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';

import { BrugkaartError } from '../model/errors';
import * as Q from './queries';

export type Row = Readonly<Record<string, unknown>>;
export type Params = Readonly<Record<string, unknown>>;

/** A transaction as the store sees it: run a statement, get plain rows. */
export interface Transaction {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/** Turns Integers into numbers and temporal values into ISO strings, recursively. */
function toPlain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== 'object') return value;
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value)) return value.toString();
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Maps driver failures to codes a caller can act on; anything else stays as it is. */
function translateError(error: unknown): unknown {
  if (error instanceof BrugkaartError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code)) {
      return new BrugkaartError('DB_UNAVAILABLE', 'The database (Neo4j) cannot be reached right now; try again shortly.');
    }
    if (TIMEOUT_CODES.has(error.code)) {
      return new BrugkaartError('TIMEOUT', 'The database transaction took too long and was rolled back.');
    }
  }
  return error;
}

const wrap = (tx: ManagedTransaction): Transaction => ({
  run: async (cypher, params = {}) => {
    const result = await tx.run(cypher, params);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  },
});

export class Database {
  /**
   * The causal chain of this process: each committed transaction leaves its bookmark here and
   * each new session starts from the latest ones, so no reader answers from before them.
   */
  readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  constructor(
    private readonly driver: Driver,
    /** Named on every session: no round trip to resolve the home database, no surprise target. */
    private readonly database: string,
    /** Client-side limit per transaction; the driver rolls back and reports a timeout. */
    private readonly timeoutMs = 30_000,
  ) {}

  /** A read transaction; retried by the driver on transient failures. */
  async read<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  /** A write transaction: all statements commit together or not at all. */
  async write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.session('WRITE', work);
  }

  /**
   * A write that takes effect once, though the driver may run it twice: when a connection
   * drops at COMMIT, Neo4j may have committed while the driver saw no answer, and the driver
   * then retries the whole transaction. Each call claims a (:Write) with an id of its own
   * first; a retry that finds the claim made by a committed attempt returns that attempt's
   * result (JSON) instead of writing again. Claims are pruned after ten minutes.
   */
  async writeOnce<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const id = randomUUID();
    const result = await this.write(async (tx) => {
      const [claim] = await tx.run(Q.CLAIM_WRITE, { id, attempt: randomUUID() });
      if (claim?.['fresh'] !== true) {
        const stored = claim?.['result'];
        return JSON.parse(typeof stored === 'string' ? stored : 'null') as T;
      }
      const done = await work(tx);
      await tx.run(Q.RECORD_WRITE_RESULT, { id, result: JSON.stringify(done ?? null) });
      return done;
    });
    this.pruneClaims();
    return result;
  }

  private lastPrune = 0;

  /** Best effort, at most once a minute, outside the write: a failed prune costs nothing. */
  private pruneClaims(): void {
    if (Date.now() - this.lastPrune < 60_000) return;
    this.lastPrune = Date.now();
    this.write((tx) => tx.run(Q.PRUNE_WRITES)).catch(() => undefined);
  }

  /** Schema statements cannot share a transaction with data; each runs on its own. */
  async runSchema(statements: readonly string[]): Promise<void> {
    // Auto-commit statements in a WRITE session go to the leader, which alone changes schema.
    const session = this.open('WRITE');
    try {
      for (const statement of statements) await session.run(statement);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** A session on the named database, in `mode`, on this process's causal chain. */
  private open(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.open(mode);
    try {
      const config = { timeout: this.timeoutMs };
      return mode === 'READ'
        ? await session.executeRead((tx) => work(wrap(tx)), config)
        : await session.executeWrite((tx) => work(wrap(tx)), config);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }
}
