/**
 * Enforces the policy table (server/auth/policy.ts) on the schema: every root field and every
 * guarded field checks the caller before it resolves. A root field without an entry stops the
 * server at start-up.
 */
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';

import { POLICY } from '../auth/policy';
import { decide, type Caller, type Requirement } from '../auth/roles';
import { BrugkaartError } from '../model/errors';
import type { Context } from './context';

const ROOT_TYPES = new Set(['Query', 'Mutation']);

/** The refusal for a caller the policy does not allow; undefined when allowed. */
export function refusal(caller: Caller, required: Requirement, anonymousRead: boolean, what: string): BrugkaartError | undefined {
  const decision = decide(caller, required, anonymousRead);
  if (decision === 'allow') return undefined;
  const message =
    decision === 'FORBIDDEN'
      ? `${what} needs the role ${required}; this token's role is lower.`
      : caller.kind === 'invalid'
        ? 'The token is unknown or revoked.'
        : `${what} needs a token with the role ${required}.`;
  return new BrugkaartError(decision, message, [{ record: what, field: 'authorization', message }]);
}

export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const coordinate = `${typeName}.${fieldName}`;
      const required = POLICY[coordinate];
      if (required === undefined) {
        if (ROOT_TYPES.has(typeName)) throw new Error(`${coordinate} has no entry in the policy table (server/auth/policy.ts)`);
        return field;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve: async (source, args, context: Context, info) => {
          const refused = refusal(await context.caller(), required, context.anonymousRead, coordinate);
          if (refused !== undefined) throw refused;
          return resolve(source, args, context, info);
        },
      };
    },
  });
}
