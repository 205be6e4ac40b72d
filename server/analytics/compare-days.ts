/**
 * Contract §8: what changed between two days. The network of each day is what is present on it
 * (see server/model/dates.ts); this module compares the two, in one scope and region: actors and
 * links that came and went, the network figures before and after, key figures whose rank
 * changed, policy islands that appeared, dissolved or were joined, and suggested links that were
 * realised.
 */
import { regionScope, scopedGraph, scopeNetwork, type ScopedGraph } from '../graph/scoped-graph';
import { compareIds } from '../graph/to-graphology';
import type { Link, Network } from '../model/network';
import type { AnalysisScope, ScopeStatement } from '../model/scope';
import { analyseScoped, type NetworkAnalysis, type PartitionOptions } from './analyse-network';
import { communities } from './communities';
import { components } from './components';
import { networkFigures, type NetworkFigures } from './network-figures';
import { flagPolicyIslands, type IslandReason, type PolicyIsland } from './policy-islands';
import { rankBrokers } from './top-brokers';

/** One day's side of a comparison: what is present, its graph and its analysis. */
export interface ComparedDay {
  readonly day: string;
  /** The actors and links present on the day, in the scope (and region). */
  readonly network: Network;
  readonly scoped: ScopedGraph;
  readonly analysis: NetworkAnalysis;
}

/** An actor's rank by the scope's bridging (1 = first) on each day; null where it was not ranked. */
export interface RankChange {
  readonly id: string;
  readonly rankBefore: number | null;
  readonly rankAfter: number | null;
  readonly bridgingBefore: number | null;
  readonly bridgingAfter: number | null;
}

export type IslandFate = 'appeared' | 'dissolved' | 'joined';

export interface IslandChange {
  readonly fate: IslandFate;
  readonly kind: PolicyIsland['kind'];
  /** The members on the day the group is an island: `to` for appeared, `from` otherwise. */
  readonly members: readonly string[];
  readonly reason: IslandReason;
  readonly description: PolicyIsland['description'];
}

/** A missing link suggested on `from` whose two actors are linked on `to`, with its score on `from`. */
export interface RealisedSuggestion {
  readonly from: string;
  readonly to: string;
  readonly score: number;
}

/** The comparison of two days, as `analyze --compare` prints it. */
export interface DayComparison {
  /** The scope of both days, `at` left out. */
  readonly scope: ScopeStatement;
  readonly from: string;
  readonly to: string;
  readonly actors: { readonly came: readonly string[]; readonly went: readonly string[] };
  readonly links: { readonly came: readonly Link[]; readonly went: readonly Link[] };
  readonly figures: { readonly before: NetworkFigures; readonly after: NetworkFigures };
  readonly brokers: readonly RankChange[];
  readonly islands: readonly IslandChange[];
  readonly realisedSuggestions: readonly RealisedSuggestion[];
}

/** Key figures looked at: the first this many by bridging on either day. */
const RANKED = 10;

/**
 * Compares two days of one scope (`before` the earlier).
 *
 * - Actors and links that came are present on `to` and not on `from`; those that went the
 *   reverse. Links are compared by (from, type, to), forum memberships among them, and given as
 *   the records of the day they are present on. Actors in id order, links by from, to and type,
 *   however the network was read.
 * - `figures`: `networkFigures` of each day's graph.
 * - `brokers`: every actor with a bridging above 0 among the first ten by the scope's bridging
 *   (`rankBrokers` by `bridging`, over every actor of the day) on either day, whose rank differs;
 *   a rank is null on a day the actor is absent or has no bridging. In order of the rank on `to`
 *   (unranked last), then on `from`.
 * - `islands`: policy islands (`flagPolicyIslands`, default rule, seeded Louvain) of both days.
 *   An island of `to` continues one of `from` when they share more than half of the members of
 *   the smaller of the two (Simpson's overlap coefficient above ½). An island of `to` that
 *   continues none appeared. An island of `from` that none continues was joined when at least
 *   half of its members are still present on `to` (they are now part of a group the rule does
 *   not flag), and dissolved otherwise (its members went).
 * - `realisedSuggestions`: the missing links of `from` (the scope's two domains) whose actors are
 *   linked on `to`, in the order of `from`'s ranking.
 *
 * Complexity: O(n + m) besides the two analyses and O(I·J·s) for I and J islands of at most s
 * members.
 */
export function compareDays(before: ComparedDay, after: ComparedDay, options: PartitionOptions = {}): DayComparison {
  const actorsBefore = new Set(before.network.actors.map((actor) => actor.id));
  const actorsAfter = new Set(after.network.actors.map((actor) => actor.id));
  const linksBefore = keyedLinks(before.network.links);
  const linksAfter = keyedLinks(after.network.links);
  return {
    scope: { ...after.analysis.scope, at: null },
    from: before.day,
    to: after.day,
    actors: {
      came: [...actorsAfter].filter((id) => !actorsBefore.has(id)).sort(compareIds),
      went: [...actorsBefore].filter((id) => !actorsAfter.has(id)).sort(compareIds),
    },
    links: {
      came: [...linksAfter].filter(([key]) => !linksBefore.has(key)).map(([, link]) => link).sort(byEnds),
      went: [...linksBefore].filter(([key]) => !linksAfter.has(key)).map(([, link]) => link).sort(byEnds),
    },
    figures: { before: networkFigures(before.scoped.graph, options), after: networkFigures(after.scoped.graph, options) },
    brokers: rankChanges(before.analysis, after.analysis),
    islands: islandChanges(islandsOf(before.scoped, options), islandsOf(after.scoped, options), actorsAfter),
    realisedSuggestions: before.analysis.missingLinks
      .filter((link) => after.scoped.graph.hasNode(link.from) && after.scoped.graph.hasNode(link.to) && after.scoped.graph.areNeighbors(link.from, link.to))
      .map(({ from, to, score }) => ({ from, to, score })),
  };
}

