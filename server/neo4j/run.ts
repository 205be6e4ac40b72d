/**
 * The only code that runs Cypher: read and write transactions over one driver, with Neo4j's
 * values turned into plain JSON values and its failures turned into brugkaart's error codes.
 */
import neo4j, { isInt, Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';

import { BrugkaartError } from '../model/errors';

export type Row = Readonly<Record<string, unknown>>;
export type Params = Readonly<Record<string, unknown>>;

/** A transaction as the store sees it: run a statement, get plain rows. */
export interface Transaction {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/** Turns Integers into numbers and temporal values into ISO strings, recursively. */
export function toPlain(value: unknown): unknown {
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
export function translateError(error: unknown): unknown {
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
  constructor(
    private readonly driver: Driver,
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

  /** Schema statements cannot share a transaction with data; each runs on its own. */
  async runSchema(statements: readonly string[]): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      for (const statement of statements) await session.run(statement);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
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
