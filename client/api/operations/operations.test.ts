/**
 * Every query string of the client is valid against the SDL in schema/ (the data contract),
 * so a change on the server side that breaks the explorer fails here, not in a browser.
 */
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

import * as analytics from './analytics';
import * as editing from './editing';
import * as network from './network';

const sdl = import.meta.glob<string>('../../../schema/*.graphql', { eager: true, query: '?raw', import: 'default' });

const isOperation = (value: unknown): value is { name: string; query: string } =>
  typeof value === 'object' && value !== null && 'query' in value && 'name' in value;

const operations = [analytics, editing, network].flatMap((module) => Object.values(module).filter(isOperation));

describe('client operations', () => {
  const schema = buildSchema(Object.keys(sdl).sort().map((file) => sdl[file] ?? '').join('\n'));

  it('finds the schema and the operations', () => {
    expect(Object.keys(sdl).length).toBeGreaterThanOrEqual(4);
    expect(operations.length).toBeGreaterThanOrEqual(12);
  });

  it.each(operations.map((operation) => [operation.name, operation.query] as const))('%s is valid against schema/*.graphql', (_name, query) => {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });
});
