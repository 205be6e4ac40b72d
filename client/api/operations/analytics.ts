/**
 * The analytics questions (schema/analytics.graphql): measures, brokers, islands, missing
 * links, scorecards, what-if, forums and the whole report. Each takes the scope
 * (state/scope.ts `scopeInput`) the figure is for. The types are generated (client/api/generated.ts);
 * the names below are the ones the panels use.
 */
import type {
  ActorMeasuresQuery,
  ActorMeasuresQueryVariables,
  AnalysisQuery,
  AnalysisQueryVariables,
  CompareQuery,
  CompareQueryVariables,
  BrokerMeasure as SchemaBrokerMeasure,
  BrokersQuery,
  BrokersQueryVariables,
  ForumFieldsFragment,
  ForumQuery,
  ForumQueryVariables,
  ForumsQuery,
  ForumsQueryVariables,
  IslandFigureFieldsFragment,
  IslandsQuery,
  IslandsQueryVariables,
  MeasureFieldsFragment,
  MissingLinksQuery,
  MissingLinksQueryVariables,
  NetworkFigureFieldsFragment,
  RegionScorecardQuery,
  RegionScorecardQueryVariables,
  SuggestedLinkFieldsFragment,
  WhatIfQuery,
  WhatIfQueryVariables,
} from '../generated';
import { operation } from './operation';

export type ActorMeasures = MeasureFieldsFragment;
export type Measures = Omit<ActorMeasures, 'actor'>;
export type BrokerageRoles = Measures['brokerage'];

const MEASURE_FIELDS = /* GraphQL */ `
fragment MeasureFields on ActorMeasures {
  actor { id name type domain }
  degree betweenness szEzBridging bridging
  brokerage { coordinator itinerant representative gatekeeper liaison total }
  constraint effectiveSize component community
}`;

export const ACTOR_MEASURES = operation<ActorMeasuresQuery, ActorMeasuresQueryVariables>(/* GraphQL */ `
query ActorMeasures($scope: AnalysisScope) {
  actorMeasures(scope: $scope) { ...MeasureFields }
}`, MEASURE_FIELDS);

/** The rankings the explorer offers; BRIDGING is between the scope's two domains (SZ–EZ by default). */
export type BrokerMeasure = Exclude<SchemaBrokerMeasure, 'SZ_EZ_BRIDGING'>;
export const BROKER_MEASURES: readonly BrokerMeasure[] = ['BRIDGING', 'BETWEENNESS', 'BROKERAGE', 'DEGREE', 'EFFECTIVE_SIZE', 'CONSTRAINT'];

export const BROKERS = operation<BrokersQuery, BrokersQueryVariables>(/* GraphQL */ `
query Brokers($region: ID, $top: Int!, $by: BrokerMeasure!, $scope: AnalysisScope) {
  brokers(region: $region, top: $top, by: $by, scope: $scope) { ...MeasureFields }
}`, MEASURE_FIELDS);

export type NetworkFigures = NetworkFigureFieldsFragment;
export type SuggestedLink = SuggestedLinkFieldsFragment;
export type IslandFigures = IslandFigureFieldsFragment;

const NETWORK_FIGURE_FIELDS = /* GraphQL */ `
fragment NetworkFigureFields on NetworkFigures { actors links components eiIndex szEzWithinTwoSteps islands }`;

const SUGGESTED_LINK_FIELDS = /* GraphQL */ `
fragment SuggestedLinkFields on SuggestedLink { from { id name domain } to { id name domain } score sharedPartners { id name } }`;

const ISLAND_FIGURE_FIELDS = /* GraphQL */ `
fragment IslandFigureFields on IslandFigures { externalLinks internalLinks eiIndex island }`;

export const ISLANDS = operation<IslandsQuery, IslandsQueryVariables>(/* GraphQL */ `
query Islands($region: ID, $scope: AnalysisScope) {
  islands(region: $region, scope: $scope) {
    components { index size }
    communities { id size members { id } domains { SZ EZ ONDERWIJS OVERIG } eiIndex }
    modularity
    rule { minMembers maxEiIndex minDominantShare }
    islands {
      kind index
      members { id name }
      reason { members dominantDomain dominantShare internalLinks externalLinks eiIndex }
      description { nl en }
      repair {
        status
        links { ...SuggestedLinkFields }
        before { ...IslandFigureFields }
        after { ...IslandFigureFields }
        networkBefore { ...NetworkFigureFields }
        networkAfter { ...NetworkFigureFields }
        fallback { from { id name } to { id name } national szEzPairsGained joinsComponents islandAfter { ...IslandFigureFields } networkAfter { szEzWithinTwoSteps } }
        description { nl en }
      }
    }
  }
}`, SUGGESTED_LINK_FIELDS, ISLAND_FIGURE_FIELDS, NETWORK_FIGURE_FIELDS);

