/**
 * Communities: groups of actors more tightly linked among themselves than to the rest, found
 * by Louvain modularity optimisation (contract §3 `community`, §4 `communities`).
 */
import louvain from 'graphology-communities-louvain';

import type { ActorGraph } from '../graph/to-graphology';
import { DOMAINS, type Domain } from '../model/network';
import { groupEiIndex } from './ei-index';
import { modularity } from './modularity';
import { DEFAULT_SEED, seededRng } from './seeded-rng';

/** Number of actors per domain, listing only the domains present, in contract order. */
export type DomainCounts = Partial<Record<Domain, number>>;

/** One community as contract §5 reports it. */
export interface Community {
  readonly id: number;
  readonly members: readonly string[];
  readonly domains: DomainCounts;
  readonly eiIndex: number | null;
}

/** A partition into communities, the community of each actor and the partition's modularity. */
export interface Communities {
  readonly communities: readonly Community[];
  readonly communityOf: ReadonlyMap<string, number>;
  readonly modularity: number | null;
}

/** Defaults: seed 1, resolution 1 (Newman's modularity). */
export interface CommunityOptions {
  readonly seed?: number | undefined;
  readonly resolution?: number | undefined;
}

/**
 * Louvain communities of the unweighted graph, with the Newman modularity of exactly the
 * partition returned. The random visiting order Louvain uses is drawn from a generator seeded
 * with `seed`, so a network and seed always give the same partition. Communities are numbered
 * largest first, equal sizes by the actor order of their first member; members are listed in
 * actor order. Each community carries its count per domain and its E–I index (links with one
 * end inside against links with both). An isolated actor is a community of its own.
 *
 * Sources: Blondel, V. D., Guillaume, J.-L., Lambiotte, R., & Lefebvre, E. (2008). Fast
 * unfolding of communities in large networks. J. Stat. Mech. P10008 (via
 * graphology-communities-louvain); modularity: Newman & Girvan (2004); E–I index: Krackhardt &
 * Stern (1988).
 *
 * Complexity: O(m) per Louvain pass, in practice O(m log n) overall; O(n + m) for the rest.
 */
export function communities(graph: ActorGraph, options: CommunityOptions = {}): Communities {
  const labels = louvain(graph, {
    getEdgeWeight: null,
    resolution: options.resolution ?? 1,
    rng: seededRng(options.seed ?? DEFAULT_SEED),
  });
  const byLabel = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const label = labels[id] ?? -1;
    const members = byLabel.get(label);
    if (members === undefined) byLabel.set(label, [id]);
    else members.push(id);
  });
  // Members are collected in actor order, so comparing first members compares actor order.
  const position = new Map(graph.nodes().map((id, index) => [id, index] as const));
  const groups = [...byLabel.values()].sort(
    (a, b) => b.length - a.length || (position.get(a[0] ?? '') ?? 0) - (position.get(b[0] ?? '') ?? 0),
  );

  const communityOf = new Map<string, number>();
  groups.forEach((members, id) => {
    for (const member of members) communityOf.set(member, id);
  });
  return {
    communities: groups.map((members, id) => ({
      id,
      members,
      domains: countDomains(graph, members),
      eiIndex: groupEiIndex(graph, new Set(members)).eiIndex,
    })),
    communityOf,
    modularity: modularity(graph, communityOf),
  };
}

/**
 * Counts actors per domain, in contract order, leaving out domains with no actors.
 *
 * Complexity: O(members).
 */
export function countDomains(graph: ActorGraph, members: Iterable<string>): DomainCounts {
  const counts = new Map<Domain, number>();
  for (const id of members) {
    const domain = graph.getNodeAttribute(id, 'domain');
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  const result: DomainCounts = {};
  for (const domain of DOMAINS) {
    const count = counts.get(domain);
    if (count !== undefined) result[domain] = count;
  }
  return result;
}
