/** The analytics questions (schema/analytics.graphql): measures, brokers, islands, missing links, scorecards, what-if. */
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
  degree betweenness szEzBridging
  brokerage { coordinator itinerant representative gatekeeper liaison total }
  constraint effectiveSize component community`;

export const ACTOR_MEASURES = operation<{ actorMeasures: readonly ActorMeasures[] }>(`
query ActorMeasures {
  actorMeasures {${MEASURE_FIELDS}
  }
}`);

export type BrokerMeasure = 'SZ_EZ_BRIDGING' | 'BETWEENNESS' | 'BROKERAGE' | 'DEGREE' | 'EFFECTIVE_SIZE' | 'CONSTRAINT';
export const BROKER_MEASURES: readonly BrokerMeasure[] = ['SZ_EZ_BRIDGING', 'BETWEENNESS', 'BROKERAGE', 'DEGREE', 'EFFECTIVE_SIZE', 'CONSTRAINT'];

export const BROKERS = operation<{ brokers: readonly ActorMeasures[] }, { region: string | null; top: number; by: BrokerMeasure }>(`
query Brokers($region: ID, $top: Int!, $by: BrokerMeasure!) {
  brokers(region: $region, top: $top, by: $by) {${MEASURE_FIELDS}
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

export const ISLANDS = operation<{ islands: Islands }, { region: string | null }>(`
query Islands($region: ID) {
  islands(region: $region) {
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

export const MISSING_LINKS = operation<{ missingLinks: readonly SuggestedLink[] }, { region: string | null; top: number }>(`
query MissingLinks($region: ID, $top: Int!) {
  missingLinks(region: $region, top: $top) { ${SUGGESTED_LINK_FIELDS} }
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
  readonly topBrokers: readonly { readonly actor: ActorRef; readonly szEzBridging: number }[];
}

export const REGION_SCORECARD = operation<{ regionScorecard: RegionScorecard }, { region: string | null }>(`
query RegionScorecard($region: ID) {
  regionScorecard(region: $region) {
    region { id name code }
    actors
    actorsPerDomain { SZ EZ ONDERWIJS OVERIG }
    links
    linksPerDomainPair { domains count }
    density eiIndex szEzWithinTwoSteps islands
    topBrokers { actor { id name } szEzBridging }
  }
}`);

export interface ActorChange {
  readonly actor: ActorRef;
  readonly before: { readonly szEzBridging: number; readonly betweenness: number; readonly degree: number };
  readonly after: { readonly szEzBridging: number; readonly betweenness: number; readonly degree: number };
}

export interface WhatIf {
  readonly added: readonly { readonly from: ActorRef; readonly to: ActorRef }[];
  readonly alreadyLinked: readonly { readonly from: ActorRef; readonly to: ActorRef }[];
  readonly before: NetworkFigures;
  readonly after: NetworkFigures;
  readonly actors: readonly ActorChange[];
}

export const WHAT_IF = operation<{ whatIf: WhatIf }, { addLinks: readonly { from: string; to: string }[] }>(`
query WhatIf($addLinks: [ProposedLink!]!) {
  whatIf(addLinks: $addLinks) {
    added { from { id name } to { id name } }
    alreadyLinked { from { id name } to { id name } }
    before { ${FIGURES} }
    after { ${FIGURES} }
    actors {
      actor { id name }
      before { szEzBridging betweenness degree }
      after { szEzBridging betweenness degree }
    }
  }
}`);
