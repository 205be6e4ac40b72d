/**
 * The API's network as a graphology graph with display attributes. Construction only: no
 * DOM, no fetch. The graph is the simple undirected graph of contract §2 (one edge per pair
 * of actors, whatever the number, type or direction of their links), which is also what the
 * measures run on; an edge remembers the link types it stands for.
 *
 * Suggested links (missingLinks) live in the same graph as edges of kind `suggested`, so sigma
 * can draw them; they never carry layout weight (see render/layout.ts) and are replaced as a
 * whole by {@link setSuggestedLinks}.
 */
import { UndirectedGraph } from 'graphology';

import type { Dated } from '../../server/model/dates';
import type { Measures } from '../api/operations/analytics';
import type { NetworkActor, NetworkLink } from '../api/operations/network';
import type { Domain } from '../api/operations/operation';
import { initialPosition, linkDegree, placeAtEdge, placeNearPartners, type Point } from './positions';

export type { Point } from './positions';

/** What a node knows: who the actor is, where it is drawn and its measures. */
export interface ActorAttributes {
  x: number;
  y: number;
  /** The name, shortened for the canvas. */
  label: string;
  name: string;
  actorType: string;
  domain: Domain;
  region: string | null;
  illustrative: boolean;
  unconfirmed: boolean;
  /** Contract §8: the actor's life (undefined: open), read by state/timeline.ts. */
  since: string | undefined;
  until: string | undefined;
  degree: number;
  betweenness: number;
  szEzBridging: number;
  community: number | null;
  component: number | null;
  /** Node size (screen pixels at zoom 1) when sized by degree, resp. by betweenness. */
  sizeByDegree: number;
  sizeByBetweenness: number;
}

export type EdgeKind = 'link' | 'suggested';

export interface LinkAttributes {
  kind: EdgeKind;
  /** The link types between the two actors, sorted; empty for a suggestion. */
  linkTypes: string[];
  /** Every link between the two is illustrative (touches a generic actor). */
  illustrative: boolean;
  unconfirmed: boolean;
  /** The periods of the links the edge stands for (contract §8); empty for a suggestion. */
  periods: Dated[];
  /** Adamic–Adar score of a suggestion, else null. */
  score: number | null;
}

export type NetworkGraph = UndirectedGraph<ActorAttributes, LinkAttributes>;

/** Node sizes in screen pixels: small enough that 250 actors do not cover each other. */
export const NODE_SIZE = { min: 4, max: 17 } as const;

/** The key of the one edge between two actors, the same whichever end comes first. */
export const edgeKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Shortens a long name on a word boundary, e.g. for a canvas label. */
export function shortLabel(name: string, max = 30): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}

function regionOrderOf(actors: readonly NetworkActor[]): Map<string, number> {
  const regions = [...new Set(actors.flatMap((actor) => (actor.region === null ? [] : [actor.region.id])))].sort();
  return new Map(regions.map((region, index) => [region, index]));
}

/** The API's dates (null: open) as a period. */
const periodOf = (record: { readonly since: string | null; readonly until: string | null }): { since: string | undefined; until: string | undefined } => ({
  since: record.since ?? undefined,
  until: record.until ?? undefined,
});

function actorAttributes(actor: NetworkActor, position: Point): ActorAttributes {
  return {
    x: position.x,
    y: position.y,
    label: shortLabel(actor.name),
    name: actor.name,
    actorType: actor.type,
    domain: actor.domain,
    region: actor.region?.id ?? null,
    illustrative: actor.illustrative,
    unconfirmed: actor.unconfirmed,
    ...periodOf(actor),
    degree: 0,
    betweenness: 0,
    szEzBridging: 0,
    community: null,
    component: null,
    sizeByDegree: NODE_SIZE.min,
    sizeByBetweenness: NODE_SIZE.min,
  };
}

