/**
 * The analytics questions of the API, answered from a snapshot in the analysis worker: every
 * figure comes from server/analytics, and each answer is plain data (ids, numbers and the actor
 * records it names) so it can cross to the request thread. Arguments arrive checked (ranges,
 * known regions, the scope) by the resolvers; every question carries its scope (contract §7).
 */
import type { ActorMeasures } from '../analytics/actor-measures';
import type { ActorAnalysis, NetworkAnalysis } from '../analytics/analyse-network';
import { communities } from '../analytics/communities';
import { compareDays, dayOf, type ComparedDay } from '../analytics/compare-days';
import { components } from '../analytics/components';
import { forumMeasures, pairsMeetingOnlyIn, type ForumMeasure } from '../analytics/forums';
import { repairIslands } from '../analytics/island-repair';
import { missingLinks, type MissingLink } from '../analytics/missing-links';
import { DEFAULT_ISLAND_RULE, flagPolicyIslands } from '../analytics/policy-islands';
import { regionFigures, regionTopBrokers, type RegionFigures } from '../analytics/scorecard';
import { surveyRoundFigures, type SurveyRoundFigures, type SurveyTie } from '../analytics/survey-round';
import { rankBrokers, type BrokerMeasure } from '../analytics/top-brokers';
import { whatIf, type ProposedLink } from '../analytics/what-if';
import { regionScope } from '../graph/scoped-graph';
import { badInput, BrugkaartError } from '../model/errors';
import { isForumType, type Actor } from '../model/network';
import type { AnalysisScope } from '../model/scope';
import type { GraphSnapshot, ScopedSnapshot } from './graph-cache';

/** What every question names: the scope its figures are about, checked by the resolver. */
interface Scoped {
  readonly scope: AnalysisScope;
}

/** The region a question is about; undefined for the whole network. */
interface InRegion {
  readonly region?: string | undefined;
}

const actorOf = (view: ScopedSnapshot, id: string): Actor => {
  const actor = view.actor(id);
  if (actor === undefined) throw new Error(`actor "${id}" is not in the snapshot`);
  return actor;
};

const actorsOf = (view: ScopedSnapshot, ids: readonly string[]): Actor[] => ids.map((id) => actorOf(view, id));

/** Measures with their actor; component and community from the scope's full analysis where known. */
function measuresView(view: ScopedSnapshot, measures: ActorMeasures | ActorAnalysis, withPartition = true) {
  const full = withPartition ? view.remember('analysisById', () => new Map(view.analysis().actors.map((a) => [a.id, a]))).get(measures.id) : undefined;
  return { ...measures, component: full?.component ?? null, community: full?.community ?? null, actor: actorOf(view, measures.id) };
}

const suggestionView = (view: ScopedSnapshot, link: MissingLink) => ({
  from: actorOf(view, link.from),
  to: actorOf(view, link.to),
  score: link.score,
  sharedPartners: actorsOf(view, link.sharedPartners),
});

const regionMissingLinks = (view: ScopedSnapshot, region: string | undefined): readonly MissingLink[] =>
  region === undefined
    ? view.analysis().missingLinks
    : view.rememberForRegion(region, 'missingLinks', () => missingLinks(view.graph, { region, between: view.scope.between }));

/** Components, communities and islands with their repair, of the scope's whole graph or one region's subgraph of it. */
function islandsOf(view: ScopedSnapshot, region: string | undefined) {
  const compute = () => {
    const graph = region === undefined ? view.graph : regionScope(view.scoped, region).graph;
    const pieces = components(graph);
    const partition = communities(graph);
    const islands = flagPolicyIslands(graph, { components: pieces, communities: partition });
    const repairs = repairIslands(graph, islands, missingLinks(graph, { between: view.scope.between }));
    return {
      components: pieces.components.map((members, index) => ({ index, size: members.length, members: actorsOf(view, members) })),
      communities: partition.communities.map((community) => ({ ...community, size: community.members.length, members: actorsOf(view, community.members) })),
      modularity: partition.modularity,
      rule: DEFAULT_ISLAND_RULE,
      // One repair per island, in the islands' order: each carries its island.
      islands: repairs.map(({ island, ...repair }) => ({
        ...island,
        members: actorsOf(view, island.members),
        repair: {
          ...repair,
          links: repair.links.map((link) => suggestionView(view, link)),
          networkBefore: repair.network.before,
          networkAfter: repair.network.after,
          fallback: repair.fallback.map((suggestion) => ({ ...suggestion, from: actorOf(view, suggestion.from), to: actorOf(view, suggestion.to) })),
        },
      })),
    };
  };
  return region === undefined ? view.remember('islands', compute) : view.rememberForRegion(region, 'islands', compute);
}

