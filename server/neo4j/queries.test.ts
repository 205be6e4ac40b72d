import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

describe('queries.ts', () => {
  it('never builds Cypher from text: no template interpolation at all', () => {
    const source = readFileSync(path.join(import.meta.dirname, 'queries.ts'), 'utf8');
    expect(source).not.toContain('${');
  });

  it('is the only module that holds Cypher', () => {
    const serverDir = path.join(import.meta.dirname, '..');
    const offenders = ['neo4j/network-store.ts', 'neo4j/run.ts', 'neo4j/seed.ts', 'graphql/resolvers/network.ts', 'graphql/resolvers/exchange.ts'].filter((file) =>
      /\b(MATCH|MERGE|CREATE|DETACH DELETE|UNWIND)\b\s*\(/.test(readFileSync(path.join(serverDir, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
