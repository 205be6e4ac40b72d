import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorParent as ActorParentModel, ActorPageParent as ActorPageParentModel, ChangeParent as ChangeParentModel, DomainCountsParent as DomainCountsParentModel, SurveyDashboardParent as SurveyDashboardParentModel } from './resolvers/parents';
import type { Link as LinkModel } from '../model/network';
import type { Region as RegionModel, Source as SourceModel } from '../model/reference';
import type { SurveyRecord as SurveyRecordModel, RespondentRecord as RespondentRecordModel, AnswerRecord as AnswerRecordModel, IssuedLink as IssuedLinkModel } from '../neo4j/survey-store';
import type { Context } from './context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An uploaded file (multipart request). */
  File: { input: unknown; output: unknown; }
  /** Any JSON value; used for the network file of the contract. */
  JSON: { input: unknown; output: unknown; }
};

export type Actor = {
  readonly __typename?: 'Actor';
  /** Number of distinct neighbours. */
  readonly degree: Scalars['Int']['output'];
  readonly description?: Maybe<Scalars['String']['output']>;
  readonly domain: Domain;
  /** All domains the actor works in; [domain] when there is one. */
  readonly domains: ReadonlyArray<Domain>;
  /** For a gemeente side or a municipal role: the municipality. */
  readonly gemeente?: Maybe<Scalars['String']['output']>;
  /** The changes that touched this actor (audit trail), newest first. */
  readonly history: ReadonlyArray<Change>;
  readonly id: Scalars['ID']['output'];
  /** A generic actor the documents describe without naming it. */
  readonly illustrative: Scalars['Boolean']['output'];
  readonly links: ReadonlyArray<Link>;
  readonly name: Scalars['String']['output'];
  readonly neighbours: ReadonlyArray<Actor>;
  /** For a role: the person holding it (optional, removable). */
  readonly person?: Maybe<Scalars['String']['output']>;
  readonly region?: Maybe<Region>;
  /** Contract §8: when the actor began (YYYY, YYYY-MM or YYYY-MM-DD); null: before anything the network knows. */
  readonly since?: Maybe<Scalars['String']['output']>;
  /** The sources cited by this actor's links. */
  readonly sources: ReadonlyArray<Source>;
  /** One of vocabulary.actorTypes, e.g. gemeente, wsp, oo-fonds. */
  readonly type: Scalars['String']['output'];
  readonly unconfirmed: Scalars['Boolean']['output'];
  /** When it ended (a collegeperiode, a programme's run); null: it still exists. */
  readonly until?: Maybe<Scalars['String']['output']>;
  /** How many writes the actor has seen; send it back as expectedVersion when editing. */
  readonly version: Scalars['Int']['output'];
};


export type ActorHistoryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type ActorChange = {
  readonly __typename?: 'ActorChange';
  readonly actor: Actor;
  readonly after: ActorMeasures;
  readonly before: ActorMeasures;
};

export type ActorFilter = {
  /** Contract §8: only actors present on this day (YYYY-MM-DD). */
  readonly at?: InputMaybe<Scalars['String']['input']>;
  readonly domains?: InputMaybe<ReadonlyArray<Domain>>;
  readonly region?: InputMaybe<Scalars['ID']['input']>;
  /** Finds names by the start of their words: 'leid' finds Leiden. */
  readonly text?: InputMaybe<Scalars['String']['input']>;
  readonly types?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
};

