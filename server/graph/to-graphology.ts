/**
 * The graph every measure runs on (contract §2): the simple undirected graph of the actors and
 * their links. Direction, weight and duplicate links are dropped here, once, so no measure has
 * to think about them.
 */
import { UndirectedGraph } from 'graphology';

import type { Actor, ActorType, Domain, Network } from '../model/network';

/** What the measures need to know about an actor. */
export interface ActorAttributes {
  readonly name: string;
  readonly type: ActorType;
  readonly domain: Domain;
  readonly region?: string;
}

/** A simple undirected graph whose nodes are actor ids. */
export type ActorGraph = UndirectedGraph<ActorAttributes>;

/**
 * Builds the contract §2 graph: every actor a node (isolated ones too), one edge per pair of
 * linked actors whatever the number, direction or weight of their links.
 *
 * Nodes are added in id order and edges in the order of their (smaller id, larger id) pair, so
 * every traversal, and with it every tie-break downstream (Louvain's sweeps, ranking ties),
 * depends only on the network, not on how a file or a database happened to list it: a network
 * read from Neo4j and the same network read from a file give the same numbers. Throws on a
 * reserved id (`isReservedId`).
 *
 * Complexity: O(actors log actors + links log links).
 */
export function toGraph(network: Network): ActorGraph {
  const graph: ActorGraph = new UndirectedGraph<ActorAttributes>();
  for (const actor of [...network.actors].sort((a, b) => compareIds(a.id, b.id))) {
    if (isReservedId(actor.id)) throw new RangeError(`actor id "${actor.id}" is reserved: graphology cannot hold it`);
    graph.addNode(actor.id, attributesOf(actor));
  }
  const pairs = network.links.map(({ from, to }): [string, string] => (compareIds(from, to) <= 0 ? [from, to] : [to, from]));
  pairs.sort(([a1, b1], [a2, b2]) => compareIds(a1, a2) || compareIds(b1, b2));
  for (const [from, to] of pairs) graph.mergeEdge(from, to);
  return graph;
}

/** Code-unit order: the same on every machine and locale. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ids graphology mistakes for its own bookkeeping: it keeps neighbourhoods in plain objects, so
 * an id such as "constructor" or "__proto__" reads as an existing edge or corrupts the index.
 * The parser should refuse them; this guard makes sure no measure runs on a corrupt graph.
 */
export const isReservedId = (id: string): boolean => id in Object.prototype;

/** The attributes a node of the actor carries. */
export function attributesOf(actor: Actor): ActorAttributes {
  const { name, type, domain, region } = actor;
  return region === undefined ? { name, type, domain } : { name, type, domain, region };
}

/**
 * The same graph with extra links between existing actors (links already present are kept once).
 * The input graph is left untouched.
 *
 * Complexity: O(actors + links + added).
 */
export function withLinks(graph: ActorGraph, links: Iterable<{ readonly from: string; readonly to: string }>): ActorGraph {
  const copy = graph.copy();
  for (const { from, to } of links) copy.mergeEdge(from, to);
  return copy;
}

/**
 * The subgraph induced by some actors: those actors, in graph order, and the links among them.
 *
 * Complexity: O(actors + links).
 */
export function inducedSubgraph(graph: ActorGraph, keep: (id: string, actor: ActorAttributes) => boolean): ActorGraph {
  const subgraph: ActorGraph = new UndirectedGraph<ActorAttributes>();
  graph.forEachNode((id, actor) => {
    if (keep(id, actor)) subgraph.addNode(id, actor);
  });
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (subgraph.hasNode(source) && subgraph.hasNode(target)) subgraph.addEdge(source, target);
  });
  return subgraph;
}

