/**
 * Bench section `dates` (issue 15, contract §8): the full analysis (`analyseNetwork`, the work of
 * the worker's `analysis`) of the generated network of 20,000 actors and 100,000 links, dated by
 * the generator, at a day in the middle of its timeline against the whole network (at = null);
 * the target is within 1.2×. Both read the network in memory: at a day `scopeNetwork` cuts it to
 * what is present before the scoped graph is built, so the second row sets that cut alone
 * against building the whole network's scoped graph. As a network at a day is smaller than the
 * whole, the third row sets the analysis at the day against the analysis of exactly what is
 * present that day, given as a network of its own without a date: the cost of asking by date.
 * The notes say how much is present that day.
 */
import { analyseNetwork } from '../../server/analytics/analyse-network';
import { scopedGraph, scopeNetwork } from '../../server/graph/scoped-graph';
import { DEFAULT_SCOPE, type AnalysisScope } from '../../server/model/scope';
import { generatedNetwork } from '../helpers/betweenness';
import { fastest, time, type Section } from './timing';

const SIZE = { actors: 20_000, links: 100_000, seed: 1 };
const INPUT = 'generated (20,000 actors, 100,000 links, seed 1), dated';
/** The middle of the generated timeline's busy years (links from 2008, actors up to 2026). */
const DAY = '2020-06-01';
const WHOLE: AnalysisScope = DEFAULT_SCOPE;
const AT_DAY: AnalysisScope = { ...DEFAULT_SCOPE, at: DAY };

export async function datesSection(): Promise<Section> {
  // A small network through both scopes first, so that neither pays for the JIT's warming up;
  // then one run of each, as a full analysis of this network takes most of a minute.
  const small = generatedNetwork(2_000, 10_000, SIZE.seed);
  for (const scope of [WHOLE, AT_DAY]) analyseNetwork(small, { scope });
  const network = generatedNetwork(SIZE.actors, SIZE.links, SIZE.seed);
  const atDayMs = await fastest(1, () => analyseNetwork(network, { scope: AT_DAY }));
  const wholeMs = await fastest(1, () => analyseNetwork(network, { scope: WHOLE }));
  const present = scopeNetwork(network, AT_DAY);
  const presentMs = await fastest(1, () => analyseNetwork(present, { scope: WHOLE }));
  const cutMs = await time(5, () => scopeNetwork(network, AT_DAY));
  const wholeGraphMs = await time(3, () => scopedGraph(network, WHOLE));
  const graphs = { atDay: scopedGraph(network, AT_DAY).graph, whole: scopedGraph(network, WHOLE).graph };
  const count = (value: number): string => value.toLocaleString('en');
  return {
    rows: [
      { figure: `full analysis at ${DAY} (scope.at)`, input: INPUT, ms: atDayMs, baseline: 'full analysis, whole network (at = null)', baselineMs: wholeMs },
      { figure: `full analysis at ${DAY} (scope.at)`, input: INPUT, ms: atDayMs, baseline: `full analysis of what is present on ${DAY}, as a network without a date`, baselineMs: presentMs },
      { figure: `network cut to ${DAY} (scopeNetwork alone)`, input: INPUT, ms: cutMs, baseline: 'scoped graph, whole network', baselineMs: wholeGraphMs },
    ],
    notes: [
      `present on ${DAY}: ${count(present.actors.length)} of ${count(network.actors.length)} actors, ${count(present.links.length)} of ${count(network.links.length)} links; the ties graph at ${DAY} ${count(graphs.atDay.order)} nodes and ${count(graphs.atDay.size)} edges, of the whole network ${count(graphs.whole.order)} and ${count(graphs.whole.size)}`,
    ],
  };
}