export type Islands = IslandsQuery['islands'];
export type PolicyIsland = Islands['islands'][number];
/** A link out of an island without a shared partner, with the figures of adding it alone. */
export type FallbackSuggestion = PolicyIsland['repair']['fallback'][number];

export const MISSING_LINKS = operation<MissingLinksQuery, MissingLinksQueryVariables>(/* GraphQL */ `
query MissingLinks($region: ID, $top: Int!, $scope: AnalysisScope) {
  missingLinks(region: $region, top: $top, scope: $scope) { ...SuggestedLinkFields }
}`, SUGGESTED_LINK_FIELDS);

export const REGION_SCORECARD = operation<RegionScorecardQuery, RegionScorecardQueryVariables>(/* GraphQL */ `
query RegionScorecard($region: ID, $scope: AnalysisScope) {
  regionScorecard(region: $region, scope: $scope) {
    region { id name code }
    actors
    actorsPerDomain { SZ EZ ONDERWIJS OVERIG }
    links
    linksPerDomainPair { domains count }
    density eiIndex szEzWithinTwoSteps islands
    topBrokers { actor { id name } szEzBridging bridging }
  }
}`);

export type RegionScorecard = RegionScorecardQuery['regionScorecard'];

export const WHAT_IF = operation<WhatIfQuery, WhatIfQueryVariables>(/* GraphQL */ `
query WhatIf($addLinks: [ProposedLink!]!, $scope: AnalysisScope) {
  whatIf(addLinks: $addLinks, scope: $scope) {
    added { from { id name } to { id name } }
    alreadyLinked { from { id name } to { id name } }
    before { ...NetworkFigureFields }
    after { ...NetworkFigureFields }
    actors {
      actor { id name }
      before { bridging betweenness degree }
      after { bridging betweenness degree }
    }
  }
}`, NETWORK_FIGURE_FIELDS);

export type WhatIf = WhatIfQuery['whatIf'];

/** A forum (contract §6) and who meets there; pairs are SZ member → EZ member. */
export type ForumMeasures = ForumFieldsFragment;

const FORUM_FIELDS = /* GraphQL */ `
fragment ForumFields on ForumMeasures { forum { id name type domain } members domains { SZ EZ ONDERWIJS OVERIG } szEzPairs onlyBridge }`;

export const FORUMS = operation<ForumsQuery, ForumsQueryVariables>(/* GraphQL */ `
query Forums($region: ID, $top: Int!, $scope: AnalysisScope) {
  forums(region: $region, top: $top, scope: $scope) { ...ForumFields }
}`, FORUM_FIELDS);

export const FORUM = operation<ForumQuery, ForumQueryVariables>(/* GraphQL */ `
query Forum($id: ID!, $scope: AnalysisScope) {
  forum(id: $id, scope: $scope) {
    ...ForumFields
    memberActors { id name type domain }
    onlyBridgePairs { from { id name } to { id name } }
  }
}`, FORUM_FIELDS);

export type ForumDetail = NonNullable<ForumQuery['forum']>;

/** The contract §5 report for a scope, as `npm run analyze` prints it. */
export const ANALYSIS = operation<AnalysisQuery, AnalysisQueryVariables>(/* GraphQL */ `
query Analysis($scope: AnalysisScope) {
  analysis(scope: $scope)
}`);

/** "Wat veranderde er?": what came and went between two days (contract §8), in the scope and region. */
export const COMPARE = operation<CompareQuery, CompareQueryVariables>(/* GraphQL */ `
query Compare($from: String!, $to: String!, $region: ID, $scope: AnalysisScope) {
  compare(from: $from, to: $to, region: $region, scope: $scope) {
    from to
    actorsCame { id name type domain }
    actorsWent { id name type domain }
    linksCame { from { id name } to { id name } type }
    linksWent { from { id name } to { id name } type }
    before { ...NetworkFigureFields }
    after { ...NetworkFigureFields }
    brokers { actor { id name } rankBefore rankAfter bridgingBefore bridgingAfter }
    islands { fate kind members { id name } description { nl en } }
    realisedSuggestions { from { id name } to { id name } score }
  }
}`, NETWORK_FIGURE_FIELDS);

export type Comparison = CompareQuery['compare'];
