/**
 * Who may do what. Three roles, each including the one before: a viewer reads, an editor also
 * writes, an admin also manages tokens, reads the audit trail, undoes and erases. Reading
 * without a token is an operator's setting (on for the local start, off in production).
 */

const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** The caller of one request, as its token says. */
export type Caller =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'token'; readonly tokenId: string; readonly name: string; readonly role: Role }
  /** A token was sent but is unknown or revoked: refused outright, never treated as anonymous. */
  | { readonly kind: 'invalid' };

export const ANONYMOUS: Caller = { kind: 'anonymous' };

/** What an operation needs: `public` anyone, otherwise at least that role. */
export type Requirement = 'public' | Role;

const rank = (role: Role): number => ROLES.indexOf(role);

export type Decision = 'allow' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * Whether `caller` may do something that needs `required`. An anonymous caller counts as a
 * viewer where the operator allows anonymous reading.
 */
export function decide(caller: Caller, required: Requirement, anonymousRead: boolean): Decision {
  if (required === 'public') return 'allow';
  if (caller.kind === 'invalid') return 'UNAUTHENTICATED';
  if (caller.kind === 'anonymous') return required === 'viewer' && anonymousRead ? 'allow' : 'UNAUTHENTICATED';
  return rank(caller.role) >= rank(required) ? 'allow' : 'FORBIDDEN';
}
