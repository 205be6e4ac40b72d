/**
 * The users' questions: bridging key figures, policy islands, missing SZ–EZ links, region
 * scorecards and what-if. Thin: every figure comes from server/analytics on the cached graph.
 */
import type { ActorMeasures } from '../../analytics/actor-measures';
import type { ActorAnalysis } from '../../analytics/analyse-network';
import { communities } from '../../analytics/communities';
import { components } from '../../analytics/components';
import { repairIslands } from '../../analytics/island-repair';
import { missingLinks, type MissingLink } from '../../analytics/missing-links';
import { DEFAULT_ISLAND_RULE, flagPolicyIslands } from '../../analytics/policy-islands';
import { regionFigures, regionTopBrokers, type RegionFigures } from '../../analytics/scorecard';
import { rankBrokers, type BrokerMeasure } from '../../analytics/top-brokers';
import { whatIf, type ProposedLink } from '../../analytics/what-if';
import type { GraphSnapshot } from '../../graph/graph-cache';
import { inducedSubgraph } from '../../graph/to-graphology';
import { badInput, BrugkaartError } from '../../model/errors';
import type { Actor } from '../../model/network';
import type { Context } from '../context';
import { inRange } from './arguments';

type Region = string | null | undefined;

/** Unknown regions are refused rather than answered with an empty network. */
async function checkRegion(operation: string, region: Region, { loaders }: Context): Promise<string | undefined> {
  if (region === null || region === undefined) return undefined;
  if (!(await loaders.regions()).some((known) => known.id === region)) {
    throw new BrugkaartError('NOT_FOUND', `There is no arbeidsmarktregio "${region}".`, [
      { record: operation, field: 'region', message: `no arbeidsmarktregio has id "${region}"` },
    ]);
  }
  return region;
}

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

const regionMissingLinks = (snapshot: GraphSnapshot, region: string | undefined): MissingLink[] =>
  region === undefined
    ? [...snapshot.analysis().missingLinks]
    : snapshot.rememberForRegion(region, 'missingLinks', () => missingLinks(snapshot.graph, { region }));

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
          },
        };
      }),
    };
  };
  return region === undefined ? snapshot.remember('islands', compute) : snapshot.rememberForRegion(region, 'islands', compute);
}

const top = (operation: string, value: number): number => inRange(operation, 'top', value, 1, 500);

export const analyticsResolvers = {
  BrokerMeasure: {
    SZ_EZ_BRIDGING: 'szEzBridging',
    BETWEENNESS: 'betweenness',
    BROKERAGE: 'brokerage',
    DEGREE: 'degree',
    EFFECTIVE_SIZE: 'effectiveSize',
    CONSTRAINT: 'constraint',
  },
  IslandKind: { COMPONENT: 'component', COMMUNITY: 'community' },
  RepairStatus: { REPAIRED: 'repaired', PARTIAL: 'partial', NO_CANDIDATE: 'no-candidate' },
  DomainCounts: {
    SZ: (counts: Partial<Record<string, number>>) => counts['SZ'] ?? 0,
    EZ: (counts: Partial<Record<string, number>>) => counts['EZ'] ?? 0,
    ONDERWIJS: (counts: Partial<Record<string, number>>) => counts['ONDERWIJS'] ?? 0,
    OVERIG: (counts: Partial<Record<string, number>>) => counts['OVERIG'] ?? 0,
  },
  Query: {
    actorMeasures: async (_: unknown, args: { region?: string | null }, context: Context) => {
      const region = await checkRegion('actorMeasures', args.region, context);
      const snapshot = await context.graphs.snapshot();
      return snapshot
        .analysis()
        .actors.filter((actor) => region === undefined || snapshot.actor(actor.id)?.region === region)
        .map((actor) => measuresView(snapshot, actor));
    },
    brokers: async (_: unknown, args: { region?: string | null; top: number; by: BrokerMeasure }, context: Context) => {
      const region = await checkRegion('brokers', args.region, context);
      const snapshot = await context.graphs.snapshot();
      const among = region === undefined ? undefined : new Set(snapshot.network.actors.filter((a) => a.region === region).map((a) => a.id));
      const ranked = rankBrokers(snapshot.analysis().actors, { by: args.by, top: top('brokers', args.top), ...(among === undefined ? {} : { among }) });
      return ranked.map((actor) => measuresView(snapshot, actor));
    },
    islands: async (_: unknown, args: { region?: string | null }, context: Context) => {
      const region = await checkRegion('islands', args.region, context);
      return islandsOf(await context.graphs.snapshot(), region);
    },
    missingLinks: async (_: unknown, args: { region?: string | null; top: number }, context: Context) => {
      const region = await checkRegion('missingLinks', args.region, context);
      const snapshot = await context.graphs.snapshot();
      return regionMissingLinks(snapshot, region).slice(0, top('missingLinks', args.top)).map((link) => suggestionView(snapshot, link));
    },
    regionScorecard: async (_: unknown, args: { region?: string | null }, context: Context) => {
      const region = await checkRegion('regionScorecard', args.region, context);
      const snapshot = await context.graphs.snapshot();
      const figures = (): RegionFigures => regionFigures(snapshot.graph, region ?? null);
      const card = region === undefined ? snapshot.remember('scorecard', figures) : snapshot.rememberForRegion(region, 'scorecard', figures);
      const topBrokers = snapshot.remember(`topBrokers:${region ?? ''}`, () => regionTopBrokers(snapshot.graph, snapshot.analysis().actors, region ?? null));
      return {
        ...card,
        region: region === undefined ? null : (await context.loaders.regions()).find((known) => known.id === region),
        topBrokers: topBrokers.map((actor) => measuresView(snapshot, actor)),
      };
    },
    whatIf: async (_: unknown, args: { addLinks: readonly ProposedLink[] }, context: Context) => {
      if (args.addLinks.length > 100) {
        throw badInput([{ record: 'whatIf', field: 'addLinks', message: 'at most 100 links can be proposed at once' }]);
      }
      const snapshot = await context.graphs.snapshot();
      const outcome = whatIf(snapshot.graph, args.addLinks);
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
    analysis: async (_: unknown, __: unknown, context: Context) => (await context.graphs.snapshot()).analysis(),
  },
};
