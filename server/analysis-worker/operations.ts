/**
 * The analytics questions of the API, answered from a snapshot in the analysis worker: every
 * figure comes from server/analytics, and each answer is plain data (ids, numbers and the actor
 * records it names) so it can cross to the request thread. Arguments arrive checked (ranges,
 * known regions) by the resolvers.
 */
import type { ActorMeasures } from '../analytics/actor-measures';
import type { ActorAnalysis, NetworkAnalysis } from '../analytics/analyse-network';
import { communities } from '../analytics/communities';
import { components } from '../analytics/components';
import { repairIslands } from '../analytics/island-repair';
import { missingLinks, type MissingLink } from '../analytics/missing-links';
import { DEFAULT_ISLAND_RULE, flagPolicyIslands } from '../analytics/policy-islands';
import { regionFigures, regionTopBrokers, type RegionFigures } from '../analytics/scorecard';
import { rankBrokers, type BrokerMeasure } from '../analytics/top-brokers';
import { whatIf, type ProposedLink } from '../analytics/what-if';
import type { GraphSnapshot } from '../graph/graph-cache';
import { inducedSubgraph } from '../graph/to-graphology';
import { badInput } from '../model/errors';
import type { Actor } from '../model/network';

const actorOf = (snapshot: GraphSnapshot, id: string): Actor => {
  const actor = snapshot.actor(id);
  if (actor === undefined) throw new Error(`actor "${id}" is not in the snapshot`);
  return actor;
};

const actorsOf = (snapshot: GraphSnapshot, ids: readonly string[]): Actor[] => ids.map((id) => actorOf(snapshot, id));

/** Measures with their actor; component and community from the full analysis where known. */
function measuresView(snapshot: GraphSnapshot, measures: ActorMeasures | ActorAnalysis, withPartition = true) {
  const full = withPartition ? snapshot.remember('analysisById', () => new Map(snapshot.analysis().actors.map((a) => [a.id, a]))).get(measures.id) : undefined;
  return { ...measures, component: full?.component ?? null, community: full?.community ?? null, actor: actorOf(snapshot, measures.id) };
}

const suggestionView = (snapshot: GraphSnapshot, link: MissingLink) => ({
  from: actorOf(snapshot, link.from),
  to: actorOf(snapshot, link.to),
  score: link.score,
  sharedPartners: actorsOf(snapshot, link.sharedPartners),
});

const regionMissingLinks = (snapshot: GraphSnapshot, region: string | undefined): readonly MissingLink[] =>
  region === undefined ? snapshot.analysis().missingLinks : snapshot.rememberForRegion(region, 'missingLinks', () => missingLinks(snapshot.graph, { region }));

/** Components, communities and islands with their repair, of the whole graph or one region's subgraph. */
function islandsOf(snapshot: GraphSnapshot, region: string | undefined) {
  const compute = () => {
    const graph = region === undefined ? snapshot.graph : inducedSubgraph(snapshot.graph, (_id, actor) => actor.region === region);
    const pieces = components(graph);
    const partition = communities(graph);
    const islands = flagPolicyIslands(graph, { components: pieces, communities: partition });
    const repairs = repairIslands(graph, islands, missingLinks(graph));
    return {
      components: pieces.components.map((members, index) => ({ index, size: members.length, members: actorsOf(snapshot, members) })),
      communities: partition.communities.map((community) => ({ ...community, size: community.members.length, members: actorsOf(snapshot, community.members) })),
      modularity: partition.modularity,
      rule: DEFAULT_ISLAND_RULE,
      islands: islands.map((island, index) => {
        const repair = repairs[index];
        return {
          ...island,
          members: actorsOf(snapshot, island.members),
          repair: repair && {
            ...repair,
            links: repair.links.map((link) => suggestionView(snapshot, link)),
            networkBefore: repair.network.before,
            networkAfter: repair.network.after,
            fallback: repair.fallback.map((suggestion) => ({ ...suggestion, from: actorOf(snapshot, suggestion.from), to: actorOf(snapshot, suggestion.to) })),
          },
        };
      }),
    };
  };
  return region === undefined ? snapshot.remember('islands', compute) : snapshot.rememberForRegion(region, 'islands', compute);
}

/** Each question by name, with its arguments. */
export const OPERATIONS = {
  actorMeasures: (snapshot: GraphSnapshot, { region }: { readonly region?: string | undefined }) =>
    snapshot
      .analysis()
      .actors.filter((actor) => region === undefined || snapshot.actor(actor.id)?.region === region)
      .map((actor) => measuresView(snapshot, actor)),
  brokers: (snapshot: GraphSnapshot, { region, top, by }: { readonly region?: string | undefined; readonly top: number; readonly by: BrokerMeasure }) => {
    const among = region === undefined ? undefined : new Set(snapshot.network.actors.filter((a) => a.region === region).map((a) => a.id));
    return rankBrokers(snapshot.analysis().actors, { by, top, ...(among === undefined ? {} : { among }) }).map((actor) => measuresView(snapshot, actor));
  },
  islands: (snapshot: GraphSnapshot, { region }: { readonly region?: string | undefined }) => islandsOf(snapshot, region),
  missingLinks: (snapshot: GraphSnapshot, { region, top }: { readonly region?: string | undefined; readonly top: number }) =>
    regionMissingLinks(snapshot, region)
      .slice(0, top)
      .map((link) => suggestionView(snapshot, link)),
  regionScorecard: (snapshot: GraphSnapshot, { region }: { readonly region?: string | undefined }) => {
    const figures = (): RegionFigures => regionFigures(snapshot.graph, region ?? null);
    const card = region === undefined ? snapshot.remember('scorecard', figures) : snapshot.rememberForRegion(region, 'scorecard', figures);
    const topBrokers = snapshot.remember(`topBrokers:${region ?? ''}`, () => regionTopBrokers(snapshot.graph, snapshot.analysis().actors, region ?? null));
    return { ...card, topBrokers: topBrokers.map((actor) => measuresView(snapshot, actor)) };
  },
  whatIf: (snapshot: GraphSnapshot, { addLinks }: { readonly addLinks: readonly ProposedLink[] }) => {
    const outcome = whatIf(snapshot.graph, addLinks);
    if (!outcome.ok) throw badInput(outcome.problems, 'The proposed links were refused');
    const pair = (link: ProposedLink) => ({ from: actorOf(snapshot, link.from), to: actorOf(snapshot, link.to) });
    return {
      ...outcome.whatIf,
      added: outcome.whatIf.added.map(pair),
      alreadyLinked: outcome.whatIf.alreadyLinked.map(pair),
      actors: outcome.whatIf.actors.map((change) => ({
        actor: actorOf(snapshot, change.id),
        before: measuresView(snapshot, change.before),
        after: measuresView(snapshot, change.after, false),
      })),
    };
  },
  analysis: (snapshot: GraphSnapshot, _arguments: Readonly<Record<string, never>>): NetworkAnalysis => snapshot.analysis(),
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
