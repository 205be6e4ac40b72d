/**
 * The graph a scope's measures run on (contract §6–7): the network cut to the scope, with
 * forums either as ties between their members (the default) or as nodes.
 */
import { UndirectedGraph } from 'graphology';

import { isForumType, type Actor, type Link, type Network } from '../model/network';
import { isPresentOn } from '../model/dates';
import type { AnalysisScope } from '../model/scope';
import { compactGraph, keepCompactGraph } from './compact-graph';
import { attributesOf, compareIds, inducedSubgraph, isReservedId, toGraph, type ActorAttributes, type ActorGraph } from './to-graphology';

/** A forum and the actors that take part in it (linked to it directly), in actor (id) order. */
export interface ForumMembership {
  readonly id: string;
  readonly members: readonly string[];
}

/** What every measure of one scope reads. */
export interface ScopedGraph {
  readonly scope: AnalysisScope;
  /** Forums as ties: the actors only; forums as nodes: the contract §2 graph of the scoped network. */
  readonly graph: ActorGraph;
  /** Every forum of the scoped network, in id order, with its members. */
  readonly forums: readonly ForumMembership[];
  /** Whether two actors have a link of their own in the scope (not through a forum). */
  readonly hasDirectLink: (a: string, b: string) => boolean;
}

/**
 * The network cut to a scope's filters: without illustrative actors and links when
 * `illustrative` is false, without unconfirmed links when `unconfirmed` is false, only links of
 * `linkTypes` when given, only what is present on `at` when given (contract §8). A link is kept
 * only while both its ends are.
 *
 * Complexity: O(actors + links).
 */
export function scopeNetwork(network: Network, scope: AnalysisScope): Network {
  const { at } = scope;
  const actors =
    scope.illustrative && at === null
      ? network.actors
      : network.actors.filter((actor) => (scope.illustrative || actor.illustrative !== true) && (at === null || isPresentOn(actor, at)));
  const kept = new Set(actors.map((actor) => actor.id));
  const types = scope.linkTypes === null ? null : new Set<string>(scope.linkTypes);
  const links = network.links.filter(
    (link) =>
      kept.has(link.from) &&
      kept.has(link.to) &&
      (scope.illustrative || link.illustrative !== true) &&
      (scope.unconfirmed || link.unconfirmed !== true) &&
      (types === null || types.has(link.type)) &&
      (at === null || isPresentOn(link, at)),
  );
  return actors === network.actors && links.length === network.links.length ? network : { actors, links };
}

/**
 * Builds the graph of a scope. With forums as ties, two actors are linked when they are linked
 * directly or take part in at least one common forum: NetworkX's
 * `bipartite.projected_graph(B, actors)` joined with the direct links; links between two forums
 * are ignored. The co-membership pairs are gathered as numbers (actor ranks in id order) in one
 * typed array, sorted and freed of repeats before any edge is made, so a 200-member forum costs
 * 19,900 numbers rather than 19,900 edge look-ups, and the edges go in in the same (smaller id,
 * larger id) order as `toGraph` uses: the same network gives the same graph and the same numbers
 * however it was read. The same numbered pairs make the graph's compact graph (compact-graph.ts),
 * which the measures read, so it costs no second pass over the graph.
 *
 * Complexity: O(n log n + m log m + P log P) for P co-membership pairs (Σ over forums of
 * members·(members−1)/2).
 */
export function scopedGraph(network: Network, scope: AnalysisScope): ScopedGraph {
  const scoped = scopeNetwork(network, scope);
  const byId = new Map(scoped.actors.map((actor) => [actor.id, actor]));
  const isForum = (id: string): boolean => {
    const actor = byId.get(id);
    return actor !== undefined && isForumType(actor.type);
  };
  const forums = membershipsOf(scoped, isForum);
  const direct = new Set(scoped.links.filter((link) => !isForum(link.from) && !isForum(link.to)).map((link) => pairKey(link.from, link.to)));
  const hasDirectLink = (a: string, b: string): boolean => direct.has(pairKey(a, b));
  if (scope.forums === 'nodes') return { scope, graph: toGraph(scoped), forums, hasDirectLink };
  return { scope, graph: projectedGraph(scoped.actors.filter((actor) => !isForum(actor.id)), scoped.links, forums, isForum), forums, hasDirectLink };
}

