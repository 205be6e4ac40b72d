import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';

import { BrugkaartError } from '../../model/errors';
import { nestingDepth, useRefusalCodes } from './use-refusal-codes';

describe('nestingDepth', () => {
  it('counts braces, brackets and parentheses, not those in strings or comments', () => {
    expect(nestingDepth('{ actor(id: "a") { name } }')).toBe(2);
    expect(nestingDepth('{ a(x: [[[1]]]) }')).toBe(5);
    expect(nestingDepth('{ a(name: "{{{{{{ \\" {{{{") } # {{{{{{{{\n')).toBe(2);
    expect(nestingDepth('['.repeat(3000))).toBe(3000);
  });
});

describe('useRefusalCodes', () => {
  const logged: unknown[] = [];
  const silent = (): void => undefined;
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { refused: String, fault: String }',
      resolvers: {
        Query: {
          refused: () => {
            throw new BrugkaartError('NOT_FOUND', 'No actor has id "x".', [{ record: 'actor', field: 'id', message: 'no actor has id "x"' }]);
          },
          fault: () => {
            throw new Error('neo4j said something internal');
          },
        },
      },
    }),
    plugins: [useRefusalCodes()],
    maskedErrors: true,
    logging: { debug: silent, info: silent, warn: silent, error: (...args: unknown[]) => logged.push(...args) },
  });
  const ask = async (query: string): Promise<unknown> =>
    (await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();

  it('says a refusal (a plain model error) as GraphQL: message, place, code and problems, not logged as a fault', async () => {
    expect(await ask('{ refused }')).toEqual({
      data: { refused: null },
      errors: [
        {
          message: 'No actor has id "x".',
          locations: [{ line: 1, column: 3 }],
          path: ['refused'],
          extensions: { code: 'NOT_FOUND', problems: [{ record: 'actor', field: 'id', message: 'no actor has id "x"' }] },
        },
      ],
    });
    expect(logged).toEqual([]);
  });

  it('masks any other error', async () => {
    expect(await ask('{ fault }')).toEqual({
      data: { fault: null },
      errors: [{ message: 'Unexpected error.', locations: [{ line: 1, column: 3 }], path: ['fault'], extensions: { code: 'INTERNAL_SERVER_ERROR', problems: [] } }],
    });
    expect(logged).not.toEqual([]);
  });
});
