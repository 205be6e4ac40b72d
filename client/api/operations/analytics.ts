/**
 * The analytics questions (schema/analytics.graphql): measures, brokers, islands, missing
 * links, scorecards, what-if, forums and the whole report. Each takes the scope
 * (state/scope.ts `scopeInput`) the figure is for.
 */
import type { ScopeInput } from '../../state/scope';
import { operation, type ActorRef, type Domain } from './operation';

export interface BrokerageRoles {
  readonly coordinator: number;
  readonly itinerant: number;
  readonly representative: number;
  readonly gatekeeper: number;
  readonly liaison: number;
  readonly total: number;
}

export interface Measures {
  readonly degree: number;
  readonly betweenness: number;
  readonly szEzBridging: number;
  /** The bridging share between the scope's two domains. */
  readonly bridging: number;
  readonly brokerage: BrokerageRoles;
  readonly constraint: number | null;
  readonly effectiveSize: number | null;
  readonly component: number;
  readonly community: number;
}

export interface ActorMeasures extends Measures {
  readonly actor: ActorRef & { readonly type: string; readonly domain: Domain };
}

const MEASURE_FIELDS = `
  actor { id name type domain }
  degree betweenness szEzBridging bridging
  brokerage { coordinator itinerant representative gatekeeper liaison total }
  constraint effectiveSize component community`;

interface Scoped {
  readonly scope: ScopeInput;
}

export const ACTOR_MEASURES = operation<{ actorMeasures: readonly ActorMeasures[] }, Scoped>(`
query ActorMeasures($scope: AnalysisScope) {
  actorMeasures(scope: $scope) {${MEASURE_FIELDS}
  }
}`);

/** The rankings the explorer offers; BRIDGING is between the scope's two domains (SZ–EZ by default). */
export type BrokerMeasure = 'BRIDGING' | 'BETWEENNESS' | 'BROKERAGE' | 'DEGREE' | 'EFFECTIVE_SIZE' | 'CONSTRAINT';
export const BROKER_MEASURES: readonly BrokerMeasure[] = ['BRIDGING', 'BETWEENNESS', 'BROKERAGE', 'DEGREE', 'EFFECTIVE_SIZE', 'CONSTRAINT'];

export const BROKERS = operation<{ brokers: readonly ActorMeasures[] }, Scoped & { region: string | null; top: number; by: BrokerMeasure }>(`
query Brokers($region: ID, $top: Int!, $by: BrokerMeasure!, $scope: AnalysisScope) {
  brokers(region: $region, top: $top, by: $by, scope: $scope) {${MEASURE_FIELDS}
  }
}`);

export interface DomainCounts {
  readonly SZ: number;
  readonly EZ: number;
  readonly ONDERWIJS: number;
  readonly OVERIG: number;
}

export interface Description {
  readonly nl: string;
  readonly en: string;
}

export interface NetworkFigures {
  readonly actors: number;
  readonly links: number;
  readonly components: number;
  readonly eiIndex: number | null;
  readonly szEzWithinTwoSteps: number | null;
  readonly islands: number;
}

export interface SuggestedLink {
  readonly from: ActorRef & { readonly domain: Domain };
  readonly to: ActorRef & { readonly domain: Domain };
  readonly score: number;
  readonly sharedPartners: readonly ActorRef[];
}

const SUGGESTED_LINK_FIELDS = 'from { id name domain } to { id name domain } score sharedPartners { id name }';
const FIGURES = 'actors links components eiIndex szEzWithinTwoSteps islands';

export interface IslandFigures {
  readonly externalLinks: number;
  readonly internalLinks: number;
  readonly eiIndex: number | null;
  readonly island: boolean;
}

export interface PolicyIsland {
  readonly kind: 'COMPONENT' | 'COMMUNITY';
  readonly index: number;
  readonly members: readonly ActorRef[];
  readonly reason: {
    readonly members: number;
    readonly dominantDomain: Domain;
    readonly dominantShare: number;
    readonly internalLinks: number;
    readonly externalLinks: number;
    readonly eiIndex: number;
  };
  readonly description: Description;
  readonly repair: {
    readonly status: 'REPAIRED' | 'PARTIAL' | 'NO_CANDIDATE';
    readonly links: readonly SuggestedLink[];
    readonly before: IslandFigures;
    readonly after: IslandFigures;
    readonly networkBefore: NetworkFigures;
    readonly networkAfter: NetworkFigures;
    readonly fallback: readonly FallbackSuggestion[];
    readonly description: Description;
  };
}

/** A link out of an island without a shared partner, with the figures of adding it alone. */
export interface FallbackSuggestion {
  readonly from: ActorRef;
  readonly to: ActorRef;
  readonly national: boolean;
  readonly szEzPairsGained: number;
  readonly joinsComponents: boolean;
  readonly islandAfter: IslandFigures;
  readonly networkAfter: Pick<NetworkFigures, 'szEzWithinTwoSteps'>;
}

