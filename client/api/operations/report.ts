/**
 * What the report page (client/report) reads beyond the analytics operations it shares with
 * the panels: the region with its gemeenten, the region's actors with their links and sources
 * on the report's day, and what changed between two days.
 */
import type {
  ReportActorsQuery,
  ReportActorsQueryVariables,
  ReportChangesQuery,
  ReportChangesQueryVariables,
  ReportReferenceQuery,
  ReportReferenceQueryVariables,
} from '../generated';
import { operation } from './operation';

export const REPORT_REFERENCE = operation<ReportReferenceQuery, ReportReferenceQueryVariables>(/* GraphQL */ `
query ReportReference {
  regions { id code name centrumgemeente gemeenten actorCount }
  vocabulary { actorTypes { id mode } }
}`);

export type ReportRegion = ReportReferenceQuery['regions'][number];

/** One page of a region's actors (all actors without a region filter) present on a day. */
export const REPORT_ACTORS = operation<ReportActorsQuery, ReportActorsQueryVariables>(/* GraphQL */ `
query ReportActors($filter: ActorFilter, $offset: Int!, $limit: Int!) {
  actors(filter: $filter, offset: $offset, limit: $limit) {
    totalCount
    items {
      id name type domain domains person gemeente region { id } illustrative unconfirmed since until
      links {
        from { id name } to { id name } type source quote since until illustrative unconfirmed
        document { id kind title author date reference }
      }
    }
  }
}`);

export type ReportActor = ReportActorsQuery['actors']['items'][number];
export type ReportLink = ReportActor['links'][number];
export type ReportSource = NonNullable<ReportLink['document']>;

export const REPORT_CHANGES = operation<ReportChangesQuery, ReportChangesQueryVariables>(/* GraphQL */ `
query ReportChanges($from: String!, $to: String!, $region: ID, $scope: AnalysisScope) {
  compare(from: $from, to: $to, region: $region, scope: $scope) {
    from to
    actorsCame { id name }
    actorsWent { id name }
    linksCame { from { name } to { name } type }
    linksWent { from { name } to { name } type }
    before { actors links components eiIndex szEzWithinTwoSteps islands }
    after { actors links components eiIndex szEzWithinTwoSteps islands }
    brokers { actor { id name } rankBefore rankAfter }
    islands { fate kind members { id name } description { nl en } }
    realisedSuggestions { from { name } to { name } }
  }
}`);

export type ReportChanges = ReportChangesQuery['compare'];
