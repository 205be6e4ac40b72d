/**
 * Policy islands: groups of actors that mostly talk among themselves and mostly belong to one
 * domain, so that what they know stays inside one policy domain.
 */
import type { ActorGraph } from '../graph/to-graphology';
import { DOMAINS, type Domain } from '../model/network';
import { communities, countDomains, type Communities, type DomainCounts } from './communities';
import { components, type Components } from './components';
import { groupEiIndex } from './ei-index';

/** When a group counts as a policy island. */
export interface IslandRule {
  /** Smaller groups are left alone: two actors are a pair, not an island. */
  readonly minMembers: number;
  /** Closed: at most this E–I index (−0.5: at least three of every four links stay inside). */
  readonly maxEiIndex: number;
  /** Dominated: at least this share of the members in one domain. */
  readonly minDominantShare: number;
}

/** At least 3 actors, E–I index at most −0.5, at least three quarters in one domain. */
export const DEFAULT_ISLAND_RULE: IslandRule = { minMembers: 3, maxEiIndex: -0.5, minDominantShare: 0.75 };

/** Why a group is an island, as data (the sentences are built from it). */
export interface IslandReason {
  readonly members: number;
  readonly domains: DomainCounts;
  readonly dominantDomain: Domain;
  readonly dominantShare: number;
  readonly internalLinks: number;
  readonly externalLinks: number;
  readonly eiIndex: number;
}

/** A flagged group: a component (by component index) or a community (by community id). */
export interface PolicyIsland {
  readonly kind: 'component' | 'community';
  readonly index: number;
  readonly members: readonly string[];
  readonly reason: IslandReason;
  readonly description: { readonly nl: string; readonly en: string };
}

/** Defaults: seed 1, DEFAULT_ISLAND_RULE. */
export interface IslandOptions {
  readonly seed?: number | undefined;
  readonly rule?: IslandRule | undefined;
}

/**
 * A group is a policy island when it has at least `minMembers` actors, its E–I index (links
 * with one end inside against links with both ends inside) is at most `maxEiIndex`, and one
 * domain holds at least `minDominantShare` of its members.
 *
 * Groups examined: every connected component except the largest, which is the network the
 * others are cut off from (its E–I index is −1 by construction); and every community, except
 * one that is a whole component (the component decides) or lies inside an island component
 * (already reported). Components come first, by index, then communities, by id.
 *
 * Sources: the E–I index of Krackhardt, D., & Stern, R. N. (1988), Social Psychology Quarterly
 * 51(2), 123–140; homogeneous, closed groups as the inefficient policy networks of Sandström,
 * A., & Carlsson, L. (2008), Policy Studies Journal 36(4), 497–524. The thresholds are this
 * project's defaults, not published ones.
 *
 * Complexity: O(n + m) given the components and communities.
 */
export function flagPolicyIslands(
  graph: ActorGraph,
  groups: { readonly components: Components; readonly communities: Communities },
  rule: IslandRule = DEFAULT_ISLAND_RULE,
): PolicyIsland[] {
  const islands: PolicyIsland[] = [];
  const islandComponents = new Set<number>();
  groups.components.components.forEach((members, index) => {
    if (index === 0) return;
    const island = judge(graph, 'component', index, members, rule);
    if (island === undefined) return;
    islands.push(island);
    islandComponents.add(index);
  });
  const { componentOf } = groups.components;
  for (const community of groups.communities.communities) {
    const component = componentOf.get(community.members[0] ?? '') ?? -1;
    const size = groups.components.components[component]?.length ?? 0;
    if (size === community.members.length || islandComponents.has(component)) continue;
    const island = judge(graph, 'community', community.id, community.members, rule);
    if (island !== undefined) islands.push(island);
  }
  return islands;
}

/**
 * The policy islands of a graph, finding its components and (seeded Louvain) communities first;
 * see `flagPolicyIslands` for the rule.
 *
 * Complexity: O(m log n) for Louvain, O(n + m) for the rest.
 */
export function policyIslands(graph: ActorGraph, options: IslandOptions = {}): PolicyIsland[] {
  const partition = { components: components(graph), communities: communities(graph, { seed: options.seed }) };
  return flagPolicyIslands(graph, partition, options.rule);
}

/** The group's reason when the rule flags it. */
export function islandReason(
  graph: ActorGraph,
  members: readonly string[],
  rule: IslandRule = DEFAULT_ISLAND_RULE,
): IslandReason | undefined {
  if (members.length < rule.minMembers) return undefined;
  const { external, internal, eiIndex } = groupEiIndex(graph, new Set(members));
  if (eiIndex === null || eiIndex > rule.maxEiIndex) return undefined;
  const domains = countDomains(graph, members);
  const dominantDomain = DOMAINS.reduce((best, domain) => ((domains[domain] ?? 0) > (domains[best] ?? 0) ? domain : best));
  const dominantShare = (domains[dominantDomain] ?? 0) / members.length;
  if (dominantShare < rule.minDominantShare) return undefined;
  return { members: members.length, domains, dominantDomain, dominantShare, internalLinks: internal, externalLinks: external, eiIndex };
}

function judge(
  graph: ActorGraph,
  kind: PolicyIsland['kind'],
  index: number,
  members: readonly string[],
  rule: IslandRule,
): PolicyIsland | undefined {
  const reason = islandReason(graph, members, rule);
  return reason && { kind, index, members, reason, description: describeIsland(reason) };
}

const DOMAIN_NAMES: Record<Domain, { readonly nl: string; readonly en: string }> = {
  SZ: { nl: 'sociaal domein', en: 'social domain' },
  EZ: { nl: 'economisch domein', en: 'economic domain' },
  ONDERWIJS: { nl: 'onderwijs', en: 'education' },
  OVERIG: { nl: 'overig', en: 'other' },
};

/**
 * The reason in a sentence a policy maker reads, e.g. "12 actoren, allemaal sociaal domein;
 * 2 van 31 verbindingen gaan naar buiten" / "12 actors, all social domain; 2 of 31 links leave
 * the group".
 */
export function describeIsland(reason: IslandReason): { nl: string; en: string } {
  const n = reason.members;
  const dominant = reason.domains[reason.dominantDomain] ?? 0;
  const name = DOMAIN_NAMES[reason.dominantDomain];
  const who = {
    nl: `${String(n)} actoren, ${dominant === n ? 'allemaal' : `waarvan ${String(dominant)}`} ${name.nl}`,
    en: `${String(n)} actors, ${dominant === n ? 'all' : `${String(dominant)} of them`} ${name.en}`,
  };
  return { nl: `${who.nl}; ${linksOut(reason).nl}`, en: `${who.en}; ${linksOut(reason).en}` };
}

/** "2 van 31 verbindingen gaan naar buiten" / "2 of 31 links leave the group", in the right number. */
export function linksOut({ externalLinks, internalLinks }: Pick<IslandReason, 'externalLinks' | 'internalLinks'>): {
  nl: string;
  en: string;
} {
  if (externalLinks === 0) return { nl: 'geen verbinding met de rest van het netwerk', en: 'no link to the rest of the network' };
  const total = externalLinks + internalLinks;
  const one = externalLinks === 1;
  return {
    nl: `${String(externalLinks)} van ${String(total)} ${total === 1 ? 'verbinding' : 'verbindingen'} ${one ? 'gaat' : 'gaan'} naar buiten`,
    en: `${String(externalLinks)} of ${String(total)} ${total === 1 ? 'link' : 'links'} ${one ? 'leaves' : 'leave'} the group`,
  };
}
