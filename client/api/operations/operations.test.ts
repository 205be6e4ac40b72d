/**
 * Every query string of the client is valid against the SDL in schema/ (the data contract),
 * so a change on the server side that breaks the explorer fails here, not in a browser. The
 * operation modules are found by a glob, so a new one is checked without being listed.
 */
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const sdl = import.meta.glob<string>('../../../schema/*.graphql', { eager: true, query: '?raw', import: 'default' });
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });

const isOperation = (value: unknown): value is { name: string; query: string } =>
  typeof value === 'object' && value !== null && 'query' in value && 'name' in value;

const operations = Object.values(modules).flatMap((module) => Object.values(module).filter(isOperation));

describe('client operations', () => {
  const schema = buildSchema(Object.keys(sdl).sort().map((file) => sdl[file] ?? '').join('\n'));

  it('finds the schema and the operations of every module', () => {
    expect(Object.keys(sdl).length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(modules).map((file) => file.replace('./', '')).sort()).toEqual(['analytics.ts', 'editing.ts', 'network.ts', 'operation.ts', 'report.ts', 'session.ts', 'survey-form.ts', 'survey.ts']);
    expect(operations.length).toBeGreaterThanOrEqual(17);
  });

  it('names each operation once', () => {
    const names = operations.map((operation) => operation.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it.each(operations.map((operation) => [operation.name, operation.query] as const))('%s is valid against schema/*.graphql', (_name, query) => {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });
});
