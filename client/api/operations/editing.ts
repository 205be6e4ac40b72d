/** Keeping the map (schema/exchange.graphql): create or replace an actor, add a link with its source. */
import type {
  ActorInput as SchemaActorInput,
  AddLinkMutation,
  AddLinkMutationVariables,
  EditableActorQuery,
  EditableActorQueryVariables,
  UpsertActorMutation,
  UpsertActorMutationVariables,
} from '../generated';
import { operation } from './operation';

export type ActorInput = SchemaActorInput;

/** With `expectedVersion` (the version the form was filled from) a concurrent change is refused with CONFLICT. */
export const UPSERT_ACTOR = operation<UpsertActorMutation, UpsertActorMutationVariables>(/* GraphQL */ `
mutation UpsertActor($actor: ActorInput!, $expectedVersion: Int) {
  upsertActor(actor: $actor, expectedVersion: $expectedVersion) { id name version }
}`);

export const ADD_LINK = operation<AddLinkMutation, AddLinkMutationVariables>(/* GraphQL */ `
mutation AddLink($link: LinkInput!) {
  addLink(link: $link) { from { id } to { id } type }
}`);

export const EDITABLE_ACTOR = operation<EditableActorQuery, EditableActorQueryVariables>(/* GraphQL */ `
query EditableActor($id: ID!) {
  actor(id: $id) { id name type domain domains region { id } gemeente person description illustrative unconfirmed since until version }
}`);

/** The editable fields of one actor, to fill the edit form. */
export type EditableActor = NonNullable<EditableActorQuery['actor']>;
