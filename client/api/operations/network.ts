/** Reading the network (schema/network.graphql and base.graphql): vocabulary, regions, actors, links, paths. */
import type {
  ActorDetailQuery,
  ActorDetailQueryVariables,
  NetworkPageQuery,
  NetworkPageQueryVariables,
  PathsQuery,
  PathsQueryVariables,
  ReferenceDataQuery,
  ReferenceDataQueryVariables,
} from '../generated';
import { operation } from './operation';

export type ReferenceData = ReferenceDataQuery;

export const REFERENCE_DATA = operation<ReferenceDataQuery, ReferenceDataQueryVariables>(/* GraphQL */ `
query ReferenceData {
  vocabulary {
    actorTypes { id defaultDomain mode }
    domains
    linkTypes { id directed }
  }
  regions { id code name centrumgemeente actorCount }
  sources { id kind title author date reference }
}`);

/** One page of the whole network; the schema allows at most 500 actors a page. */
export const NETWORK_PAGE = operation<NetworkPageQuery, NetworkPageQueryVariables>(/* GraphQL */ `
query NetworkPage($offset: Int!, $limit: Int!) {
  actors(offset: $offset, limit: $limit) {
    totalCount
    items {
      id name type domain domains region { id } gemeente illustrative unconfirmed since until
      links { from { id } to { id } type illustrative unconfirmed since until }
    }
  }
}`);

/** An actor as the graph needs it. */
export type NetworkActor = NetworkPageQuery['actors']['items'][number];
/** A link as the graph needs it: its ends and what kind of tie it is. */
export type NetworkLink = NetworkActor['links'][number];

export const ACTOR_DETAIL = operation<ActorDetailQuery, ActorDetailQueryVariables>(/* GraphQL */ `
query ActorDetail($id: ID!) {
  actor(id: $id) {
    id name type domain domains region { id name } gemeente person description illustrative unconfirmed since until degree
    links {
      from { id name } to { id name } type source quote note since until illustrative unconfirmed
      document { id kind title author date reference }
    }
  }
}`);

export type ActorDetail = NonNullable<ActorDetailQuery['actor']>;
/** `note` says what a reader should know, e.g. that a national body stands for its regional branch. */
export type LinkDetail = ActorDetail['links'][number];

export const PATHS = operation<PathsQuery, PathsQueryVariables>(/* GraphQL */ `
query Paths($from: ID!, $to: ID!, $maxHops: Int!) {
  paths(from: $from, to: $to, maxHops: $maxHops) {
    length
    paths { actors { id name } }
    intermediaries { actor { id name type domain } pathCount }
  }
}`);

export type PathResult = PathsQuery['paths'];
