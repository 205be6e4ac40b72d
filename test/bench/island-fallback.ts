/**
 * Bench section for the repair of islands no missing link reaches: on a generated network of
 * 20,000 actors with one cut-off group of four SZ actors added per region (35 component islands
 * without a shared partner), the island repair with its fallback proposals for all 35, against
 * what one what-if of a single link costs (`networkFigures` on the graph with it). Working each
 * proposal out with `networkFigures` would cost 5 × 35 of the baseline.
 */
import { repairIslands } from '../../server/analytics/island-repair';
import { missingLinks } from '../../server/analytics/missing-links';
import { networkFigures } from '../../server/analytics/network-figures';
import { policyIslands } from '../../server/analytics/policy-islands';
import { toGraph, withLinks } from '../../server/graph/to-graphology';
import type { Actor, Link } from '../../server/model/network';
import { generatedNetwork } from '../helpers/betweenness';
import { time, type Section } from './timing';

const INPUT = 'generated (20,000 actors, 80,000 links) + 35 cut-off SZ groups of 4';

export async function islandFallbackSection(): Promise<Section> {
  const network = generatedNetwork(20_000, 80_000, 20_000);
  const regions = [...new Set(network.actors.flatMap((actor) => (actor.region === undefined ? [] : [actor.region])))].sort();
  const cutOff = (region: string, k: number): string => `cut-off-${region}-${String(k)}`;
  const actors: Actor[] = regions.flatMap((region) =>
    [1, 2, 3, 4].map((k) => ({ id: cutOff(region, k), name: cutOff(region, k), type: 'gemeente' as const, domain: 'SZ' as const, region })),
  );
  // A triangle with a tail: closed, all SZ, no partner shared with anyone.
  const links: Link[] = regions.flatMap((region) =>
    [[1, 2], [2, 3], [3, 1], [4, 1]].map(([a = 0, b = 0]) => ({ from: cutOff(region, a), to: cutOff(region, b), type: 'samenwerking' as const })),
  );
  const graph = toGraph({ actors: [...network.actors, ...actors], links: [...network.links, ...links] });
  const islands = policyIslands(graph);
  const ranking = missingLinks(graph);
  let repairs = repairIslands(graph, islands, ranking);
  const ms = await time(3, () => (repairs = repairIslands(graph, islands, ranking)));
  const withFallback = repairs.filter((repair) => repair.fallback.length > 0).length;
  const link = repairs.find((repair) => repair.fallback.length > 0)?.fallback[0];
  if (link === undefined) throw new Error('no island got a fallback proposal');
  const baselineMs = await time(3, () => networkFigures(withLinks(graph, [link])));
  return {
    rows: [{ figure: 'island repair, fallback for 35 islands without a shared partner', input: INPUT, ms, baseline: 'what-if figures of one link (networkFigures)', baselineMs }],
    notes: [`island fallback: ${String(islands.length)} islands, ${String(withFallback)} with fallback proposals`],
  };
}
