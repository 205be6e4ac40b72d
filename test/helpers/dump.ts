/**
 * A canonical dump of a test Neo4j, read directly with neo4j-driver (not through the API), so a
 * test can prove that a refused request wrote nothing at all: no actor, link, audit record,
 * import marker or version bump. Every node (element id, labels sorted, all properties) and
 * every relationship (element id, type, start and end node ids, all properties), each list
 * sorted, as one JSON string: two dumps are equal exactly when the databases are.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import type { TestNeo4j } from './neo4j';

/** A property value in a form JSON keeps exactly (integers, temporals and odd floats tagged). */
export type Canonical = null | boolean | string | number | readonly Canonical[] | { readonly [tag: string]: Canonical };

function canonical(value: unknown): Canonical {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : { $float: Object.is(value, -0) ? '-0' : String(value) };
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return { $int: value.toString() };
  if (value instanceof Int8Array || value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(canonical);
  if (
    neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) || neo4j.isDuration(value) || neo4j.isPoint(value)
  ) {
    return { $temporal: String(value) };
  }
  if (typeof value === 'object') {
    // Keys as a sorted list of pairs: JSON objects would reorder integer-like keys.
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { $map: entries.map(([key, item]) => [key, canonical(item)]) };
  }
  return { $unknown: typeof value };
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The whole database as one sorted JSON string. */
async function dumpDatabase(driver: Driver, database = 'neo4j'): Promise<string> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const nodes = await tx.run('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props');
      const relationships = await tx.run(
        'MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS props',
      );
      const nodeLines = nodes.records
        .map((record) =>
          JSON.stringify({
            id: record.get('id') as string,
            labels: [...(record.get('labels') as string[])].sort(byText),
            props: canonical(record.get('props')),
          }),
        )
        .sort(byText);
      const relationshipLines = relationships.records
        .map((record) =>
          JSON.stringify({
            id: record.get('id') as string,
            type: record.get('type') as string,
            start: record.get('start') as string,
            end: record.get('end') as string,
            props: canonical(record.get('props')),
          }),
        )
        .sort(byText);
      return `{"nodes":[${nodeLines.join(',')}],"relationships":[${relationshipLines.join(',')}]}`;
    });
  } finally {
    await session.close();
  }
}

/** A driver of its own on the test Neo4j, and the dump through it. */
export interface DatabaseDumper {
  dump(): Promise<string>;
  close(): Promise<void>;
}

export function openDumper(database: Pick<TestNeo4j, 'uri' | 'password'>): DatabaseDumper {
  const driver = neo4j.driver(database.uri, neo4j.auth.basic('neo4j', database.password));
  return { dump: () => dumpDatabase(driver), close: () => driver.close() };
}
