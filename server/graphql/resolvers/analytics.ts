/**
 * The users' questions: bridging key figures, policy islands, missing links between two domains,
 * region scorecards, what-if and forums, each within a scope (contract §7). Thin: arguments and
 * the scope are checked here, and every figure comes from the analysis worker
 * (server/analysis-worker), so no measure runs on the request thread.
 */
import { notADay } from '../../model/dates';
import { badInput, BrugkaartError } from '../../model/errors';
import { checkScope, scopeStatement, type AnalysisScope } from '../../model/scope';
import type { Context } from '../context';
import type { AnalysisScope as ScopeArgumentValue, InputMaybe, Resolvers } from '../generated';
import { inRange } from './arguments';
import { ENUM_VALUES } from './enum-values';

type Region = InputMaybe<string> | undefined;

/** The `scope` argument every analytics field takes (contract §7). */
interface ScopeArgument {
  readonly scope?: InputMaybe<ScopeArgumentValue>;
}

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

/** The scope asked for, its defaults filled in; a bad one is refused naming `scope.linkTypes` or `scope.between`. */
function scopeOf(operation: string, args: ScopeArgument): AnalysisScope {
  const checked = checkScope(args.scope, operation);
  if (!checked.ok) throw badInput(checked.problems, `The scope of ${operation} was refused`);
  return checked.scope;
}

const top = (operation: string, value: number): number => inRange(operation, 'top', value, 1, 500);

export const analyticsResolvers: Resolvers = {
  ForumMode: ENUM_VALUES.ForumMode,
  BrokerMeasure: ENUM_VALUES.BrokerMeasure,
  IslandKind: ENUM_VALUES.IslandKind,
  IslandFate: ENUM_VALUES.IslandFate,
  RepairStatus: ENUM_VALUES.RepairStatus,
  DomainCounts: {
    SZ: (counts) => counts.SZ ?? 0,
    EZ: (counts) => counts.EZ ?? 0,
    ONDERWIJS: (counts) => counts.ONDERWIJS ?? 0,
    OVERIG: (counts) => counts.OVERIG ?? 0,
  },
  Query: {
    actorMeasures: async (_, args, context) => {
      const scope = scopeOf('actorMeasures', args);
      return context.analysis.ask('actorMeasures', { scope, region: await checkRegion('actorMeasures', args.region, context) });
    },
    brokers: async (_, args, context) => {
      const scope = scopeOf('brokers', args);
      const region = await checkRegion('brokers', args.region, context);
      return context.analysis.ask('brokers', { scope, region, top: top('brokers', args.top), by: args.by });
    },
    islands: async (_, args, context) => {
      const scope = scopeOf('islands', args);
      return context.analysis.ask('islands', { scope, region: await checkRegion('islands', args.region, context) });
    },
    missingLinks: async (_, args, context) => {
      const scope = scopeOf('missingLinks', args);
      const region = await checkRegion('missingLinks', args.region, context);
      return context.analysis.ask('missingLinks', { scope, region, top: top('missingLinks', args.top) });
    },
    regionScorecard: async (_, args, context) => {
      const scope = scopeOf('regionScorecard', args);
      const region = await checkRegion('regionScorecard', args.region, context);
      const card = await context.analysis.ask('regionScorecard', { scope, region });
      return { ...card, region: region === undefined ? null : ((await context.loaders.regions()).find((known) => known.id === region) ?? null) };
    },
    whatIf: async (_, args, context) => {
      const scope = scopeOf('whatIf', args);
      if (args.addLinks.length > 100) {
        throw badInput([{ record: 'whatIf', field: 'addLinks', message: 'at most 100 links can be proposed at once' }]);
      }
      return context.analysis.ask('whatIf', { scope, addLinks: args.addLinks });
    },
    analysis: (_, args, context) => context.analysis.ask('analysis', { scope: scopeOf('analysis', args) }),
    forums: async (_, args, context) => {
      const scope = scopeOf('forums', args);
      const region = await checkRegion('forums', args.region, context);
      return context.analysis.ask('forums', { scope, region, top: top('forums', args.top) });
    },
    forum: (_, args, context) => context.analysis.ask('forum', { scope: scopeOf('forum', args), id: args.id }),
    compare: async (_, args, context) => {
      const scope = scopeOf('compare', args);
      const region = await checkRegion('compare', args.region, context);
      const problems = (['from', 'to'] as const).flatMap((field) => {
        const wrong = notADay(args[field]);
        return wrong === undefined ? [] : [{ record: 'compare', field, message: wrong }];
      });
      if (problems.length === 0 && args.from > args.to) problems.push({ record: 'compare', field: 'to', message: `${args.to} is before from (${args.from})` });
      if (problems.length > 0) throw badInput(problems, 'The days to compare were refused');
      return context.analysis.ask('compare', { scope, region, from: args.from, to: args.to });
    },
    scope: async (_, args, context) => {
      const scope = scopeOf('scope', args);
      return scopeStatement(scope, (await checkRegion('scope', args.region, context)) ?? null);
    },
  },
};
