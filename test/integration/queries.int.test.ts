/** Every statement in queries.ts is valid Cypher for Neo4j 5.26: EXPLAIN plans each one. */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';

import * as queries from '../../server/neo4j/queries';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let database: SharedNeo4j;
let driver: Driver;

beforeAll(async () => {
  database = await sharedTestNeo4j();
  driver = neo4j.driver(database.uri, neo4j.auth.basic('neo4j', database.password));
  for (const statement of queries.SCHEMA) await driver.executeQuery(statement);
});

afterAll(async () => {
  await driver.close();
});

const statements = Object.entries(queries).flatMap(([name, statement]): [string, string][] =>
  typeof statement === 'string' ? [[name, statement]] : [],
);

it.each(statements)('%s plans', async (_name, statement) => {
  const result = await driver.executeQuery(`EXPLAIN ${statement}`);
  expect(result.summary.plan).not.toBe(false);
});

/** Every operator name in a plan, depth first. */
function operators(plan: { operatorType: string; children: readonly unknown[] }): string[] {
  return [plan.operatorType, ...plan.children.flatMap((child) => operators(child as typeof plan))];
}

it('searches shortest paths breadth first only, with no exhaustive fallback expansion', async () => {
  // With $maxHops in the pattern's WHERE, Neo4j planned a VarLengthExpand fallback that, on a
  // 20,000-actor network, ran past the transaction timeout whenever no path was short enough.
  const { summary } = await driver.executeQuery(`EXPLAIN ${queries.ALL_SHORTEST_PATHS}`, { from: 'a', to: 'b', maxHops: 3 });
  const plan = summary.plan === false ? [] : operators(summary.plan);
  expect(plan.some((operator) => operator.startsWith('ShortestPath'))).toBe(true);
  expect(plan.filter((operator) => operator.startsWith('VarLengthExpand') || operator.startsWith('AntiConditionalApply'))).toEqual([]);
});

it('reads a page of actors off the name index in order: a seek and a limit, nothing sorted', async () => {
  // Sorting or collecting every matching actor made each page cost the whole network.
  const params = { afterName: '', afterId: null, afterScore: null, types: null, domains: null, region: null, offset: neo4j.int(0), limit: neo4j.int(21) };
  const { summary } = await driver.executeQuery(`EXPLAIN ${queries.FIND_ACTORS}`, params);
  const plan = summary.plan === false ? [] : operators(summary.plan).map((operator) => operator.replace(/@.*/, ''));
  expect(plan).toContain('NodeIndexSeek');
  expect(plan).toContain('Limit');
  expect(plan.filter((operator) => /Sort|Top|Aggregation|NodeByLabelScan|AllNodesScan/.test(operator))).toEqual([]);
  expect(JSON.stringify(summary.plan)).toContain('RANGE INDEX a:Actor(name, id)');
});

it('counts all actors from the count store, not node by node', async () => {
  const { summary } = await driver.executeQuery(`EXPLAIN ${queries.COUNT_ALL_ACTORS}`);
  expect(summary.plan === false ? [] : operators(summary.plan).map((operator) => operator.replace(/@.*/, ''))).toContain('NodeCountFromCountStore');
});
