/** The caller, and token management for admins. */
import type { Resolvers } from '../generated';
import { ENUM_VALUES } from './enum-values';

export const authResolvers: Resolvers = {
  Role: ENUM_VALUES.Role,
  Query: {
    me: async (_, __, context) => {
      const caller = await context.caller();
      return {
        role: caller.kind === 'token' ? caller.role : null,
        name: caller.kind === 'token' ? caller.name : null,
        anonymousRead: context.anonymousRead,
      };
    },
    tokens: (_, __, { tokens }) => tokens.list(),
  },
  Mutation: {
    createToken: (_, args, { tokens }) => tokens.create(args.name, args.role),
    revokeToken: (_, args, { tokens }) => tokens.revoke(args.id),
  },
};
