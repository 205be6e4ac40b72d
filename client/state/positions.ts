/**
 * Where actors go on the map before and besides the force layout: a stable start position
 * per actor (no random generator, nothing at the origin for all), next to its partners when
 * it joins the network, or at the edge of the map while it has none.
 */
import type { NetworkGraph } from './network-graph';

/** Whether two actors are joined by a real link (not a suggestion). */
const linked = (graph: NetworkGraph, a: string, b: string): boolean => graph.getEdgeAttribute(graph.edge(a, b), 'kind') === 'link';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** FNV-1a hash of a string to [0, 1): a stable jitter that needs no random generator. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 0x1_0000_0000;
}

/**
 * A start position before the force layout: actors of one region gather on one spot of a
 * golden-angle spiral (national actors in the middle), jittered per actor so that no two
 * positions coincide and none is (0, 0) for all.
 */
export function initialPosition(id: string, region: string | null, regionOrder: ReadonlyMap<string, number>): Point {
  const slot = region === null ? 0 : (regionOrder.get(region) ?? 0) + 1;
  const angle = slot * 2.399963229728653;
  const radius = slot === 0 ? 0 : 60 + 28 * Math.sqrt(slot);
  const jitterAngle = unitHash(id) * Math.PI * 2;
  const jitterRadius = 8 + 22 * unitHash(`${id}#r`);
  return {
    x: radius * Math.cos(angle) + jitterRadius * Math.cos(jitterAngle),
    y: radius * Math.sin(angle) + jitterRadius * Math.sin(jitterAngle),
  };
}

export const linkDegree = (graph: NetworkGraph, id: string): number =>
  graph.neighbors(id).filter((node) => linked(graph, id, node)).length;

/** Puts an actor at the centre of its (anchored) partners, slightly offset; false when it has none. */
export function placeNearPartners(graph: NetworkGraph, id: string, anchored: (partner: string) => boolean = () => true): boolean {
  const partners = graph.neighbors(id).filter((node) => linked(graph, id, node) && anchored(node));
  if (partners.length === 0) return false;
  let x = 0;
  let y = 0;
  for (const partner of partners) {
    x += graph.getNodeAttribute(partner, 'x');
    y += graph.getNodeAttribute(partner, 'y');
  }
  const angle = unitHash(id) * Math.PI * 2;
  graph.mergeNodeAttributes(id, { x: x / partners.length + 6 * Math.cos(angle), y: y / partners.length + 6 * Math.sin(angle) });
  return true;
}

/** Puts an actor just outside the others, where it is easy to find and covers no one. */
export function placeAtEdge(graph: NetworkGraph, id: string): void {
  let cx = 0;
  let cy = 0;
  let count = 0;
  graph.forEachNode((node, attributes) => {
    if (node === id) return;
    cx += attributes.x;
    cy += attributes.y;
    count += 1;
  });
  if (count === 0) return;
  [cx, cy] = [cx / count, cy / count];
  let radius = 0;
  graph.forEachNode((node, attributes) => {
    if (node !== id) radius = Math.max(radius, Math.hypot(attributes.x - cx, attributes.y - cy));
  });
  const angle = unitHash(id) * Math.PI * 2;
  graph.mergeNodeAttributes(id, { x: cx + radius * 1.05 * Math.cos(angle), y: cy + radius * 1.05 * Math.sin(angle) });
}
