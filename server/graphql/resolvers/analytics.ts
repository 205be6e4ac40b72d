/**
 * The users' questions: bridging key figures, policy islands, missing SZ–EZ links, region
 * scorecards and what-if. Thin: arguments are checked here, and every figure comes from the
 * analysis worker (server/analysis-worker), so no measure runs on the request thread.
 */
import type { BrokerMeasure } from '../../analytics/top-brokers';
import type { ProposedLink } from '../../analytics/what-if';
import { badInput, BrugkaartError } from '../../model/errors';
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
    actorMeasures: async (_: unknown, args: { region?: string | null }, context: Context) =>
      context.analysis.ask('actorMeasures', { region: await checkRegion('actorMeasures', args.region, context) }),
    brokers: async (_: unknown, args: { region?: string | null; top: number; by: BrokerMeasure }, context: Context) => {
      const region = await checkRegion('brokers', args.region, context);
      return context.analysis.ask('brokers', { region, top: top('brokers', args.top), by: args.by });
    },
    islands: async (_: unknown, args: { region?: string | null }, context: Context) =>
      context.analysis.ask('islands', { region: await checkRegion('islands', args.region, context) }),
    missingLinks: async (_: unknown, args: { region?: string | null; top: number }, context: Context) => {
      const region = await checkRegion('missingLinks', args.region, context);
      return context.analysis.ask('missingLinks', { region, top: top('missingLinks', args.top) });
    },
    regionScorecard: async (_: unknown, args: { region?: string | null }, context: Context) => {
      const region = await checkRegion('regionScorecard', args.region, context);
      const card = await context.analysis.ask('regionScorecard', { region });
      return { ...card, region: region === undefined ? null : (await context.loaders.regions()).find((known) => known.id === region) };
    },
    whatIf: async (_: unknown, args: { addLinks: readonly ProposedLink[] }, context: Context) => {
      if (args.addLinks.length > 100) {
        throw badInput([{ record: 'whatIf', field: 'addLinks', message: 'at most 100 links can be proposed at once' }]);
      }
      return context.analysis.ask('whatIf', { addLinks: args.addLinks });
    },
    analysis: (_: unknown, __: unknown, context: Context) => context.analysis.ask('analysis', {}),
  },
};
