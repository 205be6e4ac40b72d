/** Reading the network (schema/network.graphql and base.graphql): vocabulary, regions, actors, links, paths. */
import { operation, type ActorRef, type Domain } from './operation';

/** Contract §6: an actor type's mode; FORUM types (meetings, programmes) are places where actors meet. */
export type ActorMode = 'ACTOR' | 'FORUM';

export interface ActorTypeInfo {
  readonly id: string;
  readonly defaultDomain: Domain;
  readonly mode: ActorMode;
}

export interface LinkTypeInfo {
  readonly id: string;
  readonly directed: boolean;
}

export interface RegionInfo {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly centrumgemeente: string | null;
  readonly actorCount: number;
}

export interface SourceInfo {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly author: string | null;
  readonly date: string | null;
  readonly reference: string | null;
}

export interface ReferenceData {
  readonly vocabulary: {
    readonly actorTypes: readonly ActorTypeInfo[];
    readonly domains: readonly Domain[];
    readonly linkTypes: readonly LinkTypeInfo[];
  };
  readonly regions: readonly RegionInfo[];
  readonly sources: readonly SourceInfo[];
}

export const REFERENCE_DATA = operation<ReferenceData>(`
query ReferenceData {
  vocabulary {
    actorTypes { id defaultDomain mode }
    domains
    linkTypes { id directed }
  }
  regions { id code name centrumgemeente actorCount }
  sources { id kind title author date reference }
}`);

/** A link as the graph needs it: its ends and what kind of tie it is. */
export interface NetworkLink {
  readonly from: { readonly id: string };
  readonly to: { readonly id: string };
  readonly type: string;
  readonly illustrative: boolean;
  readonly unconfirmed: boolean;
}

/** An actor as the graph needs it. */
export interface NetworkActor {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly domain: Domain;
  readonly domains: readonly Domain[];
  readonly region: { readonly id: string } | null;
  readonly gemeente: string | null;
  readonly illustrative: boolean;
  readonly unconfirmed: boolean;
  readonly links: readonly NetworkLink[];
}

export interface NetworkPage {
  readonly actors: { readonly totalCount: number; readonly items: readonly NetworkActor[] };
}

/** One page of the whole network; the schema allows at most 500 actors a page. */
export const NETWORK_PAGE = operation<NetworkPage, { offset: number; limit: number }>(`
query NetworkPage($offset: Int!, $limit: Int!) {
  actors(offset: $offset, limit: $limit) {
    totalCount
    items {
      id name type domain domains region { id } gemeente illustrative unconfirmed
      links { from { id } to { id } type illustrative unconfirmed }
    }
  }
}`);

export interface LinkDetail {
  readonly from: ActorRef;
  readonly to: ActorRef;
  readonly type: string;
  readonly source: string | null;
  readonly quote: string | null;
  /** What a reader should know, e.g. that a national body stands for its regional branch. */
  readonly note: string | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly illustrative: boolean;
  readonly unconfirmed: boolean;
  readonly document: SourceInfo | null;
}

export interface ActorDetail {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly domain: Domain;
  readonly domains: readonly Domain[];
  readonly region: { readonly id: string; readonly name: string } | null;
  readonly gemeente: string | null;
  readonly person: string | null;
  readonly description: string | null;
  readonly illustrative: boolean;
  readonly unconfirmed: boolean;
  readonly degree: number;
  readonly links: readonly LinkDetail[];
}

export const ACTOR_DETAIL = operation<{ actor: ActorDetail | null }, { id: string }>(`
query ActorDetail($id: ID!) {
  actor(id: $id) {
    id name type domain domains region { id name } gemeente person description illustrative unconfirmed degree
    links {
      from { id name } to { id name } type source quote note since until illustrative unconfirmed
      document { id kind title author date reference }
    }
  }
}`);

export interface PathResult {
  readonly length: number | null;
  readonly paths: readonly { readonly actors: readonly ActorRef[] }[];
  readonly intermediaries: readonly { readonly actor: ActorRef & { readonly type: string; readonly domain: Domain }; readonly pathCount: number }[];
}

export const PATHS = operation<{ paths: PathResult }, { from: string; to: string; maxHops: number }>(`
query Paths($from: ID!, $to: ID!, $maxHops: Int!) {
  paths(from: $from, to: $to, maxHops: $maxHops) {
    length
    paths { actors { id name } }
    intermediaries { actor { id name type domain } pathCount }
  }
}`);
