/**
 * The test run's one Neo4j (started by test/global-setup.ts), for every integration and e2e file
 * that does not stop, kill or restore it. Files run one after another (Community has one user
 * database).
 */
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';

import type { TestNeo4j } from './neo4j';

/** Where a test reaches a Neo4j it did not start, as user `neo4j`. */
export type SharedNeo4j = Pick<TestNeo4j, 'uri' | 'password'>;

/**
 * The run's shared Neo4j, emptied as a fresh one would be: no node or relationship (so no
 * network, version, audit record, import marker or token) and no index or constraint but
 * Neo4j's own lookup indexes. The app's start-up then makes its schema and reference data again.
 * Emptied before the file rather than after it, so a file that failed half-way harms no other.
 */
export async function sharedTestNeo4j(): Promise<SharedNeo4j> {
  const shared = inject('sharedNeo4j');
  const driver = neo4j.driver(shared.uri, neo4j.auth.basic('neo4j', shared.password));
  const session = driver.session({ database: 'neo4j' });
  try {
    // Batched, so a file's 100,000-link network does not make one transaction past the timeout.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    // Constraints first: dropping one drops the index behind it.
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name');
    for (const record of constraints.records) await session.run('DROP CONSTRAINT $name', { name: record.get('name') as string });
    const indexes = await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
    for (const record of indexes.records) await session.run('DROP INDEX $name', { name: record.get('name') as string });
  } finally {
    await session.close();
    await driver.close();
  }
  return shared;
}