/** Every forum with the non-forum actors linked to it, both in id order. */
function membershipsOf(network: Network, isForum: (id: string) => boolean): ForumMembership[] {
  const members = new Map<string, Set<string>>();
  for (const actor of network.actors) if (isForum(actor.id)) members.set(actor.id, new Set());
  for (const { from, to } of network.links) {
    if (isForum(from) && !isForum(to)) members.get(from)?.add(to);
    else if (isForum(to) && !isForum(from)) members.get(to)?.add(from);
  }
  return [...members]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([id, set]) => ({ id, members: [...set].sort(compareIds) }));
}

function projectedGraph(actors: readonly Actor[], links: readonly Link[], forums: readonly ForumMembership[], isForum: (id: string) => boolean): ActorGraph {
  const ids = actors.map((actor) => actor.id).sort(compareIds);
  const rankOf = new Map(ids.map((id, rank) => [id, rank]));
  const n = ids.length;
  let pairCount = 0;
  for (const link of links) if (!isForum(link.from) && !isForum(link.to)) pairCount += 1;
  for (const { members } of forums) pairCount += (members.length * (members.length - 1)) / 2;
  // rank(a)·n + rank(b) with rank(a) < rank(b): exact in a double below 2^53, i.e. for n < 9.4e7.
  const pairs = new Float64Array(pairCount);
  let filled = 0;
  const rank = (id: string): number => rankOf.get(id) ?? -1;
  for (const { from, to } of links) {
    if (isForum(from) || isForum(to) || from === to) continue;
    const a = rank(from);
    const b = rank(to);
    pairs[filled++] = a < b ? a * n + b : b * n + a;
  }
  for (const { members } of forums) {
    // Members are in id order, so their ranks ascend.
    const ranks = members.map(rank);
    for (let i = 0; i < ranks.length; i++) {
      const base = (ranks[i] ?? 0) * n;
      for (let j = i + 1; j < ranks.length; j++) pairs[filled++] = base + (ranks[j] ?? 0);
    }
  }
  const sorted = pairs.subarray(0, filled).sort();

  const graph: ActorGraph = new UndirectedGraph<ActorAttributes>();
  const inOrder = [...actors].sort((a, b) => compareIds(a.id, b.id));
  for (const actor of inOrder) {
    if (isReservedId(actor.id)) throw new RangeError(`actor id "${actor.id}" is reserved: graphology cannot hold it`);
    graph.addNode(actor.id, attributesOf(actor));
  }
  const ends = new Int32Array(2 * sorted.length);
  let edges = 0;
  let previous = -1;
  for (const pair of sorted) {
    if (pair === previous) continue;
    previous = pair;
    const a = Math.floor(pair / n);
    const b = pair - a * n;
    graph.addEdge(ids[a] ?? '', ids[b] ?? '');
    ends[2 * edges] = a;
    ends[2 * edges + 1] = b;
    edges += 1;
  }
  const positioned = { ids, domains: inOrder.map((actor) => actor.domain), regions: inOrder.map((actor) => actor.region) };
  keepCompactGraph(graph, compactGraph(positioned, ends.subarray(0, 2 * edges)));
  return graph;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * A scope cut to one region (contract §7, `region`): the region's own actors and the edges
 * among them (with forums as ties, a common forum anywhere still ties two of them), and every
 * forum with at least one member in the region, restricted to those members.
 *
 * Complexity: O(n + m + Σ_forums members).
 */
export function regionScope(scoped: ScopedGraph, region: string): ScopedGraph {
  const inRegion = (id: string): boolean => scoped.graph.hasNode(id) && scoped.graph.getNodeAttribute(id, 'region') === region;
  return {
    scope: scoped.scope,
    graph: inducedSubgraph(scoped.graph, (_id, actor) => actor.region === region),
    forums: scoped.forums.map(({ id, members }) => ({ id, members: members.filter(inRegion) })).filter(({ members }) => members.length > 0),
    hasDirectLink: scoped.hasDirectLink,
  };
}
