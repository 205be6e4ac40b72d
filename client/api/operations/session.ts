/** Who is calling (schema/auth.graphql), and the audit trail of one actor with its undo (admin). */
import { operation } from './operation';

export type Role = 'VIEWER' | 'EDITOR' | 'ADMIN';

export interface Me {
  /** Null without a (valid) token. */
  readonly role: Role | null;
  readonly name: string | null;
  /** Whether this server lets callers without a token read. */
  readonly anonymousRead: boolean;
}

export const ME = operation<{ me: Me }>(`
query Me {
  me { role name anonymousRead }
}`);

/** One write in the audit trail (schema `Change`). */
export interface Change {
  readonly id: string;
  readonly at: string;
  readonly who: string;
  readonly operation: string;
  readonly target: string;
  readonly undone: boolean;
}

export const ACTOR_HISTORY = operation<{ actor: { id: string; history: readonly Change[] } | null }, { id: string }>(`
query ActorHistory($id: ID!) {
  actor(id: $id) { id history(limit: 20) { id at who operation target undone } }
}`);

export const UNDO_CHANGE = operation<{ undoChange: Change }, { id: string }>(`
mutation UndoChange($id: ID!) {
  undoChange(id: $id) { id at who operation target undone }
}`);
