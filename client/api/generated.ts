/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type ActorFilter = {
  /** Contract §8: only actors present on this day (YYYY-MM-DD). */
  readonly at?: string | null | undefined;
  readonly domains?: ReadonlyArray<Domain> | null | undefined;
  readonly region?: string | null | undefined;
  /** Finds names by the start of their words: 'leid' finds Leiden. */
  readonly text?: string | null | undefined;
  readonly types?: ReadonlyArray<string> | null | undefined;
};

export type ActorInput = {
  readonly description?: string | null | undefined;
  readonly domain: Domain;
  readonly domains?: ReadonlyArray<Domain> | null | undefined;
  readonly gemeente?: string | null | undefined;
  readonly id: string;
  readonly illustrative?: boolean | null | undefined;
  readonly name: string;
  readonly person?: string | null | undefined;
  readonly region?: string | null | undefined;
  /** Contract §8: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly since?: string | null | undefined;
  readonly type: string;
  readonly unconfirmed?: boolean | null | undefined;
  readonly until?: string | null | undefined;
};

/** Contract §6: whether actors of a type act, or are a forum where actors meet (a meeting, a table, a programme). */
export type ActorMode =
  | 'ACTOR'
  | 'FORUM';

/**
 * Contract §7: which part of the network a figure is about. Left out, a field keeps its default:
 * the whole network with forums as ties, between SZ and EZ. Results are kept per scope.
 */
export type AnalysisScope = {
  /** Contract §8: only the actors and links present on this day (YYYY-MM-DD); null: all of them, whatever their dates. */
  readonly at?: string | null | undefined;
  /** The two domains `bridging` and `missingLinks` are about; SZ and EZ when left out. */
  readonly between?: ReadonlyArray<Domain> | null | undefined;
  readonly forums?: ForumMode | null | undefined;
  /** false leaves out illustrative actors and every link marked illustrative. */
  readonly illustrative?: boolean | null | undefined;
  /** Only links of these types (vocabulary.linkTypes); a forum membership counts as its link's type. Null: every type. */
  readonly linkTypes?: ReadonlyArray<string> | null | undefined;
  /** false leaves out unconfirmed links. */
  readonly unconfirmed?: boolean | null | undefined;
};

export type BrokerMeasure =
  | 'BETWEENNESS'
  /** Bridging between the scope's two domains. */
  | 'BRIDGING'
  | 'BROKERAGE'
  /** Lowest constraint first: the actor least hemmed in. */
  | 'CONSTRAINT'
  | 'DEGREE'
  | 'EFFECTIVE_SIZE'
  | 'SZ_EZ_BRIDGING';

/** Contract §1: SZ = sociaal domein, EZ = economisch domein. */
export type Domain =
  | 'EZ'
  | 'ONDERWIJS'
  | 'OVERIG'
  | 'SZ';

/** One answer on the form: a roster actor (partner) or another organisation by name (partnerName), not both. */
export type FormAnswerInput = {
  readonly frequency: SurveyFrequency;
  readonly importance: number;
  readonly partner?: string | null | undefined;
  readonly partnerName?: string | null | undefined;
  readonly type: string;
};

/** Contract §6: how meetings, tables and programmes (actor types of mode FORUM) enter the measures. */
export type ForumMode =
  /** Forums are nodes of the graph like any actor. */
  | 'NODES'
  /** Two actors are tied when they are linked or take part in a common forum; forums are not ranked. */
  | 'TIES';

export type IslandFate =
  /** A policy island on `to` that continues none of `from`. */
  | 'APPEARED'
  /** A policy island on `from` most of whose members are gone by `to`. */
  | 'DISSOLVED'
  /** A policy island on `from` whose members are mostly still there on `to`, in a group the rule no longer flags. */
  | 'JOINED';

export type IslandKind =
  | 'COMMUNITY'
  | 'COMPONENT';

export type LinkInput = {
  /** As a survey answer's link has them (docs/network-format.md); kept when a link is moved or restored by hand. */
  readonly frequency?: SurveyFrequency | null | undefined;
  readonly from: string;
  readonly illustrative?: boolean | null | undefined;
  readonly importance?: number | null | undefined;
  readonly note?: string | null | undefined;
  readonly quote?: string | null | undefined;
  readonly since?: string | null | undefined;
  readonly source?: string | null | undefined;
  readonly survey?: string | null | undefined;
  readonly to: string;
  readonly type: string;
  readonly unconfirmed?: boolean | null | undefined;
  readonly until?: string | null | undefined;
  readonly weight?: number | null | undefined;
};

export type ProposedLink = {
  readonly from: string;
  readonly to: string;
};

export type RepairStatus =
  /** No suggested link leads out of the island (no shared partner outside). */
  | 'NO_CANDIDATE'
  /** Even every candidate together does not open it. */
  | 'PARTIAL'
  /** The suggested links open the island. */
  | 'REPAIRED';

/** What a token allows: a viewer reads, an editor also writes, an admin also manages tokens, reads the audit trail, undoes and erases. */
export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'VIEWER';

export type SurveyAnswerDecision =
  | 'ACCEPT'
  | 'REJECT';

/** Where an answer came from: the personal form, or a CSV an editor imported. */
export type SurveyAnswerOrigin =
  | 'CSV'
  | 'FORM';

/**
 * DRAFT: saved on the form, not sent. SENT: sent; a link exists when the partner is a known actor.
 * ACCEPTED: an editor confirmed it (or matched its name to an actor). REJECTED: an editor refused
 * it; its link is gone.
 */
export type SurveyAnswerState =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SENT';

/** How often a respondent works with a partner. */
export type SurveyFrequency =
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY'
  | 'YEARLY';

export type SurveyInput = {
  /** YYYY-MM-DD, today or later. */
  readonly closesOn: string;
  /** Defaults to 'Which of these organisations do you work with?'. */
  readonly questionEn?: string | null | undefined;
  /** Defaults to 'Met welke van deze organisaties werkt u samen?'. */
  readonly questionNl?: string | null | undefined;
  /** All actors of this region (forums left out) are respondents, unless respondents are given. */
  readonly region?: string | null | undefined;
  /** The respondents; at least two. Forums (meetings, programmes) cannot answer. */
  readonly respondents?: ReadonlyArray<SurveyRespondentInput> | null | undefined;
  /** 1 to 100 characters. */
  readonly title: string;
};

export type SurveyRespondentInput = {
  readonly actor: string;
  readonly contact?: string | null | undefined;
};

/** OPEN until its closing day has passed or an editor closes it early. */
export type SurveyStatus =
  | 'CLOSED'
  | 'OPEN';

export type MeasureFieldsFragment = { readonly degree: number, readonly betweenness: number, readonly szEzBridging: number, readonly bridging: number, readonly constraint: number | null, readonly effectiveSize: number | null, readonly component: number | null, readonly community: number | null, readonly actor: { readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain }, readonly brokerage: { readonly coordinator: number, readonly itinerant: number, readonly representative: number, readonly gatekeeper: number, readonly liaison: number, readonly total: number } };

export type ActorMeasuresQueryVariables = Exact<{
  scope?: AnalysisScope | null | undefined;
}>;


export type ActorMeasuresQuery = { readonly actorMeasures: ReadonlyArray<MeasureFieldsFragment> };

export type BrokersQueryVariables = Exact<{
  region?: string | null | undefined;
  top: number;
  by: BrokerMeasure;
  scope?: AnalysisScope | null | undefined;
}>;


export type BrokersQuery = { readonly brokers: ReadonlyArray<MeasureFieldsFragment> };

export type NetworkFigureFieldsFragment = { readonly actors: number, readonly links: number, readonly components: number, readonly eiIndex: number | null, readonly szEzWithinTwoSteps: number | null, readonly islands: number };

export type SuggestedLinkFieldsFragment = { readonly score: number, readonly from: { readonly id: string, readonly name: string, readonly domain: Domain }, readonly to: { readonly id: string, readonly name: string, readonly domain: Domain }, readonly sharedPartners: ReadonlyArray<{ readonly id: string, readonly name: string }> };

export type IslandFigureFieldsFragment = { readonly externalLinks: number, readonly internalLinks: number, readonly eiIndex: number | null, readonly island: boolean };

export type IslandsQueryVariables = Exact<{
  region?: string | null | undefined;
  scope?: AnalysisScope | null | undefined;
}>;


export type IslandsQuery = { readonly islands: { readonly modularity: number | null, readonly components: ReadonlyArray<{ readonly index: number, readonly size: number }>, readonly communities: ReadonlyArray<{ readonly id: number, readonly size: number, readonly eiIndex: number | null, readonly members: ReadonlyArray<{ readonly id: string }>, readonly domains: { readonly SZ: number, readonly EZ: number, readonly ONDERWIJS: number, readonly OVERIG: number } }>, readonly rule: { readonly minMembers: number, readonly maxEiIndex: number, readonly minDominantShare: number }, readonly islands: ReadonlyArray<{ readonly kind: IslandKind, readonly index: number, readonly members: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly reason: { readonly members: number, readonly dominantDomain: Domain, readonly dominantShare: number, readonly internalLinks: number, readonly externalLinks: number, readonly eiIndex: number }, readonly description: { readonly nl: string, readonly en: string }, readonly repair: { readonly status: RepairStatus, readonly links: ReadonlyArray<SuggestedLinkFieldsFragment>, readonly before: IslandFigureFieldsFragment, readonly after: IslandFigureFieldsFragment, readonly networkBefore: NetworkFigureFieldsFragment, readonly networkAfter: NetworkFigureFieldsFragment, readonly fallback: ReadonlyArray<{ readonly national: boolean, readonly szEzPairsGained: number, readonly joinsComponents: boolean, readonly from: { readonly id: string, readonly name: string }, readonly to: { readonly id: string, readonly name: string }, readonly islandAfter: IslandFigureFieldsFragment, readonly networkAfter: { readonly szEzWithinTwoSteps: number | null } }>, readonly description: { readonly nl: string, readonly en: string } } }> } };

export type MissingLinksQueryVariables = Exact<{
  region?: string | null | undefined;
  top: number;
  scope?: AnalysisScope | null | undefined;
}>;


export type MissingLinksQuery = { readonly missingLinks: ReadonlyArray<SuggestedLinkFieldsFragment> };

export type RegionScorecardQueryVariables = Exact<{
  region?: string | null | undefined;
  scope?: AnalysisScope | null | undefined;
}>;


export type RegionScorecardQuery = { readonly regionScorecard: { readonly actors: number, readonly links: number, readonly density: number | null, readonly eiIndex: number | null, readonly szEzWithinTwoSteps: number | null, readonly islands: number, readonly region: { readonly id: string, readonly name: string, readonly code: string } | null, readonly actorsPerDomain: { readonly SZ: number, readonly EZ: number, readonly ONDERWIJS: number, readonly OVERIG: number }, readonly linksPerDomainPair: ReadonlyArray<{ readonly domains: ReadonlyArray<Domain>, readonly count: number }>, readonly topBrokers: ReadonlyArray<{ readonly szEzBridging: number, readonly bridging: number, readonly actor: { readonly id: string, readonly name: string } }> } };

export type WhatIfQueryVariables = Exact<{
  addLinks: ReadonlyArray<ProposedLink> | ProposedLink;
  scope?: AnalysisScope | null | undefined;
}>;


export type WhatIfQuery = { readonly whatIf: { readonly added: ReadonlyArray<{ readonly from: { readonly id: string, readonly name: string }, readonly to: { readonly id: string, readonly name: string } }>, readonly alreadyLinked: ReadonlyArray<{ readonly from: { readonly id: string, readonly name: string }, readonly to: { readonly id: string, readonly name: string } }>, readonly before: NetworkFigureFieldsFragment, readonly after: NetworkFigureFieldsFragment, readonly actors: ReadonlyArray<{ readonly actor: { readonly id: string, readonly name: string }, readonly before: { readonly bridging: number, readonly betweenness: number, readonly degree: number }, readonly after: { readonly bridging: number, readonly betweenness: number, readonly degree: number } }> } };

export type ForumFieldsFragment = { readonly members: number, readonly szEzPairs: number, readonly onlyBridge: number, readonly forum: { readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain }, readonly domains: { readonly SZ: number, readonly EZ: number, readonly ONDERWIJS: number, readonly OVERIG: number } };

export type ForumsQueryVariables = Exact<{
  region?: string | null | undefined;
  top: number;
  scope?: AnalysisScope | null | undefined;
}>;


export type ForumsQuery = { readonly forums: ReadonlyArray<ForumFieldsFragment> };

export type ForumQueryVariables = Exact<{
  id: string;
  scope?: AnalysisScope | null | undefined;
}>;


export type ForumQuery = { readonly forum: (
    { readonly memberActors: ReadonlyArray<{ readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain }>, readonly onlyBridgePairs: ReadonlyArray<{ readonly from: { readonly id: string, readonly name: string }, readonly to: { readonly id: string, readonly name: string } }> }
    & ForumFieldsFragment
  ) | null };

export type AnalysisQueryVariables = Exact<{
  scope?: AnalysisScope | null | undefined;
}>;


export type AnalysisQuery = { readonly analysis: unknown };

export type CompareQueryVariables = Exact<{
  from: string;
  to: string;
  region?: string | null | undefined;
  scope?: AnalysisScope | null | undefined;
}>;


export type CompareQuery = { readonly compare: { readonly from: string, readonly to: string, readonly actorsCame: ReadonlyArray<{ readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain }>, readonly actorsWent: ReadonlyArray<{ readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain }>, readonly linksCame: ReadonlyArray<{ readonly type: string, readonly from: { readonly id: string, readonly name: string }, readonly to: { readonly id: string, readonly name: string } }>, readonly linksWent: ReadonlyArray<{ readonly type: string, readonly from: { readonly id: string, readonly name: string }, readonly to: { readonly id: string, readonly name: string } }>, readonly before: NetworkFigureFieldsFragment, readonly after: NetworkFigureFieldsFragment, readonly brokers: ReadonlyArray<{ readonly rankBefore: number | null, readonly rankAfter: number | null, readonly bridgingBefore: number | null, readonly bridgingAfter: number | null, readonly actor: { readonly id: string, readonly name: string } }>, readonly islands: ReadonlyArray<{ readonly fate: IslandFate, readonly kind: IslandKind, readonly members: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly description: { readonly nl: string, readonly en: string } }>, readonly realisedSuggestions: ReadonlyArray<{ readonly score: number, readonly from: { readonly id: string, readonly name: string }, readonly to: { readonly id: string, readonly name: string } }> } };

export type UpsertActorMutationVariables = Exact<{
  actor: ActorInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpsertActorMutation = { readonly upsertActor: { readonly id: string, readonly name: string, readonly version: number } };

export type AddLinkMutationVariables = Exact<{
  link: LinkInput;
}>;


export type AddLinkMutation = { readonly addLink: { readonly type: string, readonly from: { readonly id: string }, readonly to: { readonly id: string } } };

export type EditableActorQueryVariables = Exact<{
  id: string;
}>;


export type EditableActorQuery = { readonly actor: { readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain, readonly domains: ReadonlyArray<Domain>, readonly gemeente: string | null, readonly person: string | null, readonly description: string | null, readonly illustrative: boolean, readonly unconfirmed: boolean, readonly since: string | null, readonly until: string | null, readonly version: number, readonly region: { readonly id: string } | null } | null };

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { readonly vocabulary: { readonly domains: ReadonlyArray<Domain>, readonly actorTypes: ReadonlyArray<{ readonly id: string, readonly defaultDomain: Domain, readonly mode: ActorMode }>, readonly linkTypes: ReadonlyArray<{ readonly id: string, readonly directed: boolean }> }, readonly regions: ReadonlyArray<{ readonly id: string, readonly code: string, readonly name: string, readonly centrumgemeente: string | null, readonly actorCount: number }>, readonly sources: ReadonlyArray<{ readonly id: string, readonly kind: string, readonly title: string, readonly author: string | null, readonly date: string | null, readonly reference: string | null }> };

export type NetworkPageQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type NetworkPageQuery = { readonly actors: { readonly totalCount: number, readonly items: ReadonlyArray<{ readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain, readonly domains: ReadonlyArray<Domain>, readonly gemeente: string | null, readonly illustrative: boolean, readonly unconfirmed: boolean, readonly since: string | null, readonly until: string | null, readonly region: { readonly id: string } | null, readonly links: ReadonlyArray<{ readonly type: string, readonly illustrative: boolean, readonly unconfirmed: boolean, readonly since: string | null, readonly until: string | null, readonly from: { readonly id: string }, readonly to: { readonly id: string } }> }> } };

export type ActorDetailQueryVariables = Exact<{
  id: string;
}>;


export type ActorDetailQuery = { readonly actor: { readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain, readonly domains: ReadonlyArray<Domain>, readonly gemeente: string | null, readonly person: string | null, readonly description: string | null, readonly illustrative: boolean, readonly unconfirmed: boolean, readonly since: string | null, readonly until: string | null, readonly degree: number, readonly region: { readonly id: string, readonly name: string } | null, readonly links: ReadonlyArray<{ readonly type: string, readonly source: string | null, readonly quote: string | null, readonly note: string | null, readonly since: string | null, readonly until: string | null, readonly illustrative: boolean, readonly unconfirmed: boolean, readonly from: { readonly id: string, readonly name: string }, readonly to: { readonly id: string, readonly name: string }, readonly document: { readonly id: string, readonly kind: string, readonly title: string, readonly author: string | null, readonly date: string | null, readonly reference: string | null } | null }> } | null };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops: number;
}>;


export type PathsQuery = { readonly paths: { readonly length: number | null, readonly paths: ReadonlyArray<{ readonly actors: ReadonlyArray<{ readonly id: string, readonly name: string }> }>, readonly intermediaries: ReadonlyArray<{ readonly pathCount: number, readonly actor: { readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain } }> } };

export type ReportReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportReferenceQuery = { readonly regions: ReadonlyArray<{ readonly id: string, readonly code: string, readonly name: string, readonly centrumgemeente: string | null, readonly gemeenten: ReadonlyArray<string>, readonly actorCount: number }>, readonly vocabulary: { readonly actorTypes: ReadonlyArray<{ readonly id: string, readonly mode: ActorMode }> } };

export type ReportActorsQueryVariables = Exact<{
  filter?: ActorFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type ReportActorsQuery = { readonly actors: { readonly totalCount: number, readonly items: ReadonlyArray<{ readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain, readonly domains: ReadonlyArray<Domain>, readonly person: string | null, readonly gemeente: string | null, readonly illustrative: boolean, readonly unconfirmed: boolean, readonly since: string | null, readonly until: string | null, readonly region: { readonly id: string } | null, readonly links: ReadonlyArray<{ readonly type: string, readonly source: string | null, readonly quote: string | null, readonly since: string | null, readonly until: string | null, readonly illustrative: boolean, readonly unconfirmed: boolean, readonly from: { readonly id: string, readonly name: string }, readonly to: { readonly id: string, readonly name: string }, readonly document: { readonly id: string, readonly kind: string, readonly title: string, readonly author: string | null, readonly date: string | null, readonly reference: string | null } | null }> }> } };

export type ReportChangesQueryVariables = Exact<{
  from: string;
  to: string;
  region?: string | null | undefined;
  scope?: AnalysisScope | null | undefined;
}>;


export type ReportChangesQuery = { readonly compare: { readonly from: string, readonly to: string, readonly actorsCame: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly actorsWent: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly linksCame: ReadonlyArray<{ readonly type: string, readonly from: { readonly name: string }, readonly to: { readonly name: string } }>, readonly linksWent: ReadonlyArray<{ readonly type: string, readonly from: { readonly name: string }, readonly to: { readonly name: string } }>, readonly before: { readonly actors: number, readonly links: number, readonly components: number, readonly eiIndex: number | null, readonly szEzWithinTwoSteps: number | null, readonly islands: number }, readonly after: { readonly actors: number, readonly links: number, readonly components: number, readonly eiIndex: number | null, readonly szEzWithinTwoSteps: number | null, readonly islands: number }, readonly brokers: ReadonlyArray<{ readonly rankBefore: number | null, readonly rankAfter: number | null, readonly actor: { readonly id: string, readonly name: string } }>, readonly islands: ReadonlyArray<{ readonly fate: IslandFate, readonly kind: IslandKind, readonly members: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly description: { readonly nl: string, readonly en: string } }>, readonly realisedSuggestions: ReadonlyArray<{ readonly from: { readonly name: string }, readonly to: { readonly name: string } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { readonly me: { readonly role: Role | null, readonly name: string | null, readonly anonymousRead: boolean } };

export type ChangeFieldsFragment = { readonly id: string, readonly at: string, readonly who: string, readonly operation: string, readonly target: string, readonly undone: boolean };

export type ActorHistoryQueryVariables = Exact<{
  id: string;
}>;


export type ActorHistoryQuery = { readonly actor: { readonly id: string, readonly history: ReadonlyArray<ChangeFieldsFragment> } | null };

export type UndoChangeMutationVariables = Exact<{
  id: string;
}>;


export type UndoChangeMutation = { readonly undoChange: ChangeFieldsFragment };

export type SurveyFormFieldsFragment = { readonly title: string, readonly questionNl: string, readonly questionEn: string, readonly closesOn: string, readonly linkTypes: ReadonlyArray<string>, readonly savedAt: string | null, readonly sentAt: string | null, readonly respondent: { readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain }, readonly roster: ReadonlyArray<{ readonly id: string, readonly name: string, readonly type: string, readonly domain: Domain }>, readonly answers: ReadonlyArray<{ readonly partner: string | null, readonly partnerName: string | null, readonly type: string, readonly frequency: SurveyFrequency, readonly importance: number }> };

export type SurveyFormQueryVariables = Exact<{
  token: string;
}>;


export type SurveyFormQuery = { readonly surveyForm: SurveyFormFieldsFragment };

export type SaveSurveyAnswersMutationVariables = Exact<{
  token: string;
  answers: ReadonlyArray<FormAnswerInput> | FormAnswerInput;
  send?: boolean | null | undefined;
}>;


export type SaveSurveyAnswersMutation = { readonly saveSurveyAnswers: SurveyFormFieldsFragment };

export type SurveySummaryFragment = { readonly id: string, readonly title: string, readonly status: SurveyStatus, readonly closesOn: string, readonly closedAt: string | null, readonly createdAt: string, readonly questionNl: string, readonly questionEn: string, readonly region: { readonly id: string, readonly name: string } | null, readonly dashboard: { readonly respondents: number, readonly sent: number, readonly responseRate: number } };

export type SurveysQueryVariables = Exact<{
  region?: string | null | undefined;
}>;


export type SurveysQuery = { readonly surveys: ReadonlyArray<SurveySummaryFragment> };

export type SurveyDashboardQueryVariables = Exact<{
  id: string;
  lang?: string | null | undefined;
}>;


export type SurveyDashboardQuery = { readonly survey: (
    { readonly reminder: string, readonly respondents: ReadonlyArray<{ readonly contact: string | null, readonly sentAt: string | null, readonly linkRevoked: boolean, readonly actor: { readonly id: string, readonly name: string } }>, readonly dashboard: { readonly respondents: number, readonly sent: number, readonly responseRate: number, readonly namedTies: number, readonly reciprocatedTies: number, readonly reciprocity: number | null, readonly unmatchedNames: number, readonly notSent: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly newLinksPerDomainPair: ReadonlyArray<{ readonly domains: ReadonlyArray<Domain>, readonly count: number }>, readonly before: { readonly actors: number, readonly links: number, readonly components: number, readonly szEzWithinTwoSteps: number | null, readonly islands: number }, readonly after: { readonly actors: number, readonly links: number, readonly components: number, readonly szEzWithinTwoSteps: number | null, readonly islands: number } }, readonly answers: ReadonlyArray<{ readonly id: string, readonly type: string, readonly frequency: SurveyFrequency, readonly importance: number, readonly state: SurveyAnswerState, readonly origin: SurveyAnswerOrigin, readonly reciprocated: boolean, readonly partnerName: string | null, readonly respondent: { readonly id: string, readonly name: string }, readonly partner: { readonly id: string, readonly name: string } | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string }> }> }
    & SurveySummaryFragment
  ) | null };

export type SurveyLinksFragment = { readonly path: string, readonly respondent: { readonly id: string, readonly name: string } };

export type CreateSurveyMutationVariables = Exact<{
  survey: SurveyInput;
}>;


export type CreateSurveyMutation = { readonly createSurvey: { readonly survey: SurveySummaryFragment, readonly links: ReadonlyArray<SurveyLinksFragment> } };

export type CloseSurveyMutationVariables = Exact<{
  id: string;
}>;


export type CloseSurveyMutation = { readonly closeSurvey: { readonly id: string, readonly status: SurveyStatus, readonly closedAt: string | null } };

export type ReopenSurveyMutationVariables = Exact<{
  id: string;
  closesOn?: string | null | undefined;
}>;


export type ReopenSurveyMutation = { readonly reopenSurvey: { readonly id: string, readonly status: SurveyStatus, readonly closesOn: string, readonly closedAt: string | null } };

export type RenewSurveyLinksMutationVariables = Exact<{
  id: string;
  actors?: ReadonlyArray<string> | string | null | undefined;
}>;


export type RenewSurveyLinksMutation = { readonly renewSurveyLinks: ReadonlyArray<SurveyLinksFragment> };

export type ReviewSurveyAnswerMutationVariables = Exact<{
  id: string;
  decision: SurveyAnswerDecision;
}>;


export type ReviewSurveyAnswerMutation = { readonly reviewSurveyAnswer: { readonly id: string, readonly state: SurveyAnswerState } };

export type MatchSurveyAnswerMutationVariables = Exact<{
  id: string;
  actor: string;
}>;


export type MatchSurveyAnswerMutation = { readonly matchSurveyAnswer: { readonly id: string, readonly state: SurveyAnswerState, readonly partner: { readonly id: string, readonly name: string } | null } };

export type AddSurveyAnswerActorMutationVariables = Exact<{
  id: string;
  actor: ActorInput;
}>;


export type AddSurveyAnswerActorMutation = { readonly addSurveyAnswerActor: { readonly id: string, readonly state: SurveyAnswerState, readonly partner: { readonly id: string, readonly name: string } | null } };

export type ImportSurveyCsvMutationVariables = Exact<{
  id: string;
  file: unknown;
}>;


export type ImportSurveyCsvMutation = { readonly importSurveyCsv: { readonly answers: number, readonly links: number } };
