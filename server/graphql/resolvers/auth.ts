/** The caller, and token management for admins. */
import type { Role } from '../../auth/roles';
import type { Context } from '../context';

export const authResolvers = {
  Role: { VIEWER: 'viewer', EDITOR: 'editor', ADMIN: 'admin' },
  Query: {
    me: async (_: unknown, __: unknown, context: Context) => {
      const caller = await context.caller();
      return {
        role: caller.kind === 'token' ? caller.role : null,
        name: caller.kind === 'token' ? caller.name : null,
        anonymousRead: context.anonymousRead,
      };
    },
    tokens: (_: unknown, __: unknown, { tokens }: Context) => tokens.list(),
  },
  Mutation: {
    createToken: (_: unknown, args: { name: string; role: Role }, { tokens }: Context) => tokens.create(args.name, args.role),
    revokeToken: (_: unknown, args: { id: string }, { tokens }: Context) => tokens.revoke(args.id),
  },
};
