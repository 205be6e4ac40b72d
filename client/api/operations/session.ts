/** Who is calling (schema/auth.graphql), and the audit trail of one actor with its undo (admin). */
import type { ActorHistoryQuery, ActorHistoryQueryVariables, ChangeFieldsFragment, MeQuery, MeQueryVariables, UndoChangeMutation, UndoChangeMutationVariables } from '../generated';
import { operation } from './operation';

/** `role` and `name` are null without a (valid) token; `anonymousRead` says whether this server lets callers without one read. */
export type Me = MeQuery['me'];

export const ME = operation<MeQuery, MeQueryVariables>(/* GraphQL */ `
query Me {
  me { role name anonymousRead }
}`);

/** One write in the audit trail (schema `Change`). */
export type Change = ChangeFieldsFragment;

const CHANGE_FIELDS = /* GraphQL */ `
fragment ChangeFields on Change { id at who operation target undone }`;

export const ACTOR_HISTORY = operation<ActorHistoryQuery, ActorHistoryQueryVariables>(/* GraphQL */ `
query ActorHistory($id: ID!) {
  actor(id: $id) { id history(limit: 20) { ...ChangeFields } }
}`, CHANGE_FIELDS);

export const UNDO_CHANGE = operation<UndoChangeMutation, UndoChangeMutationVariables>(/* GraphQL */ `
mutation UndoChange($id: ID!) {
  undoChange(id: $id) { ...ChangeFields }
}`, CHANGE_FIELDS);