export interface Islands {
  readonly components: readonly { readonly index: number; readonly size: number }[];
  readonly communities: readonly {
    readonly id: number;
    readonly size: number;
    readonly members: readonly { readonly id: string }[];
    readonly domains: DomainCounts;
    readonly eiIndex: number | null;
  }[];
  readonly modularity: number | null;
  readonly islands: readonly PolicyIsland[];
  readonly rule: { readonly minMembers: number; readonly maxEiIndex: number; readonly minDominantShare: number };
}

const ISLAND_FIGURES = 'externalLinks internalLinks eiIndex island';

export const ISLANDS = operation<{ islands: Islands }, Scoped & { region: string | null }>(`
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
        links { ${SUGGESTED_LINK_FIELDS} }
        before { ${ISLAND_FIGURES} }
        after { ${ISLAND_FIGURES} }
        networkBefore { ${FIGURES} }
        networkAfter { ${FIGURES} }
        fallback { from { id name } to { id name } national szEzPairsGained joinsComponents islandAfter { ${ISLAND_FIGURES} } networkAfter { szEzWithinTwoSteps } }
        description { nl en }
      }
    }
  }
}`);

export const MISSING_LINKS = operation<{ missingLinks: readonly SuggestedLink[] }, Scoped & { region: string | null; top: number }>(`
query MissingLinks($region: ID, $top: Int!, $scope: AnalysisScope) {
  missingLinks(region: $region, top: $top, scope: $scope) { ${SUGGESTED_LINK_FIELDS} }
}`);

export interface RegionScorecard {
  readonly region: { readonly id: string; readonly name: string; readonly code: string } | null;
  readonly actors: number;
  readonly actorsPerDomain: DomainCounts;
  readonly links: number;
  readonly linksPerDomainPair: readonly { readonly domains: readonly Domain[]; readonly count: number }[];
  readonly density: number | null;
  readonly eiIndex: number | null;
  readonly szEzWithinTwoSteps: number | null;
  readonly islands: number;
  readonly topBrokers: readonly { readonly actor: ActorRef; readonly szEzBridging: number; readonly bridging: number }[];
}

export const REGION_SCORECARD = operation<{ regionScorecard: RegionScorecard }, Scoped & { region: string | null }>(`
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

export interface ActorChange {
  readonly actor: ActorRef;
  readonly before: { readonly bridging: number; readonly betweenness: number; readonly degree: number };
  readonly after: { readonly bridging: number; readonly betweenness: number; readonly degree: number };
}

export interface WhatIf {
  readonly added: readonly { readonly from: ActorRef; readonly to: ActorRef }[];
  readonly alreadyLinked: readonly { readonly from: ActorRef; readonly to: ActorRef }[];
  readonly before: NetworkFigures;
  readonly after: NetworkFigures;
  readonly actors: readonly ActorChange[];
}

export const WHAT_IF = operation<{ whatIf: WhatIf }, Scoped & { addLinks: readonly { from: string; to: string }[] }>(`
query WhatIf($addLinks: [ProposedLink!]!, $scope: AnalysisScope) {
  whatIf(addLinks: $addLinks, scope: $scope) {
    added { from { id name } to { id name } }
    alreadyLinked { from { id name } to { id name } }
    before { ${FIGURES} }
    after { ${FIGURES} }
    actors {
      actor { id name }
      before { bridging betweenness degree }
      after { bridging betweenness degree }
    }
  }
}`);

/** A forum (contract §6) and who meets there; pairs are SZ member → EZ member. */
export interface ForumMeasures {
  readonly forum: ActorRef & { readonly type: string; readonly domain: Domain };
  readonly members: number;
  readonly domains: DomainCounts;
  readonly szEzPairs: number;
  readonly onlyBridge: number;
}

export interface ForumDetail extends ForumMeasures {
  readonly memberActors: readonly (ActorRef & { readonly type: string; readonly domain: Domain })[];
  readonly onlyBridgePairs: readonly { readonly from: ActorRef; readonly to: ActorRef }[];
}

const FORUM_FIELDS = 'forum { id name type domain } members domains { SZ EZ ONDERWIJS OVERIG } szEzPairs onlyBridge';

export const FORUMS = operation<{ forums: readonly ForumMeasures[] }, Scoped & { region: string | null; top: number }>(`
query Forums($region: ID, $top: Int!, $scope: AnalysisScope) {
  forums(region: $region, top: $top, scope: $scope) { ${FORUM_FIELDS} }
}`);

export const FORUM = operation<{ forum: ForumDetail | null }, Scoped & { id: string }>(`
query Forum($id: ID!, $scope: AnalysisScope) {
  forum(id: $id, scope: $scope) {
    ${FORUM_FIELDS}
    memberActors { id name type domain }
    onlyBridgePairs { from { id name } to { id name } }
  }
}`);

/** The contract §5 report for a scope, as `npm run analyze` prints it. */
export const ANALYSIS = operation<{ analysis: unknown }, Scoped>(`
query Analysis($scope: AnalysisScope) {
  analysis(scope: $scope)
}`);
