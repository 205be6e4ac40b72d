/**
 * Bench section for the region-level cache: after one write (a link added inside a region), the
 * results of all 35 regions (scorecard figures and missing links of the default scope, as the API
 * keeps them) from a snapshot that takes over what the write did not touch, against a snapshot
 * that computes everything again. Both build the new version's graph; the first also compares it
 * with the old one. Input: 10,000 actors, 50,000 links.
 */
import { GraphSnapshot } from '../../server/analysis-worker/graph-cache';
import { missingLinks } from '../../server/analytics/missing-links';
import { regionFigures } from '../../server/analytics/scorecard';
import type { Network } from '../../server/model/network';
import { DEFAULT_SCOPE } from '../../server/model/scope';
import { generatedNetwork } from '../helpers/betweenness';
import { time, type Section } from './timing';

const INPUT = 'generated (10,000 actors, 50,000 links), one link added';

/** Computes (or takes over) every region's results; returns how many regions were computed. */
function allRegionResults(snapshot: GraphSnapshot, regions: readonly string[]): number {
  const view = snapshot.scoped(DEFAULT_SCOPE);
  let computed = 0;
  for (const region of regions) {
    view.rememberForRegion(region, 'scorecard', () => {
      computed += 1;
      return regionFigures(view.graph, region);
    });
    view.rememberForRegion(region, 'missingLinks', () => missingLinks(view.graph, { region }));
  }
  return computed;
}

export async function regionCacheSection(): Promise<Section> {
  const network = generatedNetwork(10_000, 50_000, 1);
  const regions = [...new Set(network.actors.flatMap((actor) => (actor.region === undefined ? [] : [actor.region])))].sort();
  const first = new GraphSnapshot(1, network);
  allRegionResults(first, regions);
  // Two actors of the first region that are not linked yet.
  const inRegion = network.actors.filter((actor) => actor.region === regions[0]);
  const linked = new Set(network.links.map((link) => `${link.from} ${link.to}`));
  const [from, to] = inRegion.flatMap((a) => inRegion.filter((b) => a.id !== b.id && !linked.has(`${a.id} ${b.id}`) && !linked.has(`${b.id} ${a.id}`)).map((b) => [a.id, b.id])).at(0) ?? [];
  if (from === undefined || to === undefined) throw new Error('no unlinked pair in the first region');
  const changed: Network = { ...network, links: [...network.links, { from, to, type: 'samenwerking' }] };
  let recomputed = 0;
  const ms = await time(3, () => (recomputed = allRegionResults(new GraphSnapshot(2, changed, first), regions)));
  const baselineMs = await time(3, () => allRegionResults(new GraphSnapshot(2, changed), regions));
  return {
    rows: [{ figure: 'region results after a write, untouched regions taken over', input: INPUT, ms, baseline: 'every region computed again', baselineMs }],
    notes: [`region cache: ${String(regions.length)} regions, ${String(recomputed)} touched by the added link`],
  };
}