/** Groups links by actor pair: the attributes of the one edge standing for them. */
function pairAttributes(links: readonly NetworkLink[], known: (id: string) => boolean): Map<string, { from: string; to: string; attributes: LinkAttributes }> {
  const pairs = new Map<string, { from: string; to: string; attributes: LinkAttributes }>();
  for (const link of links) {
    const from = link.from.id;
    const to = link.to.id;
    if (from === to || !known(from) || !known(to)) continue;
    const key = edgeKey(from, to);
    const pair = pairs.get(key);
    if (pair === undefined) {
      pairs.set(key, {
        from,
        to,
        attributes: { kind: 'link', linkTypes: [link.type], illustrative: link.illustrative, unconfirmed: link.unconfirmed, periods: [periodOf(link)], score: null },
      });
    } else {
      const { attributes } = pair;
      if (!attributes.linkTypes.includes(link.type)) attributes.linkTypes = [...attributes.linkTypes, link.type].sort();
      attributes.illustrative &&= link.illustrative;
      attributes.unconfirmed &&= link.unconfirmed;
      attributes.periods.push(periodOf(link));
    }
  }
  return pairs;
}

/**
 * Degree-based sizes, used until the API's measures arrive (and for new actors). One pass over
 * the edges, O(n + m), so it stays cheap on the first frame of a large network.
 */
function sizeByGraphDegree(graph: NetworkGraph): void {
  const degrees = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.kind !== 'link') return;
    degrees.set(source, (degrees.get(source) ?? 0) + 1);
    degrees.set(target, (degrees.get(target) ?? 0) + 1);
  });
  let maxDegree = 1;
  for (const degree of degrees.values()) maxDegree = Math.max(maxDegree, degree);
  graph.updateEachNodeAttributes((node, attributes) => {
    const degree = degrees.get(node) ?? 0;
    return { ...attributes, degree, sizeByDegree: scaledSize(degree, maxDegree) };
  });
}

/** Square-root scale from a measure to a node size, so area follows the measure. */
function scaledSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return NODE_SIZE.min;
  return NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(Math.min(value, max) / max);
}

/**
 * Builds the graph from the API's actors and links. `positions` (e.g. kept from an earlier
 * layout) win over the start positions.
 */
export function buildNetworkGraph(
  actors: readonly NetworkActor[],
  links: readonly NetworkLink[],
  positions: ReadonlyMap<string, Point> = new Map(),
): NetworkGraph {
  const graph: NetworkGraph = new UndirectedGraph<ActorAttributes, LinkAttributes>({ allowSelfLoops: false });
  syncNetworkGraph(graph, actors, links, positions);
  return graph;
}

/**
 * Brings a graph in line with a newer copy of the network: adds, updates and drops actors
 * and links in place (so the renderer and the layout keep their graph), keeping positions.
 * A new actor starts next to its partners. Suggestions between actors that are now linked
 * are dropped. Returns the ids of the actors added.
 */
export function syncNetworkGraph(
  graph: NetworkGraph,
  actors: readonly NetworkActor[],
  links: readonly NetworkLink[],
  positions: ReadonlyMap<string, Point> = new Map(),
): string[] {
  const ids = new Set(actors.map((actor) => actor.id));
  graph.forEachNode((node) => {
    if (!ids.has(node)) graph.dropNode(node);
  });
  const order = regionOrderOf(actors);
  // Actors already drawn before this call that had no link: one that gets its first link moves next to it.
  const wasAlone = new Set(graph.filterNodes((node) => linkDegree(graph, node) === 0));
  const added = new Set<string>();
  for (const actor of actors) {
    if (graph.hasNode(actor.id)) {
      const current = graph.getNodeAttributes(actor.id);
      graph.replaceNodeAttributes(actor.id, { ...current, ...actorAttributes(actor, current), ...keepMeasures(current) });
    } else {
      const position = positions.get(actor.id) ?? initialPosition(actor.id, actor.region?.id ?? null, order);
      graph.addNode(actor.id, actorAttributes(actor, position));
      if (!positions.has(actor.id)) added.add(actor.id);
    }
  }
  const pairs = pairAttributes(links, (id) => ids.has(id));
  graph.forEachEdge((edge, attributes) => {
    if (attributes.kind === 'link' && !pairs.has(edge)) graph.dropEdge(edge);
  });
  for (const [key, pair] of pairs) {
    if (graph.hasEdge(key) && graph.getEdgeAttribute(key, 'kind') === 'suggested') graph.dropEdge(key);
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, pair.attributes);
    else graph.addEdgeWithKey(key, pair.from, pair.to, pair.attributes);
  }
  // A new actor goes next to its partners, or to the edge of the map when it has none yet;
  // an actor that just got its first link moves next to that partner.
  for (const id of added) if (!placeNearPartners(graph, id)) placeAtEdge(graph, id);
  for (const id of wasAlone) placeNearPartners(graph, id, (partner) => !wasAlone.has(partner) && !added.has(partner));
  sizeByGraphDegree(graph);
  return [...added];
}