/** Options of `compareNetworks`: the scope (its `at` ignored) and region, as for `analyseNetwork`. */
export interface CompareOptions extends PartitionOptions {
  readonly scope: AnalysisScope;
  readonly region?: string | undefined;
}

/**
 * The network on one day in a scope and region, with its graph and analysis: one side of a
 * comparison. `whole`, when given, is the scope's graph of the whole network on that day
 * (`scopedGraph(network, {...scope, at: day})`), already built by a cache. O(nm) for the analysis.
 */
export function dayOf(network: Network, day: string, options: CompareOptions, whole?: ScopedGraph): ComparedDay {
  const scope: AnalysisScope = { ...options.scope, at: day };
  const { region } = options;
  const present = scopeNetwork(network, scope);
  const scoped = whole ?? scopedGraph(present, scope);
  const cut = region === undefined ? scoped : regionScope(scoped, region);
  if (region === undefined) return { day, network: present, scoped: cut, analysis: analyseScoped(cut, options) };
  const actors = present.actors.filter((actor) => actor.region === region);
  const inRegion = new Set(actors.map((actor) => actor.id));
  return {
    day,
    network: { actors, links: present.links.filter((link) => inRegion.has(link.from) && inRegion.has(link.to)) },
    scoped: cut,
    analysis: analyseScoped(cut, options, region),
  };
}

/**
 * What changed in `network` between the days `from` and `to` (YYYY-MM-DD, `from` not after `to`)
 * in a scope and region: `compareDays` of the two days. O(nm).
 */
export const compareNetworks = (network: Network, from: string, to: string, options: CompareOptions): DayComparison =>
  compareDays(dayOf(network, from, options), dayOf(network, to, options), options);

const byEnds = (a: Link, b: Link): number => compareIds(a.from, b.from) || compareIds(a.to, b.to) || compareIds(a.type, b.type);

/** The links by (from, type, to); of two records with one key present on one day, the first. */
function keyedLinks(links: readonly Link[]): Map<string, Link> {
  const keyed = new Map<string, Link>();
  for (const link of links) {
    const key = `${link.from}\u0000${link.type}\u0000${link.to}`;
    if (!keyed.has(key)) keyed.set(key, link);
  }
  return keyed;
}

function rankChanges(before: NetworkAnalysis, after: NetworkAnalysis): RankChange[] {
  const ranks = (analysis: NetworkAnalysis): Map<string, { rank: number; bridging: number }> =>
    new Map(
      rankBrokers(analysis.actors, { by: 'bridging', top: analysis.actors.length })
        .filter((actor) => actor.bridging > 0)
        .map((actor, index) => [actor.id, { rank: index + 1, bridging: actor.bridging }]),
    );
  const ranksBefore = ranks(before);
  const ranksAfter = ranks(after);
  const watched = new Set([...ranksBefore, ...ranksAfter].filter(([, { rank }]) => rank <= RANKED).map(([id]) => id));
  const unranked = Number.POSITIVE_INFINITY;
  return [...watched]
    .map((id) => ({
      id,
      rankBefore: ranksBefore.get(id)?.rank ?? null,
      rankAfter: ranksAfter.get(id)?.rank ?? null,
      bridgingBefore: ranksBefore.get(id)?.bridging ?? null,
      bridgingAfter: ranksAfter.get(id)?.bridging ?? null,
    }))
    .filter((change) => change.rankBefore !== change.rankAfter)
    .sort((a, b) => (a.rankAfter ?? unranked) - (b.rankAfter ?? unranked) || (a.rankBefore ?? unranked) - (b.rankBefore ?? unranked) || (a.id < b.id ? -1 : 1));
}

function islandsOf(scoped: ScopedGraph, options: PartitionOptions): PolicyIsland[] {
  const { graph } = scoped;
  return flagPolicyIslands(graph, { components: components(graph), communities: communities(graph, { seed: options.seed, resolution: options.resolution }) });
}

/** Simpson's overlap coefficient above ½: the two groups share more than half of the smaller one. */
function continues(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  const shared = small.filter((id) => large.has(id)).length;
  return 2 * shared > small.length;
}

function islandChanges(before: readonly PolicyIsland[], after: readonly PolicyIsland[], presentAfter: ReadonlySet<string>): IslandChange[] {
  const change = (fate: IslandFate, { kind, members, reason, description }: PolicyIsland): IslandChange => ({ fate, kind, members, reason, description });
  const appeared = after.filter((island) => !before.some((old) => continues(old.members, island.members))).map((island) => change('appeared', island));
  const ended = before
    .filter((island) => !after.some((now) => continues(island.members, now.members)))
    .map((island) => {
      const stayed = island.members.filter((id) => presentAfter.has(id)).length;
      return change(2 * stayed >= island.members.length ? 'joined' : 'dissolved', island);
    });
  return [...appeared, ...ended];
}