const forumView = (view: ScopedSnapshot, forum: ForumMeasure) => ({
  forum: actorOf(view, forum.id),
  members: forum.members.length,
  memberActors: actorsOf(view, forum.members),
  domains: forum.domains,
  szEzPairs: forum.szEzPairs,
  onlyBridge: forum.onlyBridge,
  onlyBridgePairs: pairsMeetingOnlyIn(view.scoped, forum.id).map((pair) => ({ from: actorOf(view, pair.from), to: actorOf(view, pair.to) })),
});

/** One side of a comparison: the scope's view on `day`, cut to the region; kept with that view. */
function dayIn(snapshot: GraphSnapshot, scope: AnalysisScope, region: string | undefined, day: string): ComparedDay {
  const view = snapshot.scoped({ ...scope, at: day });
  return view.remember(`day:${region ?? ''}`, () => dayOf(snapshot.network, day, { scope, region }, view.scoped));
}

const forumsOf = (view: ScopedSnapshot): readonly ForumMeasure[] => view.remember('forums', () => forumMeasures(view.scoped));

/** Each question by name, with its arguments; every one is answered within its scope. */
const OPERATIONS = {
  actorMeasures: (snapshot: GraphSnapshot, { scope, region }: Scoped & InRegion) => {
    const view = snapshot.scoped(scope);
    return view
      .analysis()
      .actors.filter((actor) => region === undefined || view.actor(actor.id)?.region === region)
      .map((actor) => measuresView(view, actor));
  },
  /** Measured on the scope's whole graph, ranked among the region's actors. */
  brokers: (snapshot: GraphSnapshot, { scope, region, top, by }: Scoped & InRegion & { readonly top: number; readonly by: BrokerMeasure }) => {
    const view = snapshot.scoped(scope);
    const among = region === undefined ? undefined : new Set(snapshot.network.actors.filter((a) => a.region === region).map((a) => a.id));
    return rankBrokers(view.analysis().actors, { by, top, ...(among === undefined ? {} : { among }) }).map((actor) => measuresView(view, actor));
  },
  islands: (snapshot: GraphSnapshot, { scope, region }: Scoped & InRegion) => islandsOf(snapshot.scoped(scope), region),
  missingLinks: (snapshot: GraphSnapshot, { scope, region, top }: Scoped & InRegion & { readonly top: number }) => {
    const view = snapshot.scoped(scope);
    return regionMissingLinks(view, region)
      .slice(0, top)
      .map((link) => suggestionView(view, link));
  },
  regionScorecard: (snapshot: GraphSnapshot, { scope, region }: Scoped & InRegion) => {
    const view = snapshot.scoped(scope);
    const figures = (): RegionFigures => regionFigures(view.graph, region ?? null);
    const card = region === undefined ? view.remember('scorecard', figures) : view.rememberForRegion(region, 'scorecard', figures);
    const topBrokers = view.remember(`topBrokers:${region ?? ''}`, () => regionTopBrokers(view.graph, view.analysis().actors, region ?? null));
    return { ...card, topBrokers: topBrokers.map((actor) => measuresView(view, actor)) };
  },
  whatIf: (snapshot: GraphSnapshot, { scope, addLinks }: Scoped & { readonly addLinks: readonly ProposedLink[] }) => {
    const view = snapshot.scoped(scope);
    const outcome = whatIf(view.graph, addLinks, { between: scope.between });
    if (!outcome.ok) throw badInput(outcome.problems, 'The proposed links were refused');
    const pair = (link: ProposedLink) => ({ from: actorOf(view, link.from), to: actorOf(view, link.to) });
    return {
      ...outcome.whatIf,
      added: outcome.whatIf.added.map(pair),
      alreadyLinked: outcome.whatIf.alreadyLinked.map(pair),
      actors: outcome.whatIf.actors.map((change) => ({
        actor: actorOf(view, change.id),
        before: measuresView(view, change.before),
        after: measuresView(view, change.after, false),
      })),
    };
  },
  /** The same report as `analyseNetwork(network, { scope })`, as the CLI prints it. */
  analysis: (snapshot: GraphSnapshot, { scope }: Scoped): NetworkAnalysis => snapshot.scoped(scope).analysis(),
  /** The forums with a member in the region, or in the region themselves; most SZ–EZ pairs first. */
  forums: (snapshot: GraphSnapshot, { scope, region, top }: Scoped & InRegion & { readonly top: number }) => {
    const view = snapshot.scoped(scope);
    const inRegion = (id: string): boolean => view.actor(id)?.region === region;
    return forumsOf(view)
      .filter((forum) => region === undefined || inRegion(forum.id) || forum.members.some(inRegion))
      .slice(0, top)
      .map((forum) => forumView(view, forum));
  },
  /** What changed between two days, with the actors and links it names as records. */
  compare: (snapshot: GraphSnapshot, { scope, region, from, to }: Scoped & InRegion & { readonly from: string; readonly to: string }) => {
    const change = compareDays(dayIn(snapshot, scope, region, from), dayIn(snapshot, scope, region, to));
    const actorIn = (id: string): Actor => {
      const actor = snapshot.actor(id);
      if (actor === undefined) throw new Error(`actor "${id}" is not in the snapshot`);
      return actor;
    };
    return {
      scope: change.scope,
      from: change.from,
      to: change.to,
      actorsCame: change.actors.came.map(actorIn),
      actorsWent: change.actors.went.map(actorIn),
      linksCame: change.links.came,
      linksWent: change.links.went,
      before: change.figures.before,
      after: change.figures.after,
      brokers: change.brokers.map(({ id, ...ranks }) => ({ ...ranks, actor: actorIn(id) })),
      islands: change.islands.map((island) => ({ ...island, members: island.members.map(actorIn) })),
      realisedSuggestions: change.realisedSuggestions.map((link) => ({ ...link, from: actorIn(link.from), to: actorIn(link.to) })),
    };
  },
  /**
   * A survey round's figures without its links and with all its answers (`surveyRoundFigures`),
   * of its region as `analyze --region` cuts it, or of the whole network.
   */
  surveyRound: (
    snapshot: GraphSnapshot,
    { scope, survey, region, ties }: Scoped & { readonly survey: string; readonly region: string | null; readonly ties: readonly SurveyTie[] },
  ): SurveyRoundFigures => surveyRoundFigures(snapshot.network, survey, ties, { scope, region }),
  /** One forum; null for an actor that is no forum (or a forum the scope leaves out). */
  forum: (snapshot: GraphSnapshot, { scope, id }: Scoped & { readonly id: string }) => {
    const actor = snapshot.actor(id);
    if (actor === undefined) {
      throw new BrugkaartError('NOT_FOUND', `There is no actor "${id}".`, [{ record: 'forum', field: 'id', message: `no actor has id "${id}"` }]);
    }
    if (!isForumType(actor.type)) return null;
    const view = snapshot.scoped(scope);
    const forum = forumsOf(view).find((measure) => measure.id === id);
    return forum === undefined ? null : forumView(view, forum);
  },
};

export type OperationName = keyof typeof OPERATIONS;
export type ArgumentsOf<Name extends OperationName> = Parameters<(typeof OPERATIONS)[Name]>[1];
export type AnswerOf<Name extends OperationName> = ReturnType<(typeof OPERATIONS)[Name]>;

/** One question: an operation and its arguments. */
export type Question = { [Name in OperationName]: { readonly name: Name; readonly arguments: ArgumentsOf<Name> } }[OperationName];

/** Answers `question` from `snapshot`. */
export function answer(snapshot: GraphSnapshot, question: Question): unknown {
  // The union of (name, arguments) pairs is checked where a question is made (`Question`).
  const operation = OPERATIONS[question.name] as (snapshot: GraphSnapshot, args: Question['arguments']) => unknown;
  return operation(snapshot, question.arguments);
}