function keepMeasures(attributes: ActorAttributes): Partial<ActorAttributes> {
  const { betweenness, szEzBridging, community, component, sizeByBetweenness } = attributes;
  return { betweenness, szEzBridging, community, component, sizeByBetweenness };
}

/**
 * Writes the API's measures on the nodes and derives both node sizes from them. A node the
 * scope leaves out of the measures (a forum when forums are ties, an illustrative actor when
 * those do not count) gets no measures: it is not a broker in that scope, and keeps no figure
 * of an earlier scope.
 */
export function applyMeasures(graph: NetworkGraph, measures: ReadonlyMap<string, Measures>): void {
  let maxDegree = 1;
  let maxBetweenness = 0;
  for (const measure of measures.values()) {
    maxDegree = Math.max(maxDegree, measure.degree);
    maxBetweenness = Math.max(maxBetweenness, measure.betweenness);
  }
  graph.updateEachNodeAttributes((node, attributes) => {
    const measure = measures.get(node);
    if (measure === undefined) return { ...attributes, betweenness: 0, szEzBridging: 0, community: null, component: null, sizeByBetweenness: NODE_SIZE.min };
    return {
      ...attributes,
      degree: measure.degree,
      betweenness: measure.betweenness,
      szEzBridging: measure.szEzBridging,
      community: measure.community,
      component: measure.component,
      sizeByDegree: scaledSize(measure.degree, maxDegree),
      sizeByBetweenness: scaledSize(measure.betweenness, maxBetweenness),
    };
  });
}

export interface SuggestedPair {
  readonly from: string;
  readonly to: string;
  readonly score: number;
}

/**
 * Replaces the suggested edges by these pairs (pairs already linked, or naming an unknown
 * actor, are skipped). Returns the keys of the suggested edges now in the graph.
 */
export function setSuggestedLinks(graph: NetworkGraph, pairs: readonly SuggestedPair[]): string[] {
  const wanted = new Map(pairs.map((pair) => [edgeKey(pair.from, pair.to), pair]));
  graph.forEachEdge((edge, attributes) => {
    if (attributes.kind === 'suggested' && !wanted.has(edge)) graph.dropEdge(edge);
  });
  const keys: string[] = [];
  for (const [key, pair] of wanted) {
    if (!graph.hasNode(pair.from) || !graph.hasNode(pair.to) || pair.from === pair.to) continue;
    if (graph.hasEdge(key)) {
      if (graph.getEdgeAttribute(key, 'kind') === 'link') continue;
      graph.setEdgeAttribute(key, 'score', pair.score);
    } else {
      graph.addEdgeWithKey(key, pair.from, pair.to, { kind: 'suggested', linkTypes: [], illustrative: false, unconfirmed: false, periods: [], score: pair.score });
    }
    keys.push(key);
  }
  return keys;
}

/** The positions of all actors, to keep a finished layout. */
export function readPositions(graph: NetworkGraph): Map<string, Point> {
  const positions = new Map<string, Point>();
  graph.forEachNode((node, attributes) => positions.set(node, { x: attributes.x, y: attributes.y }));
  return positions;
}

/** Every shortest path's consecutive pairs as edge keys. */
export function pathEdgeKeys(paths: readonly (readonly string[])[]): string[] {
  const keys = new Set<string>();
  for (const path of paths) {
    for (let i = 1; i < path.length; i += 1) {
      const from = path[i - 1];
      const to = path[i];
      if (from !== undefined && to !== undefined) keys.add(edgeKey(from, to));
    }
  }
  return [...keys];
}
