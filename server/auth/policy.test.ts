/** The schema's mutations, as introspection (and so GraphiQL) shows them, are real operations with a policy. */
import { graphqlSync } from 'graphql';
import { describe, expect, it } from 'vitest';

import { buildSchema } from '../graphql/schema';
import { POLICY } from './policy';

describe('the Mutation type', () => {
  it('has no placeholder field, and every field it shows has a policy entry', () => {
    const result = graphqlSync({ schema: buildSchema(), source: '{ __schema { mutationType { fields { name } } } }' });
    expect(result.errors).toBeUndefined();
    const shown = (result.data as { __schema: { mutationType: { fields: { name: string }[] } } }).__schema.mutationType.fields.map((field) => field.name);
    expect(shown).not.toContain('_empty');
    expect(shown.filter((name) => name.startsWith('_'))).toEqual([]);
    const inPolicy = Object.keys(POLICY).filter((coordinate) => coordinate.startsWith('Mutation.')).map((coordinate) => coordinate.slice('Mutation.'.length));
    expect([...shown].sort()).toEqual(inPolicy.sort());
  });
});
