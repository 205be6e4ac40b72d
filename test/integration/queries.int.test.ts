/** Every statement in queries.ts is valid Cypher for Neo4j 5.26: EXPLAIN plans each one. */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';

import * as queries from '../../server/neo4j/queries';
import { startTestNeo4j, type TestNeo4j } from '../helpers/neo4j';

let database: TestNeo4j;
let driver: Driver;

beforeAll(async () => {
  database = await startTestNeo4j();
  driver = neo4j.driver(database.uri, neo4j.auth.basic('neo4j', ''));
  for (const statement of queries.SCHEMA) await driver.executeQuery(statement);
});

afterAll(async () => {
  await driver.close();
  await database.dispose();
});

const statements = Object.entries(queries).flatMap(([name, statement]): [string, string][] =>
  typeof statement === 'string' ? [[name, statement]] : [],
);

it.each(statements)('%s plans', async (_name, statement) => {
  const result = await driver.executeQuery(`EXPLAIN ${statement}`);
  expect(result.summary.plan).not.toBe(false);
});
