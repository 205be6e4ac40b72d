/**
 * What the betweenness tests and the benchmark compare against: graphology-metrics' exact
 * Brandes (the implementation `betweenness()` used before the fast one), and generated networks
 * of a given size.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

import { PROJECT_ROOT } from '../../server/config';
import { generateNetwork } from '../../server/generate/generate-network';
import { toGraph, type ActorGraph } from '../../server/graph/to-graphology';
import type { Network } from '../../server/model/network';
import { parseRegions } from '../../server/model/reference';

/** graphology-metrics' normalised betweenness, unweighted, in graph order. */
export function referenceBetweenness(graph: ActorGraph): ReadonlyMap<string, number> {
  // The library refuses a graph without nodes.
  if (graph.order === 0) return new Map();
  const scores = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  return new Map(graph.mapNodes((id) => [id, scores[id] ?? Number.NaN] as const));
}

/** The largest |a(v) − b(v)|; throws when the two do not list the same actors in the same order. */
export function maxDifference(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const aIds = [...a.keys()];
  const bIds = [...b.keys()];
  if (aIds.length !== bIds.length || aIds.some((id, index) => id !== bIds[index])) throw new Error('the two score maps list different actors');
  return aIds.reduce((largest, id) => Math.max(largest, Math.abs((a.get(id) ?? Number.NaN) - (b.get(id) ?? Number.NaN))), 0);
}

const regions = parseRegions(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'seeds', 'regions.json'), 'utf8')));

/** The network of `npm run generate -- --actors N --links M --seed S`. */
export const generatedNetwork = (actors: number, links: number, seed: number): Network => generateNetwork({ actors, links, seed, regions });

/** The graph of `npm run generate -- --actors N --links M --seed S`. */
export const generatedGraph = (actors: number, links: number, seed: number): ActorGraph => toGraph(generatedNetwork(actors, links, seed));
