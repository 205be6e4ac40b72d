/** Keeping the map (schema/exchange.graphql): create or replace an actor, add a link with its source. */
import { operation, type Domain } from './operation';

export interface ActorInput {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly domain: Domain;
  readonly domains?: readonly Domain[];
  readonly region?: string | null;
  readonly gemeente?: string | null;
  readonly person?: string | null;
  readonly description?: string | null;
  readonly illustrative?: boolean;
  readonly unconfirmed?: boolean;
}

export interface LinkInput {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly source?: string | null;
  readonly quote?: string | null;
  readonly since?: string | null;
  readonly illustrative?: boolean;
  readonly unconfirmed?: boolean;
}

/** With `expectedVersion` (the version the form was filled from) a concurrent change is refused with CONFLICT. */
export const UPSERT_ACTOR = operation<{ upsertActor: { id: string; name: string; version: number } }, { actor: ActorInput; expectedVersion: number | null }>(`
mutation UpsertActor($actor: ActorInput!, $expectedVersion: Int) {
  upsertActor(actor: $actor, expectedVersion: $expectedVersion) { id name version }
}`);

export const ADD_LINK = operation<{ addLink: { from: { id: string }; to: { id: string }; type: string } }, { link: LinkInput }>(`
mutation AddLink($link: LinkInput!) {
  addLink(link: $link) { from { id } to { id } type }
}`);

/** The editable fields of one actor, to fill the edit form. */
export interface EditableActor {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly domain: Domain;
  readonly domains: readonly Domain[];
  readonly region: { readonly id: string } | null;
  readonly gemeente: string | null;
  readonly person: string | null;
  readonly description: string | null;
  readonly illustrative: boolean;
  readonly unconfirmed: boolean;
  readonly version: number;
}

export const EDITABLE_ACTOR = operation<{ actor: EditableActor | null }, { id: string }>(`
query EditableActor($id: ID!) {
  actor(id: $id) { id name type domain domains region { id } gemeente person description illustrative unconfirmed version }
}`);