export type ActorInput = {
  readonly description?: InputMaybe<Scalars['String']['input']>;
  readonly domain: Domain;
  readonly domains?: InputMaybe<ReadonlyArray<Domain>>;
  readonly gemeente?: InputMaybe<Scalars['String']['input']>;
  readonly id: Scalars['ID']['input'];
  readonly illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  readonly name: Scalars['String']['input'];
  readonly person?: InputMaybe<Scalars['String']['input']>;
  readonly region?: InputMaybe<Scalars['ID']['input']>;
  /** Contract §8: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly since?: InputMaybe<Scalars['String']['input']>;
  readonly type: Scalars['String']['input'];
  readonly unconfirmed?: InputMaybe<Scalars['Boolean']['input']>;
  readonly until?: InputMaybe<Scalars['String']['input']>;
};

/** The contract §3 measures of one actor, on the whole network. */
export type ActorMeasures = {
  readonly __typename?: 'ActorMeasures';
  readonly actor: Actor;
  /** Freeman betweenness, normalised by (n−1)(n−2)/2. */
  readonly betweenness: Scalars['Float']['output'];
  /** The same share for the scope's two domains (`between`); equal to szEzBridging for SZ and EZ. */
  readonly bridging: Scalars['Float']['output'];
  readonly brokerage: BrokerageRoles;
  /** Id of its community; null in a what-if result. */
  readonly community?: Maybe<Scalars['Int']['output']>;
  /** Index of its connected component; null in a what-if result. */
  readonly component?: Maybe<Scalars['Int']['output']>;
  /** Burt's constraint; null for an isolated actor. */
  readonly constraint?: Maybe<Scalars['Float']['output']>;
  readonly degree: Scalars['Int']['output'];
  /** Burt's effective size; null for an isolated actor. */
  readonly effectiveSize?: Maybe<Scalars['Float']['output']>;
  /** Share of all SZ–EZ pairs whose shortest paths run through the actor. */
  readonly szEzBridging: Scalars['Float']['output'];
};

/** Contract §6: whether actors of a type act, or are a forum where actors meet (a meeting, a table, a programme). */
export type ActorMode =
  | 'actor'
  | 'forum';

export type ActorPage = {
  readonly __typename?: 'ActorPage';
  readonly items: ReadonlyArray<Actor>;
  readonly limit: Scalars['Int']['output'];
  readonly offset: Scalars['Int']['output'];
  readonly pageInfo: PageInfo;
  /** How many actors match the filter (counted only when asked for). */
  readonly totalCount: Scalars['Int']['output'];
};

export type ActorPair = {
  readonly __typename?: 'ActorPair';
  readonly from: Actor;
  readonly to: Actor;
};

export type ActorTypeInfo = {
  readonly __typename?: 'ActorTypeInfo';
  /** The domain such an actor usually has; a hint for editors. */
  readonly defaultDomain: Domain;
  readonly id: Scalars['String']['output'];
  /** FORUM for meetings, tables and programmes: by default they tie their members instead of being ranked as actors. */
  readonly mode: ActorMode;
};

/**
 * Contract §7: which part of the network a figure is about. Left out, a field keeps its default:
 * the whole network with forums as ties, between SZ and EZ. Results are kept per scope.
 */
export type AnalysisScope = {
  /** Contract §8: only the actors and links present on this day (YYYY-MM-DD); null: all of them, whatever their dates. */
  readonly at?: InputMaybe<Scalars['String']['input']>;
  /** The two domains `bridging` and `missingLinks` are about; SZ and EZ when left out. */
  readonly between?: InputMaybe<ReadonlyArray<Domain>>;
  readonly forums?: InputMaybe<ForumMode>;
  /** false leaves out illustrative actors and every link marked illustrative. */
  readonly illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only links of these types (vocabulary.linkTypes); a forum membership counts as its link's type. Null: every type. */
  readonly linkTypes?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** false leaves out unconfirmed links. */
  readonly unconfirmed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type BrokerMeasure =
  | 'betweenness'
  /** Bridging between the scope's two domains. */
  | 'bridging'
  | 'brokerage'
  /** Lowest constraint first: the actor least hemmed in. */
  | 'constraint'
  | 'degree'
  | 'effectiveSize'
  | 'szEzBridging';

/** Gould & Fernandez (1989) brokerage roles, groups = domain. */
export type BrokerageRoles = {
  readonly __typename?: 'BrokerageRoles';
  readonly coordinator: Scalars['Int']['output'];
  readonly gatekeeper: Scalars['Int']['output'];
  readonly itinerant: Scalars['Int']['output'];
  readonly liaison: Scalars['Int']['output'];
  readonly representative: Scalars['Int']['output'];
  readonly total: Scalars['Int']['output'];
};

/** One write in the audit trail: who, when, what, and the values before and after. */
export type Change = {
  readonly __typename?: 'Change';
  readonly after?: Maybe<Scalars['JSON']['output']>;
  /** ISO date-time. */
  readonly at: Scalars['String']['output'];
  readonly before?: Maybe<Scalars['JSON']['output']>;
  readonly id: Scalars['ID']['output'];
  /** createActor, updateActor, deleteActor, addLink, removeLink, importNetwork or seed. */
  readonly operation: Scalars['String']['output'];
  /** What was written: actor:ID, link:FROM|TYPE|TO or network. */
  readonly target: Scalars['String']['output'];
  /** True once an admin has undone it. */
  readonly undone: Scalars['Boolean']['output'];
  readonly who: Scalars['String']['output'];
};

export type Community = {
  readonly __typename?: 'Community';
  readonly domains: DomainCounts;
  /** Krackhardt & Stern E–I index of the community; null when it has no links. */
  readonly eiIndex?: Maybe<Scalars['Float']['output']>;
  readonly id: Scalars['Int']['output'];
  readonly members: ReadonlyArray<Actor>;
  readonly size: Scalars['Int']['output'];
};

/** Contract §8: what changed between two days, in one scope (and region). */
export type Comparison = {
  readonly __typename?: 'Comparison';
  /** Actors present on `to`, not on `from`. */
  readonly actorsCame: ReadonlyArray<Actor>;
  /** Actors present on `from`, not on `to` (still readable as records). */
  readonly actorsWent: ReadonlyArray<Actor>;
  readonly after: NetworkFigures;
  readonly before: NetworkFigures;
  /** Actors in the top ten by the scope's bridging on either day whose rank changed, by rank on `to`. */
  readonly brokers: ReadonlyArray<RankChange>;
  readonly from: Scalars['String']['output'];
  readonly islands: ReadonlyArray<IslandChange>;
  readonly linksCame: ReadonlyArray<Link>;
  readonly linksWent: ReadonlyArray<Link>;
  readonly realisedSuggestions: ReadonlyArray<RealisedSuggestion>;
  /** The scope with `at` left out: the two days are `from` and `to`. */
  readonly scope: ScopeStatement;
  readonly to: Scalars['String']['output'];
};

export type Component = {
  readonly __typename?: 'Component';
  readonly index: Scalars['Int']['output'];
  readonly members: ReadonlyArray<Actor>;
  readonly size: Scalars['Int']['output'];
};

export type CreatedSurvey = {
  readonly __typename?: 'CreatedSurvey';
  readonly links: ReadonlyArray<SurveyLink>;
  readonly survey: Survey;
};

export type DeleteActorResult = {
  readonly __typename?: 'DeleteActorResult';
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  /** How many links were removed with the actor. */
  readonly removedLinks: Scalars['Int']['output'];
};

/** A text in both interface languages. */
export type Description = {
  readonly __typename?: 'Description';
  readonly en: Scalars['String']['output'];
  readonly nl: Scalars['String']['output'];
};

/** Contract §1: SZ = sociaal domein, EZ = economisch domein. */
export type Domain =
  | 'EZ'
  | 'ONDERWIJS'
  | 'OVERIG'
  | 'SZ';

export type DomainCounts = {
  readonly __typename?: 'DomainCounts';
  readonly EZ: Scalars['Int']['output'];
  readonly ONDERWIJS: Scalars['Int']['output'];
  readonly OVERIG: Scalars['Int']['output'];
  readonly SZ: Scalars['Int']['output'];
};

export type DomainPairCount = {
  readonly __typename?: 'DomainPairCount';
  readonly count: Scalars['Int']['output'];
  readonly domains: ReadonlyArray<Domain>;
};

/** What erasing a person removed (the name itself is not recorded). */
export type Erasure = {
  readonly __typename?: 'Erasure';
  /** Actors whose person field or texts named the person. */
  readonly actors: ReadonlyArray<Scalars['ID']['output']>;
  /** Audit records whose before/after values named the person. */
  readonly auditRecords: Scalars['Int']['output'];
  /** Links whose texts named the person. */
  readonly links: Scalars['Int']['output'];
};

/** A link out of an island that no missing link reaches, chosen by what it would do rather than by a shared partner; its figures are for adding this one link. */
export type FallbackSuggestion = {
  readonly __typename?: 'FallbackSuggestion';
  /** The island member the link starts from (the one for which the link does most). */
  readonly from: Actor;
  readonly islandAfter: IslandFigures;
  /** The link joins two components. */
  readonly joinsComponents: Scalars['Boolean']['output'];
  /** True: the partner has no region and already links actors of two or more regions; false: it is of a region of the island's members. */
  readonly national: Scalars['Boolean']['output'];
  readonly networkAfter: LinkNetworkFigures;
  /** SZ–EZ pairs within two steps of each other with the link that were not without it. */
  readonly szEzPairsGained: Scalars['Int']['output'];
  /** The partner outside the island. */
  readonly to: Actor;
};

export type FormAnswer = {
  readonly __typename?: 'FormAnswer';
  readonly frequency: SurveyFrequency;
  readonly importance: Scalars['Int']['output'];
  /** The roster actor named; null for another organisation. */
  readonly partner?: Maybe<Scalars['ID']['output']>;
  /** The name typed for another organisation. */
  readonly partnerName?: Maybe<Scalars['String']['output']>;
  readonly type: Scalars['String']['output'];
};

/** One answer on the form: a roster actor (partner) or another organisation by name (partnerName), not both. */
export type FormAnswerInput = {
  readonly frequency: SurveyFrequency;
  readonly importance: Scalars['Int']['input'];
  readonly partner?: InputMaybe<Scalars['ID']['input']>;
  readonly partnerName?: InputMaybe<Scalars['String']['input']>;
  readonly type: Scalars['String']['input'];
};

/**
 * Contract §6: a forum (a meeting, a table, a programme) and who meets there. Pairs count actors of
 * different domains that both take part.
 */
export type ForumMeasures = {
  readonly __typename?: 'ForumMeasures';
  readonly domains: DomainCounts;
  readonly forum: Actor;
  /** The members themselves, in actor order. */
  readonly memberActors: ReadonlyArray<Actor>;
  /** Number of actors that take part (linked to the forum directly). */
  readonly members: Scalars['Int']['output'];
  /** Of those pairs, how many share no other forum and have no direct link: they meet only here. */
  readonly onlyBridge: Scalars['Int']['output'];
  /** The SZ–EZ pairs that meet only here (`from` the SZ member, `to` the EZ member). */
  readonly onlyBridgePairs: ReadonlyArray<ActorPair>;
  /** Number of (SZ member, EZ member) pairs. */
  readonly szEzPairs: Scalars['Int']['output'];
};

/** Contract §6: how meetings, tables and programmes (actor types of mode FORUM) enter the measures. */
export type ForumMode =
  /** Forums are nodes of the graph like any actor. */
  | 'nodes'
  /** Two actors are tied when they are linked or take part in a common forum; forums are not ranked. */
  | 'ties';

export type ImportMode =
  /** Add the file's actors and links; refused if an actor id already exists. */
  | 'ADD'
  /** Replace the whole network by the file's content. */
  | 'REPLACE';

export type ImportResult = {
  readonly __typename?: 'ImportResult';
  readonly actors: Scalars['Int']['output'];
  readonly links: Scalars['Int']['output'];
  readonly mode: ImportMode;
  /** True when this importId was loaded before: nothing was loaded again. */
  readonly repeated: Scalars['Boolean']['output'];
};

export type Intermediary = {
  readonly __typename?: 'Intermediary';
  readonly actor: Actor;
  readonly pathCount: Scalars['Int']['output'];
};

export type IslandChange = {
  readonly __typename?: 'IslandChange';
  readonly description: Description;
  readonly fate: IslandFate;
  readonly kind: IslandKind;
  /** Its members on the day it is an island (`to` for APPEARED, `from` otherwise). */
  readonly members: ReadonlyArray<Actor>;
  readonly reason: IslandReason;
};

export type IslandFate =
  /** A policy island on `to` that continues none of `from`. */
  | 'appeared'
  /** A policy island on `from` most of whose members are gone by `to`. */
  | 'dissolved'
  /** A policy island on `from` whose members are mostly still there on `to`, in a group the rule no longer flags. */
  | 'joined';

export type IslandFigures = {
  readonly __typename?: 'IslandFigures';
  readonly eiIndex?: Maybe<Scalars['Float']['output']>;
  readonly externalLinks: Scalars['Int']['output'];
  readonly internalLinks: Scalars['Int']['output'];
  /** Whether the rule still flags the group. */
  readonly island: Scalars['Boolean']['output'];
};

export type IslandKind =
  | 'community'
  | 'component';

/** Why a group is a policy island, as figures. */
export type IslandReason = {
  readonly __typename?: 'IslandReason';
  readonly domains: DomainCounts;
  readonly dominantDomain: Domain;
  readonly dominantShare: Scalars['Float']['output'];
  readonly eiIndex: Scalars['Float']['output'];
  readonly externalLinks: Scalars['Int']['output'];
  readonly internalLinks: Scalars['Int']['output'];
  readonly members: Scalars['Int']['output'];
};

export type IslandRepair = {
  readonly __typename?: 'IslandRepair';
  readonly after: IslandFigures;
  readonly before: IslandFigures;
  readonly description: Description;
  /**
   * Only when the status is NO_CANDIDATE, empty otherwise: links without a shared partner, to the
   * other domain's actors (EZ for an SZ island, SZ for an EZ island, both for any other) of the
   * members' regions or national actors that already link actors of two or more regions. Ranked by
   * what the link would do: most SZ–EZ pairs brought within two steps, then joining two
   * components, then the partner's degree; one per partner, at most 5, best first. The
   * missing-links ranking is not changed by them.
   */
  readonly fallback: ReadonlyArray<FallbackSuggestion>;
  /** The fewest links from the missing-links ranking that open the island. */
  readonly links: ReadonlyArray<SuggestedLink>;
  readonly networkAfter: NetworkFigures;
  readonly networkBefore: NetworkFigures;
  readonly status: RepairStatus;
};

/** The rule that flags a group as a policy island. */
export type IslandRule = {
  readonly __typename?: 'IslandRule';
  /** At most this E–I index: closed to the outside. */
  readonly maxEiIndex: Scalars['Float']['output'];
  /** At least this share of the members in one domain. */
  readonly minDominantShare: Scalars['Float']['output'];
  readonly minMembers: Scalars['Int']['output'];
};

export type Islands = {
  readonly __typename?: 'Islands';
  /** Louvain communities (seeded). */
  readonly communities: ReadonlyArray<Community>;
  /** Connected components, largest first. */
  readonly components: ReadonlyArray<Component>;
  readonly islands: ReadonlyArray<PolicyIsland>;
  /** Newman modularity of exactly these communities; null without links. */
  readonly modularity?: Maybe<Scalars['Float']['output']>;
  readonly rule: IslandRule;
};

export type Link = {
  readonly __typename?: 'Link';
  /** The source record when `source` names a known one. */
  readonly document?: Maybe<Source>;
  /** For a link a survey answer made: how often the two work together. */
  readonly frequency?: Maybe<SurveyFrequency>;
  readonly from: Actor;
  readonly illustrative: Scalars['Boolean']['output'];
  /** For a link a survey answer made: how important the respondent finds it, 1 to 5. */
  readonly importance?: Maybe<Scalars['Int']['output']>;
  /** What a reader should know about the link, e.g. that a national body stands for its regional branch. */
  readonly note?: Maybe<Scalars['String']['output']>;
  readonly quote?: Maybe<Scalars['String']['output']>;
  /** Contract §8: when the link began (YYYY, YYYY-MM or YYYY-MM-DD); null: as long as both actors exist. */
  readonly since?: Maybe<Scalars['String']['output']>;
  /** Where the link is documented: a source id or free text. */
  readonly source?: Maybe<Scalars['String']['output']>;
  /** For a link a survey answer made: the round's id. */
  readonly survey?: Maybe<Scalars['ID']['output']>;
  readonly to: Actor;
  /** One of vocabulary.linkTypes. */
  readonly type: Scalars['String']['output'];
  readonly unconfirmed: Scalars['Boolean']['output'];
  /** When it ended; null: it still holds. */
  readonly until?: Maybe<Scalars['String']['output']>;
  readonly weight?: Maybe<Scalars['Float']['output']>;
};

export type LinkInput = {
  /** As a survey answer's link has them (docs/network-format.md); kept when a link is moved or restored by hand. */
  readonly frequency?: InputMaybe<SurveyFrequency>;
  readonly from: Scalars['ID']['input'];
  readonly illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  readonly importance?: InputMaybe<Scalars['Int']['input']>;
  readonly note?: InputMaybe<Scalars['String']['input']>;
  readonly quote?: InputMaybe<Scalars['String']['input']>;
  readonly since?: InputMaybe<Scalars['String']['input']>;
  readonly source?: InputMaybe<Scalars['String']['input']>;
  readonly survey?: InputMaybe<Scalars['ID']['input']>;
  readonly to: Scalars['ID']['input'];
  readonly type: Scalars['String']['input'];
  readonly unconfirmed?: InputMaybe<Scalars['Boolean']['input']>;
  readonly until?: InputMaybe<Scalars['String']['input']>;
  readonly weight?: InputMaybe<Scalars['Float']['input']>;
};

/** The whole network's figures with one proposed link, worked out exactly from the figures before; NetworkFigures without the policy-island count, which would take a community search per link. */
export type LinkNetworkFigures = {
  readonly __typename?: 'LinkNetworkFigures';
  readonly actors: Scalars['Int']['output'];
  readonly components: Scalars['Int']['output'];
  readonly eiIndex?: Maybe<Scalars['Float']['output']>;
  readonly links: Scalars['Int']['output'];
  /** Share of SZ–EZ pairs within two steps of each other. */
  readonly szEzWithinTwoSteps?: Maybe<Scalars['Float']['output']>;
};

export type LinkTypeInfo = {
  readonly __typename?: 'LinkTypeInfo';
  /** Whether from → to reads as a sentence (funds, is member of); samenwerking is mutual. */
  readonly directed: Scalars['Boolean']['output'];
  readonly id: Scalars['String']['output'];
};

/** The caller of this request. */
export type Me = {
  readonly __typename?: 'Me';
  /** Whether this server lets callers without a token read. */
  readonly anonymousRead: Scalars['Boolean']['output'];
  /** The token's name, e.g. the organisation or person it was made for. */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** Null without a (valid) token. */
  readonly role?: Maybe<Role>;
};

/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type Mutation = {
  readonly __typename?: 'Mutation';
  readonly addLink: Link;
  /** Adds the typed name as a new actor and matches the answer to it; refused when an actor of that name exists. */
  readonly addSurveyAnswerActor: SurveyAnswer;
  readonly closeSurvey: Survey;
  /** Starts a round; the respondents' personal links are in the answer, once. */
  readonly createSurvey: CreatedSurvey;
  readonly createToken: NewToken;
  /** Deletes an actor with its links; expectedVersion as for upsertActor. */
  readonly deleteActor: DeleteActorResult;
  /** Erases a person everywhere: person fields, texts and the audit trail's values (AVG art. 17). */
  readonly erasePerson: Erasure;
  /** Imports the CSV pair (comma or semicolon separated, as Dutch Excel writes), all or nothing. */
  readonly importCsv: ImportResult;
  /** Imports a network file (contract JSON), all or nothing. An importId makes a retry after a dropped connection load nothing twice. */
  readonly importNetwork: ImportResult;
  /** Imports an uploaded network file (contract JSON), all or nothing; malformed JSON is refused with its position. */
  readonly importNetworkFile: ImportResult;
  /**
   * Imports answers from another survey tool: a CSV with columns respondent, partner, type,
   * frequency, importance (names or ids; comma or semicolon separated). All or nothing: a row whose
   * respondent is not in the round or whose partner matches no actor refuses the whole file, naming
   * each such row.
   */
  readonly importSurveyCsv: SurveyCsvResult;
  /** Merges an answer's typed name into an existing actor: the answer now names it, and its link is made. */
  readonly matchSurveyAnswer: SurveyAnswer;
  /** Removes the links of this type between two actors; returns how many. */
  readonly removeLink: Scalars['Int']['output'];
  /** New links for these respondents (all who have not sent, when none are given); their old links stop working. */
  readonly renewSurveyLinks: ReadonlyArray<SurveyLink>;
  /** Opens a closed round again, until closesOn (today or later; the old day when not given). */
  readonly reopenSurvey: Survey;
  /** Accepts (confirms its link) or rejects (removes its link) a sent answer. */
  readonly reviewSurveyAnswer: SurveyAnswer;
  /** Stops one respondent's link from the next request on. */
  readonly revokeSurveyLink: SurveyRespondent;
  /** Revoked tokens are refused from the next request on. */
  readonly revokeToken: TokenInfo;
  /** Saves the respondent's answers (replacing what was saved); with send: true they are sent and become links. */
  readonly saveSurveyAnswers: SurveyForm;
  /** Undoes one write of the audit trail; CONFLICT when what it restores has changed since. Returns the change undone. */
  readonly undoChange: Change;
  /**
   * Creates an actor, or replaces every field of an existing one. With expectedVersion (the
   * actor's version when the editor loaded it) a write based on an old version is refused
   * with CONFLICT instead of overwriting someone else's change.
   */
  readonly upsertActor: Actor;
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationAddLinkArgs = {
  link: LinkInput;
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationAddSurveyAnswerActorArgs = {
  actor: ActorInput;
  id: Scalars['ID']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationCloseSurveyArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationCreateSurveyArgs = {
  survey: SurveyInput;
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationCreateTokenArgs = {
  name: Scalars['String']['input'];
  role: Role;
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationDeleteActorArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationErasePersonArgs = {
  name: Scalars['String']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationImportCsvArgs = {
  actors: Scalars['File']['input'];
  importId?: InputMaybe<Scalars['ID']['input']>;
  links: Scalars['File']['input'];
  mode?: InputMaybe<ImportMode>;
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationImportNetworkArgs = {
  importId?: InputMaybe<Scalars['ID']['input']>;
  mode?: InputMaybe<ImportMode>;
  network: Scalars['JSON']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationImportNetworkFileArgs = {
  file: Scalars['File']['input'];
  importId?: InputMaybe<Scalars['ID']['input']>;
  mode?: InputMaybe<ImportMode>;
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationImportSurveyCsvArgs = {
  file: Scalars['File']['input'];
  id: Scalars['ID']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationMatchSurveyAnswerArgs = {
  actor: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationRemoveLinkArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: Scalars['String']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationRenewSurveyLinksArgs = {
  actors?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationReopenSurveyArgs = {
  closesOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationReviewSurveyAnswerArgs = {
  decision: SurveyAnswerDecision;
  id: Scalars['ID']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationRevokeSurveyLinkArgs = {
  actor: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationRevokeTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationSaveSurveyAnswersArgs = {
  answers: ReadonlyArray<FormAnswerInput>;
  send?: InputMaybe<Scalars['Boolean']['input']>;
  token: Scalars['String']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationUndoChangeArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Declared here, with the first mutations; auth.graphql extends it. */
export type MutationUpsertActorArgs = {
  actor: ActorInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

export type NetworkFigures = {
  readonly __typename?: 'NetworkFigures';
  readonly actors: Scalars['Int']['output'];
  readonly components: Scalars['Int']['output'];
  readonly eiIndex?: Maybe<Scalars['Float']['output']>;
  readonly islands: Scalars['Int']['output'];
  readonly links: Scalars['Int']['output'];
  /** Share of SZ–EZ pairs within two steps of each other. */
  readonly szEzWithinTwoSteps?: Maybe<Scalars['Float']['output']>;
};

export type NewToken = {
  readonly __typename?: 'NewToken';
  readonly info: TokenInfo;
  /** The token itself: shown this once, stored only as a hash. */
  readonly token: Scalars['String']['output'];
};

/** Where a page ends: pass endCursor as `after` to get the next page. */
export type PageInfo = {
  readonly __typename?: 'PageInfo';
  /** Opaque; null when the page is empty. */
  readonly endCursor?: Maybe<Scalars['String']['output']>;
  readonly hasNextPage: Scalars['Boolean']['output'];
};

export type Path = {
  readonly __typename?: 'Path';
  /** From the start actor to the end actor. */
  readonly actors: ReadonlyArray<Actor>;
};

export type PathResult = {
  readonly __typename?: 'PathResult';
  /** The actors between the two ends, with how many of the shortest paths run through each. */
  readonly intermediaries: ReadonlyArray<Intermediary>;
  /** Number of links on each shortest path; null when the actors are not connected within maxHops. */
  readonly length?: Maybe<Scalars['Int']['output']>;
  readonly paths: ReadonlyArray<Path>;
};

export type PolicyIsland = {
  readonly __typename?: 'PolicyIsland';
  /** The reason in words, e.g. '12 actoren, allemaal sociaal domein; 2 van 31 verbindingen gaan naar buiten'. */
  readonly description: Description;
  /** Component index or community id. */
  readonly index: Scalars['Int']['output'];
  readonly kind: IslandKind;
  readonly members: ReadonlyArray<Actor>;
  readonly reason: IslandReason;
  readonly repair: IslandRepair;
};

/** One reason input was refused: where it is and what is wrong. */
export type Problem = {
  readonly __typename?: 'Problem';
  readonly field: Scalars['String']['output'];
  readonly message: Scalars['String']['output'];
  readonly record: Scalars['String']['output'];
};

export type ProposedLink = {
  readonly from: Scalars['ID']['input'];
  readonly to: Scalars['ID']['input'];
};

export type Query = {
  readonly __typename?: 'Query';
  readonly actor?: Maybe<Actor>;
  /** The measures of every actor (of one region, when given), in actor order. */
  readonly actorMeasures: ReadonlyArray<ActorMeasures>;
  /**
   * Actors, filtered and paginated (limit at most 500), by name (best match first with `text`).
   * Page with `after` (the previous page's pageInfo.endCursor) or `offset`; with both, `offset`
   * counts from the cursor. A page costs the same however large the network; `after` stays cheap
   * deep into a listing, where a large `offset` reads all the actors it skips.
   */
  readonly actors: ActorPage;
  /** The contract §5 report (with §6 forums and the §7 scope), exactly as `npm run analyze` prints it for that scope. */
  readonly analysis: Scalars['JSON']['output'];
  /** Bridging key figures, ranked (within one region when given; measures on the whole network). */
  readonly brokers: ReadonlyArray<ActorMeasures>;
  /** Contract §8: what changed between two days (YYYY-MM-DD), `from` before `to`; the scope's `at` is ignored. */
  readonly compare: Comparison;
  /** The whole network in the contract's JSON format. Also at /export/network.json, /export/actors.csv, /export/links.csv and /export/network.gexf. */
  readonly exportNetwork: Scalars['JSON']['output'];
  /** One forum and who meets there; null when the actor is no forum. */
  readonly forum?: Maybe<ForumMeasures>;
  /** Forums ranked by their SZ–EZ pairs (those with a member in the region, when given). */
  readonly forums: ReadonlyArray<ForumMeasures>;
  /** Components, communities and policy islands (of the region's own actors and links, when given). */
  readonly islands: Islands;
  readonly me: Me;
  /** Missing links between the scope's two domains, best first (both ends in the region, when given). */
  readonly missingLinks: ReadonlyArray<SuggestedLink>;
  /** The actors within `hops` links of an actor (1 to 3) and the links among them; with `at` (YYYY-MM-DD), only what is present on that day. */
  readonly neighbourhood: Subnetwork;
  /** Every shortest path between two actors (who connects whom), at most maxHops (1 to 10) links long; with `at`, through what is present on that day. */
  readonly paths: PathResult;
  readonly region?: Maybe<Region>;
  /** A region's figures; the whole network when region is null. */
  readonly regionScorecard: RegionScorecard;
  readonly regions: ReadonlyArray<Region>;
  /** The scope as it is applied (defaults filled in), to state above a result. */
  readonly scope: ScopeStatement;
  readonly sources: ReadonlyArray<Source>;
  readonly survey?: Maybe<Survey>;
  /** The form of the respondent whose survey token this is; the token opens nothing else. */
  readonly surveyForm: SurveyForm;
  /** Rounds, newest first; with region, that region's only. */
  readonly surveys: ReadonlyArray<Survey>;
  readonly tokens: ReadonlyArray<TokenInfo>;
  /** The vocabularies: actor types, domains and link types, as the contract spells them. */
  readonly vocabulary: Vocabulary;
  /** The figures before and after adding the proposed links; nothing is written. */
  readonly whatIf: WhatIf;
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorMeasuresArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<AnalysisScope>;
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAnalysisArgs = {
  scope?: InputMaybe<AnalysisScope>;
};


export type QueryBrokersArgs = {
  by?: InputMaybe<BrokerMeasure>;
  region?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<AnalysisScope>;
  top?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompareArgs = {
  from: Scalars['String']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<AnalysisScope>;
  to: Scalars['String']['input'];
};


export type QueryExportNetworkArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
  persons?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryForumArgs = {
  id: Scalars['ID']['input'];
  scope?: InputMaybe<AnalysisScope>;
};


export type QueryForumsArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<AnalysisScope>;
  top?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIslandsArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<AnalysisScope>;
};


export type QueryMissingLinksArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<AnalysisScope>;
  top?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighbourhoodArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
  hops?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryPathsArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionScorecardArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<AnalysisScope>;
};


export type QueryScopeArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<AnalysisScope>;
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyFormArgs = {
  token: Scalars['String']['input'];
};


export type QuerySurveysArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWhatIfArgs = {
  addLinks: ReadonlyArray<ProposedLink>;
  scope?: InputMaybe<AnalysisScope>;
};

/** An actor's rank among the scope's actors by bridging (1 = first) on each of two days. */
export type RankChange = {
  readonly __typename?: 'RankChange';
  readonly actor: Actor;
  readonly bridgingAfter?: Maybe<Scalars['Float']['output']>;
  readonly bridgingBefore?: Maybe<Scalars['Float']['output']>;
  /** Null when the actor is not present on `to`. */
  readonly rankAfter?: Maybe<Scalars['Int']['output']>;
  /** Null when the actor was not present on `from`. */
  readonly rankBefore?: Maybe<Scalars['Int']['output']>;
};

/** A missing link suggested on `from` that is a link on `to`. */
export type RealisedSuggestion = {
  readonly __typename?: 'RealisedSuggestion';
  readonly from: Actor;
  /** Its Adamic–Adar score on `from`. */
  readonly score: Scalars['Float']['output'];
  readonly to: Actor;
};

export type Region = {
  readonly __typename?: 'Region';
  readonly actorCount: Scalars['Int']['output'];
  readonly centrumgemeente?: Maybe<Scalars['String']['output']>;
  /** CBS code, AM01–AM38. */
  readonly code: Scalars['String']['output'];
  readonly gemeenten: ReadonlyArray<Scalars['String']['output']>;
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
};

export type RegionScorecard = {
  readonly __typename?: 'RegionScorecard';
  readonly actors: Scalars['Int']['output'];
  readonly actorsPerDomain: DomainCounts;
  /** Links / possible links among the region's actors; null below two actors. */
  readonly density?: Maybe<Scalars['Float']['output']>;
  readonly eiIndex?: Maybe<Scalars['Float']['output']>;
  readonly islands: Scalars['Int']['output'];
  readonly links: Scalars['Int']['output'];
  readonly linksPerDomainPair: ReadonlyArray<DomainPairCount>;
  /** Null for the whole network. */
  readonly region?: Maybe<Region>;
  readonly szEzWithinTwoSteps?: Maybe<Scalars['Float']['output']>;
  readonly topBrokers: ReadonlyArray<ActorMeasures>;
};

export type RepairStatus =
  /** No suggested link leads out of the island (no shared partner outside). */
  | 'no-candidate'
  /** Even every candidate together does not open it. */
  | 'partial'
  /** The suggested links open the island. */
  | 'repaired';

/** What a token allows: a viewer reads, an editor also writes, an admin also manages tokens, reads the audit trail, undoes and erases. */
export type Role =
  | 'admin'
  | 'editor'
  | 'viewer';

/** An actor on a form's roster: a name to recognise, nothing more. */
export type RosterEntry = {
  readonly __typename?: 'RosterEntry';
  readonly domain: Domain;
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  /** One of vocabulary.actorTypes. */
  readonly type: Scalars['String']['output'];
};

/** The scope a result was computed for, as the contract's reports state it. */
export type ScopeStatement = {
  readonly __typename?: 'ScopeStatement';
  /** The day the figures are about; null: the whole network, whatever its dates. */
  readonly at?: Maybe<Scalars['String']['output']>;
  readonly between: ReadonlyArray<Domain>;
  readonly forums: ForumMode;
  readonly illustrative: Scalars['Boolean']['output'];
  /** Null: every link type. */
  readonly linkTypes?: Maybe<ReadonlyArray<Scalars['String']['output']>>;
  /** Null for the whole network. */
  readonly region?: Maybe<Scalars['ID']['output']>;
  readonly unconfirmed: Scalars['Boolean']['output'];
};

export type Source = {
  readonly __typename?: 'Source';
  readonly author?: Maybe<Scalars['String']['output']>;
  readonly date?: Maybe<Scalars['String']['output']>;
  readonly id: Scalars['ID']['output'];
  /** document (one of the five seed documents) or public (a numbered public source). */
  readonly kind: Scalars['String']['output'];
  readonly reference?: Maybe<Scalars['String']['output']>;
  readonly title: Scalars['String']['output'];
};

/** A piece of the network: actors and the links among them. */
export type Subnetwork = {
  readonly __typename?: 'Subnetwork';
  readonly actors: ReadonlyArray<Actor>;
  readonly links: ReadonlyArray<Link>;
};

/** A missing link between the scope's two domains (SZ and EZ by default), scored by Adamic–Adar; `from` is the actor of the first domain, `to` of the second. */
export type SuggestedLink = {
  readonly __typename?: 'SuggestedLink';
  readonly from: Actor;
  readonly score: Scalars['Float']['output'];
  readonly sharedPartners: ReadonlyArray<Actor>;
  readonly to: Actor;
};

export type Survey = {
  readonly __typename?: 'Survey';
  /** Every answer that was sent (drafts stay with their respondent until sent). */
  readonly answers: ReadonlyArray<SurveyAnswer>;
  /** ISO date-time of an early close; null while open or closed by its day. */
  readonly closedAt?: Maybe<Scalars['String']['output']>;
  /** The last day answers are taken (YYYY-MM-DD, inclusive). */
  readonly closesOn: Scalars['String']['output'];
  readonly createdAt: Scalars['String']['output'];
  readonly createdBy: Scalars['String']['output'];
  readonly dashboard: SurveyDashboard;
  readonly id: Scalars['ID']['output'];
  readonly questionEn: Scalars['String']['output'];
  readonly questionNl: Scalars['String']['output'];
  /** Null for a round over a set of actors from anywhere. */
  readonly region?: Maybe<Region>;
  /** A text to copy into a mail to those who have not sent their answers (the links themselves are shown only when made). */
  readonly reminder: Scalars['String']['output'];
  readonly respondents: ReadonlyArray<SurveyRespondent>;
  readonly status: SurveyStatus;
  readonly title: Scalars['String']['output'];
};


export type SurveyReminderArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

export type SurveyAnswer = {
  readonly __typename?: 'SurveyAnswer';
  /** For an unmatched name: existing actors whose names resemble it, best first (never merged silently). */
  readonly candidates: ReadonlyArray<Actor>;
  readonly frequency: SurveyFrequency;
  readonly id: Scalars['ID']['output'];
  /** 1 (not important) to 5 (very important). */
  readonly importance: Scalars['Int']['output'];
  /** The link this answer made; null for a draft, an unmatched name or a rejected answer. */
  readonly link?: Maybe<Link>;
  readonly origin: SurveyAnswerOrigin;
  /** The partner named, when it is an actor of the network (on the roster, or matched by an editor). */
  readonly partner?: Maybe<Actor>;
  /** The name typed for 'another organisation' until an editor matches or adds it. */
  readonly partnerName?: Maybe<Scalars['String']['output']>;
  /** True when the partner named the respondent too, in this round. */
  readonly reciprocated: Scalars['Boolean']['output'];
  readonly respondent: Actor;
  readonly state: SurveyAnswerState;
  readonly survey: Survey;
  /** One of vocabulary.linkTypes. */
  readonly type: Scalars['String']['output'];
};

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

export type SurveyCsvResult = {
  readonly __typename?: 'SurveyCsvResult';
  /** Answers imported. */
  readonly answers: Scalars['Int']['output'];
  /** Links made or confirmed by them. */
  readonly links: Scalars['Int']['output'];
  readonly survey: Survey;
};

export type SurveyDashboard = {
  readonly __typename?: 'SurveyDashboard';
  /** The same with every sent, not rejected answer as a link (the what-if of all its answers). */
  readonly after: NetworkFigures;
  /** The round's network (its region, else the whole network) without the round's links. */
  readonly before: NetworkFigures;
  /** Pairs of respondents of which at least one named the other. */
  readonly namedTies: Scalars['Int']['output'];
  /** Links the round adds between actors that had no link before it, per pair of domains. */
  readonly newLinksPerDomainPair: ReadonlyArray<DomainPairCount>;
  readonly notSent: ReadonlyArray<Actor>;
  /** Of those, pairs that named each other. */
  readonly reciprocatedTies: Scalars['Int']['output'];
  /** reciprocatedTies / namedTies; null without named ties. */
  readonly reciprocity?: Maybe<Scalars['Float']['output']>;
  readonly respondents: Scalars['Int']['output'];
  /** sent / respondents (0 to 1). */
  readonly responseRate: Scalars['Float']['output'];
  readonly sent: Scalars['Int']['output'];
  /** Answers naming an organisation that is not yet matched to an actor. */
  readonly unmatchedNames: Scalars['Int']['output'];
};

/** What the form of one respondent shows: nothing of the network beyond the round's roster. */
export type SurveyForm = {
  readonly __typename?: 'SurveyForm';
  /** What was saved or sent so far. */
  readonly answers: ReadonlyArray<FormAnswer>;
  readonly closesOn: Scalars['String']['output'];
  /** The link types offered, as vocabulary.linkTypes spells them. */
  readonly linkTypes: ReadonlyArray<Scalars['String']['output']>;
  readonly questionEn: Scalars['String']['output'];
  readonly questionNl: Scalars['String']['output'];
  /** The actor answering. */
  readonly respondent: RosterEntry;
  /** The round's other actors to choose from. */
  readonly roster: ReadonlyArray<RosterEntry>;
  readonly savedAt?: Maybe<Scalars['String']['output']>;
  /** Set once the answers were sent; the form is then read-only. */
  readonly sentAt?: Maybe<Scalars['String']['output']>;
  readonly title: Scalars['String']['output'];
};

/** How often a respondent works with a partner. */
export type SurveyFrequency =
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY'
  | 'YEARLY';

export type SurveyInput = {
  /** YYYY-MM-DD, today or later. */
  readonly closesOn: Scalars['String']['input'];
  /** Defaults to 'Which of these organisations do you work with?'. */
  readonly questionEn?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to 'Met welke van deze organisaties werkt u samen?'. */
  readonly questionNl?: InputMaybe<Scalars['String']['input']>;
  /** All actors of this region (forums left out) are respondents, unless respondents are given. */
  readonly region?: InputMaybe<Scalars['ID']['input']>;
  /** The respondents; at least two. Forums (meetings, programmes) cannot answer. */
  readonly respondents?: InputMaybe<ReadonlyArray<SurveyRespondentInput>>;
  /** 1 to 100 characters. */
  readonly title: Scalars['String']['input'];
};

/** A respondent's personal link; the token in it is shown this once and stored only as a hash. */
export type SurveyLink = {
  readonly __typename?: 'SurveyLink';
  /** The form's path, /enquete/<token>; the explorer puts its own address before it. */
  readonly path: Scalars['String']['output'];
  readonly respondent: Actor;
  readonly token: Scalars['String']['output'];
};

export type SurveyRespondent = {
  readonly __typename?: 'SurveyRespondent';
  readonly actor: Actor;
  /** A person or mailbox to send the link to (optional; the README's person rules apply). */
  readonly contact?: Maybe<Scalars['String']['output']>;
  /** True once an editor revoked its link (a new one can be made). */
  readonly linkRevoked: Scalars['Boolean']['output'];
  /** ISO date-time of the last save on the form. */
  readonly savedAt?: Maybe<Scalars['String']['output']>;
  /** ISO date-time the answers were sent; null until then. */
  readonly sentAt?: Maybe<Scalars['String']['output']>;
};

export type SurveyRespondentInput = {
  readonly actor: Scalars['ID']['input'];
  readonly contact?: InputMaybe<Scalars['String']['input']>;
};

/** OPEN until its closing day has passed or an editor closes it early. */
export type SurveyStatus =
  | 'CLOSED'
  | 'OPEN';

export type TokenInfo = {
  readonly __typename?: 'TokenInfo';
  readonly createdAt: Scalars['String']['output'];
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly revokedAt?: Maybe<Scalars['String']['output']>;
  readonly role: Role;
};

export type Vocabulary = {
  readonly __typename?: 'Vocabulary';
  readonly actorTypes: ReadonlyArray<ActorTypeInfo>;
  readonly domains: ReadonlyArray<Domain>;
  readonly linkTypes: ReadonlyArray<LinkTypeInfo>;
};

export type WhatIf = {
  readonly __typename?: 'WhatIf';
  /** Top brokers before and after, and the ends of the new links. */
  readonly actors: ReadonlyArray<ActorChange>;
  /** The proposed links that are new. */
  readonly added: ReadonlyArray<ActorPair>;
  readonly after: NetworkFigures;
  /** The proposed links that already exist; they change nothing. */
  readonly alreadyLinked: ReadonlyArray<ActorPair>;
  readonly before: NetworkFigures;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorParentModel>;
  ActorChange: ResolverTypeWrapper<Omit<ActorChange, 'actor' | 'after' | 'before'> & { actor: ResolversTypes['Actor'], after: ResolversTypes['ActorMeasures'], before: ResolversTypes['ActorMeasures'] }>;
  ActorFilter: ActorFilter;
  ActorInput: ActorInput;
  ActorMeasures: ResolverTypeWrapper<Omit<ActorMeasures, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  ActorMode: null;
  ActorPage: ResolverTypeWrapper<ActorPageParentModel>;
  ActorPair: ResolverTypeWrapper<Omit<ActorPair, 'from' | 'to'> & { from: ResolversTypes['Actor'], to: ResolversTypes['Actor'] }>;
  ActorTypeInfo: ResolverTypeWrapper<ActorTypeInfo>;
  AnalysisScope: AnalysisScope;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BrokerMeasure: null;
  BrokerageRoles: ResolverTypeWrapper<BrokerageRoles>;
  Change: ResolverTypeWrapper<ChangeParentModel>;
  Community: ResolverTypeWrapper<Omit<Community, 'domains' | 'members'> & { domains: ResolversTypes['DomainCounts'], members: ReadonlyArray<ResolversTypes['Actor']> }>;
  Comparison: ResolverTypeWrapper<Omit<Comparison, 'actorsCame' | 'actorsWent' | 'brokers' | 'islands' | 'linksCame' | 'linksWent' | 'realisedSuggestions'> & { actorsCame: ReadonlyArray<ResolversTypes['Actor']>, actorsWent: ReadonlyArray<ResolversTypes['Actor']>, brokers: ReadonlyArray<ResolversTypes['RankChange']>, islands: ReadonlyArray<ResolversTypes['IslandChange']>, linksCame: ReadonlyArray<ResolversTypes['Link']>, linksWent: ReadonlyArray<ResolversTypes['Link']>, realisedSuggestions: ReadonlyArray<ResolversTypes['RealisedSuggestion']> }>;
  Component: ResolverTypeWrapper<Omit<Component, 'members'> & { members: ReadonlyArray<ResolversTypes['Actor']> }>;
  CreatedSurvey: ResolverTypeWrapper<Omit<CreatedSurvey, 'links' | 'survey'> & { links: ReadonlyArray<ResolversTypes['SurveyLink']>, survey: ResolversTypes['Survey'] }>;
  DeleteActorResult: ResolverTypeWrapper<DeleteActorResult>;
  Description: ResolverTypeWrapper<Description>;
  Domain: Domain;
  DomainCounts: ResolverTypeWrapper<DomainCountsParentModel>;
  DomainPairCount: ResolverTypeWrapper<DomainPairCount>;
  Erasure: ResolverTypeWrapper<Erasure>;
  FallbackSuggestion: ResolverTypeWrapper<Omit<FallbackSuggestion, 'from' | 'to'> & { from: ResolversTypes['Actor'], to: ResolversTypes['Actor'] }>;
  File: ResolverTypeWrapper<Scalars['File']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FormAnswer: ResolverTypeWrapper<FormAnswer>;
  FormAnswerInput: FormAnswerInput;
  ForumMeasures: ResolverTypeWrapper<Omit<ForumMeasures, 'domains' | 'forum' | 'memberActors' | 'onlyBridgePairs'> & { domains: ResolversTypes['DomainCounts'], forum: ResolversTypes['Actor'], memberActors: ReadonlyArray<ResolversTypes['Actor']>, onlyBridgePairs: ReadonlyArray<ResolversTypes['ActorPair']> }>;
  ForumMode: null;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportMode: ImportMode;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Intermediary: ResolverTypeWrapper<Omit<Intermediary, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  IslandChange: ResolverTypeWrapper<Omit<IslandChange, 'members' | 'reason'> & { members: ReadonlyArray<ResolversTypes['Actor']>, reason: ResolversTypes['IslandReason'] }>;
  IslandFate: null;
  IslandFigures: ResolverTypeWrapper<IslandFigures>;
  IslandKind: null;
  IslandReason: ResolverTypeWrapper<Omit<IslandReason, 'domains'> & { domains: ResolversTypes['DomainCounts'] }>;
  IslandRepair: ResolverTypeWrapper<Omit<IslandRepair, 'fallback' | 'links'> & { fallback: ReadonlyArray<ResolversTypes['FallbackSuggestion']>, links: ReadonlyArray<ResolversTypes['SuggestedLink']> }>;
  IslandRule: ResolverTypeWrapper<IslandRule>;
  Islands: ResolverTypeWrapper<Omit<Islands, 'communities' | 'components' | 'islands'> & { communities: ReadonlyArray<ResolversTypes['Community']>, components: ReadonlyArray<ResolversTypes['Component']>, islands: ReadonlyArray<ResolversTypes['PolicyIsland']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Link: ResolverTypeWrapper<LinkModel>;
  LinkInput: LinkInput;
  LinkNetworkFigures: ResolverTypeWrapper<LinkNetworkFigures>;
  LinkTypeInfo: ResolverTypeWrapper<LinkTypeInfo>;
  Me: ResolverTypeWrapper<Me>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkFigures: ResolverTypeWrapper<NetworkFigures>;
  NewToken: ResolverTypeWrapper<NewToken>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<Omit<Path, 'actors'> & { actors: ReadonlyArray<ResolversTypes['Actor']> }>;
  PathResult: ResolverTypeWrapper<Omit<PathResult, 'intermediaries' | 'paths'> & { intermediaries: ReadonlyArray<ResolversTypes['Intermediary']>, paths: ReadonlyArray<ResolversTypes['Path']> }>;
  PolicyIsland: ResolverTypeWrapper<Omit<PolicyIsland, 'members' | 'reason' | 'repair'> & { members: ReadonlyArray<ResolversTypes['Actor']>, reason: ResolversTypes['IslandReason'], repair: ResolversTypes['IslandRepair'] }>;
  Problem: ResolverTypeWrapper<Problem>;
  ProposedLink: ProposedLink;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankChange: ResolverTypeWrapper<Omit<RankChange, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  RealisedSuggestion: ResolverTypeWrapper<Omit<RealisedSuggestion, 'from' | 'to'> & { from: ResolversTypes['Actor'], to: ResolversTypes['Actor'] }>;
  Region: ResolverTypeWrapper<RegionModel>;
  RegionScorecard: ResolverTypeWrapper<Omit<RegionScorecard, 'actorsPerDomain' | 'region' | 'topBrokers'> & { actorsPerDomain: ResolversTypes['DomainCounts'], region?: Maybe<ResolversTypes['Region']>, topBrokers: ReadonlyArray<ResolversTypes['ActorMeasures']> }>;
  RepairStatus: null;
  Role: null;
  RosterEntry: ResolverTypeWrapper<RosterEntry>;
  ScopeStatement: ResolverTypeWrapper<ScopeStatement>;
  Source: ResolverTypeWrapper<SourceModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subnetwork: ResolverTypeWrapper<Omit<Subnetwork, 'actors' | 'links'> & { actors: ReadonlyArray<ResolversTypes['Actor']>, links: ReadonlyArray<ResolversTypes['Link']> }>;
  SuggestedLink: ResolverTypeWrapper<Omit<SuggestedLink, 'from' | 'sharedPartners' | 'to'> & { from: ResolversTypes['Actor'], sharedPartners: ReadonlyArray<ResolversTypes['Actor']>, to: ResolversTypes['Actor'] }>;
  Survey: ResolverTypeWrapper<SurveyRecordModel>;
  SurveyAnswer: ResolverTypeWrapper<AnswerRecordModel>;
  SurveyAnswerDecision: SurveyAnswerDecision;
  SurveyAnswerOrigin: SurveyAnswerOrigin;
  SurveyAnswerState: SurveyAnswerState;
  SurveyCsvResult: ResolverTypeWrapper<Omit<SurveyCsvResult, 'survey'> & { survey: ResolversTypes['Survey'] }>;
  SurveyDashboard: ResolverTypeWrapper<SurveyDashboardParentModel>;
  SurveyForm: ResolverTypeWrapper<SurveyForm>;
  SurveyFrequency: SurveyFrequency;
  SurveyInput: SurveyInput;
  SurveyLink: ResolverTypeWrapper<IssuedLinkModel>;
  SurveyRespondent: ResolverTypeWrapper<RespondentRecordModel>;
  SurveyRespondentInput: SurveyRespondentInput;
  SurveyStatus: SurveyStatus;
  TokenInfo: ResolverTypeWrapper<TokenInfo>;
  Vocabulary: ResolverTypeWrapper<Vocabulary>;
  WhatIf: ResolverTypeWrapper<Omit<WhatIf, 'actors' | 'added' | 'alreadyLinked'> & { actors: ReadonlyArray<ResolversTypes['ActorChange']>, added: ReadonlyArray<ResolversTypes['ActorPair']>, alreadyLinked: ReadonlyArray<ResolversTypes['ActorPair']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorParentModel;
  ActorChange: Omit<ActorChange, 'actor' | 'after' | 'before'> & { actor: ResolversParentTypes['Actor'], after: ResolversParentTypes['ActorMeasures'], before: ResolversParentTypes['ActorMeasures'] };
  ActorFilter: ActorFilter;
  ActorInput: ActorInput;
  ActorMeasures: Omit<ActorMeasures, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  ActorPage: ActorPageParentModel;
  ActorPair: Omit<ActorPair, 'from' | 'to'> & { from: ResolversParentTypes['Actor'], to: ResolversParentTypes['Actor'] };
  ActorTypeInfo: ActorTypeInfo;
  AnalysisScope: AnalysisScope;
  Boolean: Scalars['Boolean']['output'];
  BrokerageRoles: BrokerageRoles;
  Change: ChangeParentModel;
  Community: Omit<Community, 'domains' | 'members'> & { domains: ResolversParentTypes['DomainCounts'], members: ReadonlyArray<ResolversParentTypes['Actor']> };
  Comparison: Omit<Comparison, 'actorsCame' | 'actorsWent' | 'brokers' | 'islands' | 'linksCame' | 'linksWent' | 'realisedSuggestions'> & { actorsCame: ReadonlyArray<ResolversParentTypes['Actor']>, actorsWent: ReadonlyArray<ResolversParentTypes['Actor']>, brokers: ReadonlyArray<ResolversParentTypes['RankChange']>, islands: ReadonlyArray<ResolversParentTypes['IslandChange']>, linksCame: ReadonlyArray<ResolversParentTypes['Link']>, linksWent: ReadonlyArray<ResolversParentTypes['Link']>, realisedSuggestions: ReadonlyArray<ResolversParentTypes['RealisedSuggestion']> };
  Component: Omit<Component, 'members'> & { members: ReadonlyArray<ResolversParentTypes['Actor']> };
  CreatedSurvey: Omit<CreatedSurvey, 'links' | 'survey'> & { links: ReadonlyArray<ResolversParentTypes['SurveyLink']>, survey: ResolversParentTypes['Survey'] };
  DeleteActorResult: DeleteActorResult;
  Description: Description;
  DomainCounts: DomainCountsParentModel;
  DomainPairCount: DomainPairCount;
  Erasure: Erasure;
  FallbackSuggestion: Omit<FallbackSuggestion, 'from' | 'to'> & { from: ResolversParentTypes['Actor'], to: ResolversParentTypes['Actor'] };
  File: Scalars['File']['output'];
  Float: Scalars['Float']['output'];
  FormAnswer: FormAnswer;
  FormAnswerInput: FormAnswerInput;
  ForumMeasures: Omit<ForumMeasures, 'domains' | 'forum' | 'memberActors' | 'onlyBridgePairs'> & { domains: ResolversParentTypes['DomainCounts'], forum: ResolversParentTypes['Actor'], memberActors: ReadonlyArray<ResolversParentTypes['Actor']>, onlyBridgePairs: ReadonlyArray<ResolversParentTypes['ActorPair']> };
  ID: Scalars['ID']['output'];
  ImportResult: ImportResult;
  Int: Scalars['Int']['output'];
  Intermediary: Omit<Intermediary, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  IslandChange: Omit<IslandChange, 'members' | 'reason'> & { members: ReadonlyArray<ResolversParentTypes['Actor']>, reason: ResolversParentTypes['IslandReason'] };
  IslandFigures: IslandFigures;
  IslandReason: Omit<IslandReason, 'domains'> & { domains: ResolversParentTypes['DomainCounts'] };
  IslandRepair: Omit<IslandRepair, 'fallback' | 'links'> & { fallback: ReadonlyArray<ResolversParentTypes['FallbackSuggestion']>, links: ReadonlyArray<ResolversParentTypes['SuggestedLink']> };
  IslandRule: IslandRule;
  Islands: Omit<Islands, 'communities' | 'components' | 'islands'> & { communities: ReadonlyArray<ResolversParentTypes['Community']>, components: ReadonlyArray<ResolversParentTypes['Component']>, islands: ReadonlyArray<ResolversParentTypes['PolicyIsland']> };
  JSON: Scalars['JSON']['output'];
  Link: LinkModel;
  LinkInput: LinkInput;
  LinkNetworkFigures: LinkNetworkFigures;
  LinkTypeInfo: LinkTypeInfo;
  Me: Me;
  Mutation: Record<PropertyKey, never>;
  NetworkFigures: NetworkFigures;
  NewToken: NewToken;
  PageInfo: PageInfo;
  Path: Omit<Path, 'actors'> & { actors: ReadonlyArray<ResolversParentTypes['Actor']> };
  PathResult: Omit<PathResult, 'intermediaries' | 'paths'> & { intermediaries: ReadonlyArray<ResolversParentTypes['Intermediary']>, paths: ReadonlyArray<ResolversParentTypes['Path']> };
  PolicyIsland: Omit<PolicyIsland, 'members' | 'reason' | 'repair'> & { members: ReadonlyArray<ResolversParentTypes['Actor']>, reason: ResolversParentTypes['IslandReason'], repair: ResolversParentTypes['IslandRepair'] };
  Problem: Problem;
  ProposedLink: ProposedLink;
  Query: Record<PropertyKey, never>;
  RankChange: Omit<RankChange, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  RealisedSuggestion: Omit<RealisedSuggestion, 'from' | 'to'> & { from: ResolversParentTypes['Actor'], to: ResolversParentTypes['Actor'] };
  Region: RegionModel;
  RegionScorecard: Omit<RegionScorecard, 'actorsPerDomain' | 'region' | 'topBrokers'> & { actorsPerDomain: ResolversParentTypes['DomainCounts'], region?: Maybe<ResolversParentTypes['Region']>, topBrokers: ReadonlyArray<ResolversParentTypes['ActorMeasures']> };
  RosterEntry: RosterEntry;
  ScopeStatement: ScopeStatement;
  Source: SourceModel;
  String: Scalars['String']['output'];
  Subnetwork: Omit<Subnetwork, 'actors' | 'links'> & { actors: ReadonlyArray<ResolversParentTypes['Actor']>, links: ReadonlyArray<ResolversParentTypes['Link']> };
  SuggestedLink: Omit<SuggestedLink, 'from' | 'sharedPartners' | 'to'> & { from: ResolversParentTypes['Actor'], sharedPartners: ReadonlyArray<ResolversParentTypes['Actor']>, to: ResolversParentTypes['Actor'] };
  Survey: SurveyRecordModel;
  SurveyAnswer: AnswerRecordModel;
  SurveyCsvResult: Omit<SurveyCsvResult, 'survey'> & { survey: ResolversParentTypes['Survey'] };
  SurveyDashboard: SurveyDashboardParentModel;
  SurveyForm: SurveyForm;
  SurveyInput: SurveyInput;
  SurveyLink: IssuedLinkModel;
  SurveyRespondent: RespondentRecordModel;
  SurveyRespondentInput: SurveyRespondentInput;
  TokenInfo: TokenInfo;
  Vocabulary: Vocabulary;
  WhatIf: Omit<WhatIf, 'actors' | 'added' | 'alreadyLinked'> & { actors: ReadonlyArray<ResolversParentTypes['ActorChange']>, added: ReadonlyArray<ResolversParentTypes['ActorPair']>, alreadyLinked: ReadonlyArray<ResolversParentTypes['ActorPair']> };
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['Domain'], ParentType, ContextType>;
  domains?: Resolver<ReadonlyArray<ResolversTypes['Domain']>, ParentType, ContextType>;
  gemeente?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ReadonlyArray<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<ActorHistoryArgs, 'limit'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  links?: Resolver<ReadonlyArray<ResolversTypes['Link']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbours?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<ReadonlyArray<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unconfirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorChange'] = ResolversParentTypes['ActorChange']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  after?: Resolver<ResolversTypes['ActorMeasures'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['ActorMeasures'], ParentType, ContextType>;
};

export type ActorMeasuresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorMeasures'] = ResolversParentTypes['ActorMeasures']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bridging?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  brokerage?: Resolver<ResolversTypes['BrokerageRoles'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  component?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  constraint?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  effectiveSize?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  szEzBridging?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ActorModeResolvers = { ACTOR: 'actor', FORUM: 'forum' };

export type ActorPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorPage'] = ResolversParentTypes['ActorPage']> = {
  items?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorPairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorPair'] = ResolversParentTypes['ActorPair']> = {
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorTypeInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorTypeInfo'] = ResolversParentTypes['ActorTypeInfo']> = {
  defaultDomain?: Resolver<ResolversTypes['Domain'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ActorMode'], ParentType, ContextType>;
};

export type BrokerMeasureResolvers = { BETWEENNESS: 'betweenness', BRIDGING: 'bridging', BROKERAGE: 'brokerage', CONSTRAINT: 'constraint', DEGREE: 'degree', EFFECTIVE_SIZE: 'effectiveSize', SZ_EZ_BRIDGING: 'szEzBridging' };

export type BrokerageRolesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokerageRoles'] = ResolversParentTypes['BrokerageRoles']> = {
  coordinator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gatekeeper?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itinerant?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  liaison?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  representative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  undone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  who?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  domains?: Resolver<ResolversTypes['DomainCounts'], ParentType, ContextType>;
  eiIndex?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = {
  actorsCame?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  actorsWent?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  after?: Resolver<ResolversTypes['NetworkFigures'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['NetworkFigures'], ParentType, ContextType>;
  brokers?: Resolver<ReadonlyArray<ResolversTypes['RankChange']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  islands?: Resolver<ReadonlyArray<ResolversTypes['IslandChange']>, ParentType, ContextType>;
  linksCame?: Resolver<ReadonlyArray<ResolversTypes['Link']>, ParentType, ContextType>;
  linksWent?: Resolver<ReadonlyArray<ResolversTypes['Link']>, ParentType, ContextType>;
  realisedSuggestions?: Resolver<ReadonlyArray<ResolversTypes['RealisedSuggestion']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ScopeStatement'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComponentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Component'] = ResolversParentTypes['Component']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreatedSurveyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedSurvey'] = ResolversParentTypes['CreatedSurvey']> = {
  links?: Resolver<ReadonlyArray<ResolversTypes['SurveyLink']>, ParentType, ContextType>;
  survey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
};

export type DeleteActorResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteActorResult'] = ResolversParentTypes['DeleteActorResult']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removedLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DescriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Description'] = ResolversParentTypes['Description']> = {
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DomainCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomainCounts'] = ResolversParentTypes['DomainCounts']> = {
  EZ?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ONDERWIJS?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  OVERIG?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  SZ?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DomainPairCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomainPairCount'] = ResolversParentTypes['DomainPairCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  domains?: Resolver<ReadonlyArray<ResolversTypes['Domain']>, ParentType, ContextType>;
};

export type ErasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Erasure'] = ResolversParentTypes['Erasure']> = {
  actors?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  auditRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FallbackSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FallbackSuggestion'] = ResolversParentTypes['FallbackSuggestion']> = {
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  islandAfter?: Resolver<ResolversTypes['IslandFigures'], ParentType, ContextType>;
  joinsComponents?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  national?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  networkAfter?: Resolver<ResolversTypes['LinkNetworkFigures'], ParentType, ContextType>;
  szEzPairsGained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export interface FileScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['File'], any> {
  name: 'File';
}

export type FormAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FormAnswer'] = ResolversParentTypes['FormAnswer']> = {
  frequency?: Resolver<ResolversTypes['SurveyFrequency'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  partnerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ForumMeasuresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForumMeasures'] = ResolversParentTypes['ForumMeasures']> = {
  domains?: Resolver<ResolversTypes['DomainCounts'], ParentType, ContextType>;
  forum?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  memberActors?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onlyBridge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onlyBridgePairs?: Resolver<ReadonlyArray<ResolversTypes['ActorPair']>, ParentType, ContextType>;
  szEzPairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ForumModeResolvers = { NODES: 'nodes', TIES: 'ties' };

export type ImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ImportMode'], ParentType, ContextType>;
  repeated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IntermediaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Intermediary'] = ResolversParentTypes['Intermediary']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  pathCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IslandChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IslandChange'] = ResolversParentTypes['IslandChange']> = {
  description?: Resolver<ResolversTypes['Description'], ParentType, ContextType>;
  fate?: Resolver<ResolversTypes['IslandFate'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IslandKind'], ParentType, ContextType>;
  members?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['IslandReason'], ParentType, ContextType>;
};

export type IslandFateResolvers = { APPEARED: 'appeared', DISSOLVED: 'dissolved', JOINED: 'joined' };

export type IslandFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IslandFigures'] = ResolversParentTypes['IslandFigures']> = {
  eiIndex?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  externalLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  internalLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  island?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IslandKindResolvers = { COMMUNITY: 'community', COMPONENT: 'component' };

export type IslandReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IslandReason'] = ResolversParentTypes['IslandReason']> = {
  domains?: Resolver<ResolversTypes['DomainCounts'], ParentType, ContextType>;
  dominantDomain?: Resolver<ResolversTypes['Domain'], ParentType, ContextType>;
  dominantShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  eiIndex?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  externalLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  internalLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IslandRepairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IslandRepair'] = ResolversParentTypes['IslandRepair']> = {
  after?: Resolver<ResolversTypes['IslandFigures'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['IslandFigures'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['Description'], ParentType, ContextType>;
  fallback?: Resolver<ReadonlyArray<ResolversTypes['FallbackSuggestion']>, ParentType, ContextType>;
  links?: Resolver<ReadonlyArray<ResolversTypes['SuggestedLink']>, ParentType, ContextType>;
  networkAfter?: Resolver<ResolversTypes['NetworkFigures'], ParentType, ContextType>;
  networkBefore?: Resolver<ResolversTypes['NetworkFigures'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RepairStatus'], ParentType, ContextType>;
};

export type IslandRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IslandRule'] = ResolversParentTypes['IslandRule']> = {
  maxEiIndex?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minDominantShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IslandsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Islands'] = ResolversParentTypes['Islands']> = {
  communities?: Resolver<ReadonlyArray<ResolversTypes['Community']>, ParentType, ContextType>;
  components?: Resolver<ReadonlyArray<ResolversTypes['Component']>, ParentType, ContextType>;
  islands?: Resolver<ReadonlyArray<ResolversTypes['PolicyIsland']>, ParentType, ContextType>;
  modularity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['IslandRule'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  document?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  frequency?: Resolver<Maybe<ResolversTypes['SurveyFrequency']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  importance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  survey?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unconfirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type LinkNetworkFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkNetworkFigures'] = ResolversParentTypes['LinkNetworkFigures']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  components?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eiIndex?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  szEzWithinTwoSteps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type LinkTypeInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkTypeInfo'] = ResolversParentTypes['LinkTypeInfo']> = {
  directed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  anonymousRead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationAddLinkArgs, 'link'>>;
  addSurveyAnswerActor?: Resolver<ResolversTypes['SurveyAnswer'], ParentType, ContextType, RequireFields<MutationAddSurveyAnswerActorArgs, 'actor' | 'id'>>;
  closeSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<MutationCloseSurveyArgs, 'id'>>;
  createSurvey?: Resolver<ResolversTypes['CreatedSurvey'], ParentType, ContextType, RequireFields<MutationCreateSurveyArgs, 'survey'>>;
  createToken?: Resolver<ResolversTypes['NewToken'], ParentType, ContextType, RequireFields<MutationCreateTokenArgs, 'name' | 'role'>>;
  deleteActor?: Resolver<ResolversTypes['DeleteActorResult'], ParentType, ContextType, RequireFields<MutationDeleteActorArgs, 'id'>>;
  erasePerson?: Resolver<ResolversTypes['Erasure'], ParentType, ContextType, RequireFields<MutationErasePersonArgs, 'name'>>;
  importCsv?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportCsvArgs, 'actors' | 'links' | 'mode'>>;
  importNetwork?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportNetworkArgs, 'mode' | 'network'>>;
  importNetworkFile?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportNetworkFileArgs, 'file' | 'mode'>>;
  importSurveyCsv?: Resolver<ResolversTypes['SurveyCsvResult'], ParentType, ContextType, RequireFields<MutationImportSurveyCsvArgs, 'file' | 'id'>>;
  matchSurveyAnswer?: Resolver<ResolversTypes['SurveyAnswer'], ParentType, ContextType, RequireFields<MutationMatchSurveyAnswerArgs, 'actor' | 'id'>>;
  removeLink?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRemoveLinkArgs, 'from' | 'to' | 'type'>>;
  renewSurveyLinks?: Resolver<ReadonlyArray<ResolversTypes['SurveyLink']>, ParentType, ContextType, RequireFields<MutationRenewSurveyLinksArgs, 'id'>>;
  reopenSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<MutationReopenSurveyArgs, 'id'>>;
  reviewSurveyAnswer?: Resolver<ResolversTypes['SurveyAnswer'], ParentType, ContextType, RequireFields<MutationReviewSurveyAnswerArgs, 'decision' | 'id'>>;
  revokeSurveyLink?: Resolver<ResolversTypes['SurveyRespondent'], ParentType, ContextType, RequireFields<MutationRevokeSurveyLinkArgs, 'actor' | 'id'>>;
  revokeToken?: Resolver<ResolversTypes['TokenInfo'], ParentType, ContextType, RequireFields<MutationRevokeTokenArgs, 'id'>>;
  saveSurveyAnswers?: Resolver<ResolversTypes['SurveyForm'], ParentType, ContextType, RequireFields<MutationSaveSurveyAnswersArgs, 'answers' | 'send' | 'token'>>;
  undoChange?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationUndoChangeArgs, 'id'>>;
  upsertActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUpsertActorArgs, 'actor'>>;
};

export type NetworkFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkFigures'] = ResolversParentTypes['NetworkFigures']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  components?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eiIndex?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  islands?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  szEzWithinTwoSteps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type NewTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewToken'] = ResolversParentTypes['NewToken']> = {
  info?: Resolver<ResolversTypes['TokenInfo'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  actors?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
};

export type PathResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathResult'] = ResolversParentTypes['PathResult']> = {
  intermediaries?: Resolver<ReadonlyArray<ResolversTypes['Intermediary']>, ParentType, ContextType>;
  length?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paths?: Resolver<ReadonlyArray<ResolversTypes['Path']>, ParentType, ContextType>;
};

export type PolicyIslandResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyIsland'] = ResolversParentTypes['PolicyIsland']> = {
  description?: Resolver<ResolversTypes['Description'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IslandKind'], ParentType, ContextType>;
  members?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['IslandReason'], ParentType, ContextType>;
  repair?: Resolver<ResolversTypes['IslandRepair'], ParentType, ContextType>;
};

export type ProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Problem'] = ResolversParentTypes['Problem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actorMeasures?: Resolver<ReadonlyArray<ResolversTypes['ActorMeasures']>, ParentType, ContextType, Partial<QueryActorMeasuresArgs>>;
  actors?: Resolver<ResolversTypes['ActorPage'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'limit' | 'offset'>>;
  analysis?: Resolver<ResolversTypes['JSON'], ParentType, ContextType, Partial<QueryAnalysisArgs>>;
  brokers?: Resolver<ReadonlyArray<ResolversTypes['ActorMeasures']>, ParentType, ContextType, RequireFields<QueryBrokersArgs, 'by' | 'top'>>;
  compare?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType, RequireFields<QueryCompareArgs, 'from' | 'to'>>;
  exportNetwork?: Resolver<ResolversTypes['JSON'], ParentType, ContextType, RequireFields<QueryExportNetworkArgs, 'persons'>>;
  forum?: Resolver<Maybe<ResolversTypes['ForumMeasures']>, ParentType, ContextType, RequireFields<QueryForumArgs, 'id'>>;
  forums?: Resolver<ReadonlyArray<ResolversTypes['ForumMeasures']>, ParentType, ContextType, RequireFields<QueryForumsArgs, 'top'>>;
  islands?: Resolver<ResolversTypes['Islands'], ParentType, ContextType, Partial<QueryIslandsArgs>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  missingLinks?: Resolver<ReadonlyArray<ResolversTypes['SuggestedLink']>, ParentType, ContextType, RequireFields<QueryMissingLinksArgs, 'top'>>;
  neighbourhood?: Resolver<ResolversTypes['Subnetwork'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'hops' | 'id'>>;
  paths?: Resolver<ResolversTypes['PathResult'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'maxHops' | 'to'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'id'>>;
  regionScorecard?: Resolver<ResolversTypes['RegionScorecard'], ParentType, ContextType, Partial<QueryRegionScorecardArgs>>;
  regions?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ScopeStatement'], ParentType, ContextType, Partial<QueryScopeArgs>>;
  sources?: Resolver<ReadonlyArray<ResolversTypes['Source']>, ParentType, ContextType>;
  survey?: Resolver<Maybe<ResolversTypes['Survey']>, ParentType, ContextType, RequireFields<QuerySurveyArgs, 'id'>>;
  surveyForm?: Resolver<ResolversTypes['SurveyForm'], ParentType, ContextType, RequireFields<QuerySurveyFormArgs, 'token'>>;
  surveys?: Resolver<ReadonlyArray<ResolversTypes['Survey']>, ParentType, ContextType, Partial<QuerySurveysArgs>>;
  tokens?: Resolver<ReadonlyArray<ResolversTypes['TokenInfo']>, ParentType, ContextType>;
  vocabulary?: Resolver<ResolversTypes['Vocabulary'], ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['WhatIf'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'addLinks'>>;
};

export type RankChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RankChange'] = ResolversParentTypes['RankChange']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  bridgingAfter?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bridgingBefore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rankAfter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rankBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RealisedSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RealisedSuggestion'] = ResolversParentTypes['RealisedSuggestion']> = {
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  actorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  centrumgemeente?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gemeenten?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionScorecardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionScorecard'] = ResolversParentTypes['RegionScorecard']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actorsPerDomain?: Resolver<ResolversTypes['DomainCounts'], ParentType, ContextType>;
  density?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  eiIndex?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  islands?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linksPerDomainPair?: Resolver<ReadonlyArray<ResolversTypes['DomainPairCount']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  szEzWithinTwoSteps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  topBrokers?: Resolver<ReadonlyArray<ResolversTypes['ActorMeasures']>, ParentType, ContextType>;
};

export type RepairStatusResolvers = { NO_CANDIDATE: 'no-candidate', PARTIAL: 'partial', REPAIRED: 'repaired' };

export type RoleResolvers = { ADMIN: 'admin', EDITOR: 'editor', VIEWER: 'viewer' };

export type RosterEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RosterEntry'] = ResolversParentTypes['RosterEntry']> = {
  domain?: Resolver<ResolversTypes['Domain'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScopeStatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScopeStatement'] = ResolversParentTypes['ScopeStatement']> = {
  at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  between?: Resolver<ReadonlyArray<ResolversTypes['Domain']>, ParentType, ContextType>;
  forums?: Resolver<ResolversTypes['ForumMode'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  linkTypes?: Resolver<Maybe<ReadonlyArray<ResolversTypes['String']>>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  unconfirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubnetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subnetwork'] = ResolversParentTypes['Subnetwork']> = {
  actors?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  links?: Resolver<ReadonlyArray<ResolversTypes['Link']>, ParentType, ContextType>;
};

export type SuggestedLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestedLink'] = ResolversParentTypes['SuggestedLink']> = {
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedPartners?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type SurveyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Survey'] = ResolversParentTypes['Survey']> = {
  answers?: Resolver<ReadonlyArray<ResolversTypes['SurveyAnswer']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dashboard?: Resolver<ResolversTypes['SurveyDashboard'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  questionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questionNl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  reminder?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SurveyReminderArgs, 'lang'>>;
  respondents?: Resolver<ReadonlyArray<ResolversTypes['SurveyRespondent']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurveyStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyAnswer'] = ResolversParentTypes['SurveyAnswer']> = {
  candidates?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['SurveyFrequency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['SurveyAnswerOrigin'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  partnerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reciprocated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  respondent?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SurveyAnswerState'], ParentType, ContextType>;
  survey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyCsvResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyCsvResult'] = ResolversParentTypes['SurveyCsvResult']> = {
  answers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  survey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
};

export type SurveyDashboardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyDashboard'] = ResolversParentTypes['SurveyDashboard']> = {
  after?: Resolver<ResolversTypes['NetworkFigures'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['NetworkFigures'], ParentType, ContextType>;
  namedTies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newLinksPerDomainPair?: Resolver<ReadonlyArray<ResolversTypes['DomainPairCount']>, ParentType, ContextType>;
  notSent?: Resolver<ReadonlyArray<ResolversTypes['Actor']>, ParentType, ContextType>;
  reciprocatedTies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reciprocity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  respondents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responseRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unmatchedNames?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyFormResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyForm'] = ResolversParentTypes['SurveyForm']> = {
  answers?: Resolver<ReadonlyArray<ResolversTypes['FormAnswer']>, ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  linkTypes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  questionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questionNl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondent?: Resolver<ResolversTypes['RosterEntry'], ParentType, ContextType>;
  roster?: Resolver<ReadonlyArray<ResolversTypes['RosterEntry']>, ParentType, ContextType>;
  savedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyLink'] = ResolversParentTypes['SurveyLink']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondent?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyRespondentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyRespondent'] = ResolversParentTypes['SurveyRespondent']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkRevoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  savedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TokenInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TokenInfo'] = ResolversParentTypes['TokenInfo']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type VocabularyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vocabulary'] = ResolversParentTypes['Vocabulary']> = {
  actorTypes?: Resolver<ReadonlyArray<ResolversTypes['ActorTypeInfo']>, ParentType, ContextType>;
  domains?: Resolver<ReadonlyArray<ResolversTypes['Domain']>, ParentType, ContextType>;
  linkTypes?: Resolver<ReadonlyArray<ResolversTypes['LinkTypeInfo']>, ParentType, ContextType>;
};

export type WhatIfResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhatIf'] = ResolversParentTypes['WhatIf']> = {
  actors?: Resolver<ReadonlyArray<ResolversTypes['ActorChange']>, ParentType, ContextType>;
  added?: Resolver<ReadonlyArray<ResolversTypes['ActorPair']>, ParentType, ContextType>;
  after?: Resolver<ResolversTypes['NetworkFigures'], ParentType, ContextType>;
  alreadyLinked?: Resolver<ReadonlyArray<ResolversTypes['ActorPair']>, ParentType, ContextType>;
  before?: Resolver<ResolversTypes['NetworkFigures'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorChange?: ActorChangeResolvers<ContextType>;
  ActorMeasures?: ActorMeasuresResolvers<ContextType>;
  ActorMode?: ActorModeResolvers;
  ActorPage?: ActorPageResolvers<ContextType>;
  ActorPair?: ActorPairResolvers<ContextType>;
  ActorTypeInfo?: ActorTypeInfoResolvers<ContextType>;
  BrokerMeasure?: BrokerMeasureResolvers;
  BrokerageRoles?: BrokerageRolesResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  Comparison?: ComparisonResolvers<ContextType>;
  Component?: ComponentResolvers<ContextType>;
  CreatedSurvey?: CreatedSurveyResolvers<ContextType>;
  DeleteActorResult?: DeleteActorResultResolvers<ContextType>;
  Description?: DescriptionResolvers<ContextType>;
  DomainCounts?: DomainCountsResolvers<ContextType>;
  DomainPairCount?: DomainPairCountResolvers<ContextType>;
  Erasure?: ErasureResolvers<ContextType>;
  FallbackSuggestion?: FallbackSuggestionResolvers<ContextType>;
  File?: GraphQLScalarType;
  FormAnswer?: FormAnswerResolvers<ContextType>;
  ForumMeasures?: ForumMeasuresResolvers<ContextType>;
  ForumMode?: ForumModeResolvers;
  ImportResult?: ImportResultResolvers<ContextType>;
  Intermediary?: IntermediaryResolvers<ContextType>;
  IslandChange?: IslandChangeResolvers<ContextType>;
  IslandFate?: IslandFateResolvers;
  IslandFigures?: IslandFiguresResolvers<ContextType>;
  IslandKind?: IslandKindResolvers;
  IslandReason?: IslandReasonResolvers<ContextType>;
  IslandRepair?: IslandRepairResolvers<ContextType>;
  IslandRule?: IslandRuleResolvers<ContextType>;
  Islands?: IslandsResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Link?: LinkResolvers<ContextType>;
  LinkNetworkFigures?: LinkNetworkFiguresResolvers<ContextType>;
  LinkTypeInfo?: LinkTypeInfoResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkFigures?: NetworkFiguresResolvers<ContextType>;
  NewToken?: NewTokenResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathResult?: PathResultResolvers<ContextType>;
  PolicyIsland?: PolicyIslandResolvers<ContextType>;
  Problem?: ProblemResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankChange?: RankChangeResolvers<ContextType>;
  RealisedSuggestion?: RealisedSuggestionResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionScorecard?: RegionScorecardResolvers<ContextType>;
  RepairStatus?: RepairStatusResolvers;
  Role?: RoleResolvers;
  RosterEntry?: RosterEntryResolvers<ContextType>;
  ScopeStatement?: ScopeStatementResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Subnetwork?: SubnetworkResolvers<ContextType>;
  SuggestedLink?: SuggestedLinkResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  SurveyAnswer?: SurveyAnswerResolvers<ContextType>;
  SurveyCsvResult?: SurveyCsvResultResolvers<ContextType>;
  SurveyDashboard?: SurveyDashboardResolvers<ContextType>;
  SurveyForm?: SurveyFormResolvers<ContextType>;
  SurveyLink?: SurveyLinkResolvers<ContextType>;
  SurveyRespondent?: SurveyRespondentResolvers<ContextType>;
  TokenInfo?: TokenInfoResolvers<ContextType>;
  Vocabulary?: VocabularyResolvers<ContextType>;
  WhatIf?: WhatIfResolvers<ContextType>;
};

