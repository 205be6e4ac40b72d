/**
 * Bench section `forums`: the full analysis of the generated network of 20,000 actors and
 * 100,000 links (seed 1, the event-loop and explorer sections' size, with the forums
 * generate-network makes) with forums as ties, the default of contract §6, against forums as
 * nodes; the target is ties within 1.5× of nodes. A forum of m members projects to up to
 * m(m−1)/2 ties, so the notes set the ties against the membership links they come from, and say
 * where each mode's time goes: the scoped graph (with forums as ties, the projection) and each
 * costly measure of the analysis, measured apart after it (degrees, components and the E–I
 * index are left out: they take a few milliseconds).
 */
import { analyseNetwork } from '../../server/analytics/analyse-network';
import { betweenness } from '../../server/analytics/centrality';
import { brokerageRoles } from '../../server/analytics/brokerage';
import { communities } from '../../server/analytics/communities';
import { forumMeasures } from '../../server/analytics/forums';
import { missingLinks } from '../../server/analytics/missing-links';
import { constraint, effectiveSize } from '../../server/analytics/structural-holes';
import { szEzBridging } from '../../server/analytics/sz-ez-bridging';
import { scopedGraph, type ScopedGraph } from '../../server/graph/scoped-graph';
import type { ActorGraph } from '../../server/graph/to-graphology';
import { isForumType, type Network } from '../../server/model/network';
import { DEFAULT_SCOPE, type AnalysisScope } from '../../server/model/scope';
import { generatedNetwork } from '../helpers/betweenness';
import { fastest, type Section } from './timing';

const SIZE = { actors: 20_000, links: 100_000, seed: 1 };
const INPUT = 'generated (20,000 actors, 100,000 links, seed 1)';
const SCOPES = { ties: DEFAULT_SCOPE, nodes: { ...DEFAULT_SCOPE, forums: 'nodes' } } as const satisfies Record<string, AnalysisScope>;

/** The parts of the analysis measured apart on the scoped graph, besides building it. */
const PARTS = {
  betweenness: (scoped: ScopedGraph) => betweenness(scoped.graph),
  'SZ–EZ bridging': (scoped: ScopedGraph) => szEzBridging(scoped.graph),
  'brokerage roles': (scoped: ScopedGraph) => brokerageRoles(scoped.graph),
  'constraint and effective size': (scoped: ScopedGraph) => [constraint(scoped.graph), effectiveSize(scoped.graph)],
  Louvain: (scoped: ScopedGraph) => communities(scoped.graph),
  'missing links': (scoped: ScopedGraph) => missingLinks(scoped.graph, { between: scoped.scope.between }),
  'forums ranking': (scoped: ScopedGraph) => forumMeasures(scoped),
} as const;
type Part = keyof typeof PARTS;

interface Timings {
  readonly analysis: number;
  readonly scopedGraph: number;
  readonly parts: Readonly<Record<Part, number>>;
}

export async function forumsSection(): Promise<Section> {
  // A small network through both modes first, so that neither pays for the JIT's warming up;
  // then one run of each, as a full analysis of this network takes most of a minute.
  const small = generatedNetwork(2_000, 10_000, SIZE.seed);
  for (const scope of Object.values(SCOPES)) analyseNetwork(small, { scope });
  const network = generatedNetwork(SIZE.actors, SIZE.links, SIZE.seed);
  const ties = await timings(network, SCOPES.ties);
  const nodes = await timings(network, SCOPES.nodes);
  const graphs = { ties: scopedGraph(network, SCOPES.ties).graph, nodes: scopedGraph(network, SCOPES.nodes).graph };
  return {
    rows: [
      { figure: 'full analysis, forums as ties (contract §6 default)', input: INPUT, ms: ties.analysis, baseline: 'full analysis, forums as nodes', baselineMs: nodes.analysis },
      { figure: 'scoped graph, forums as ties (projection)', input: INPUT, ms: ties.scopedGraph, baseline: 'scoped graph, forums as nodes', baselineMs: nodes.scopedGraph },
    ],
    notes: [
      `${sizes(network, graphs.ties)}; the ties graph: ${describe(graphs.ties)}, the nodes graph: ${describe(graphs.nodes)}`,
      `where the time goes, ties / nodes (ms): ${breakdown(ties, nodes)}`,
    ],
  };
}

/** The whole analysis, then the scoped graph and the parts one by one. */
async function timings(network: Network, scope: AnalysisScope): Promise<Timings> {
  const analysis = await fastest(1, () => analyseNetwork(network, { scope }));
  let scoped = scopedGraph(network, scope);
  const built = await fastest(1, () => (scoped = scopedGraph(network, scope)));
  const parts: Partial<Record<Part, number>> = {};
  for (const [part, work] of Object.entries(PARTS) as [Part, (on: ScopedGraph) => unknown][]) parts[part] = await fastest(1, () => work(scoped));
  return { analysis, scopedGraph: built, parts: parts as Record<Part, number> };
}

/** The forums, their membership links, the co-membership pairs they project to and the ties only those make. */
function sizes(network: Network, ties: ActorGraph): string {
  const forums = new Set(network.actors.filter((actor) => isForumType(actor.type)).map((actor) => actor.id));
  const members = new Map<string, number>();
  let direct = 0;
  for (const { from, to } of network.links) {
    if (forums.has(to)) members.set(to, (members.get(to) ?? 0) + 1);
    else if (forums.has(from)) members.set(from, (members.get(from) ?? 0) + 1);
    else direct += 1;
  }
  const counts = [...members.values()];
  const memberships = counts.reduce((sum, count) => sum + count, 0);
  const pairs = counts.reduce((sum, count) => sum + (count * (count - 1)) / 2, 0);
  // The generator never repeats a pair, so every direct link is one edge of the ties graph.
  const projected = ties.size - direct;
  return `${forums.size.toLocaleString('en')} forums of ${String(Math.min(...counts))} to ${String(Math.max(...counts))} members: ${memberships.toLocaleString('en')} membership links (and ${direct.toLocaleString('en')} links between actors) project to ${pairs.toLocaleString('en')} co-membership pairs, ${projected.toLocaleString('en')} ties once repeats and direct links are merged`;
}

const describe = (graph: ActorGraph): string => `${graph.order.toLocaleString('en')} nodes, ${graph.size.toLocaleString('en')} edges`;

/** Each part, ties / nodes; measured one after another, so on a busy machine they need not add up to the analysis. */
function breakdown(ties: Timings, nodes: Timings): string {
  const part = (label: string, tiesMs: number, nodesMs: number): string => `${label} ${tiesMs.toFixed(0)} / ${nodesMs.toFixed(0)}`;
  return [
    part('the whole analysis', ties.analysis, nodes.analysis),
    part('scoped graph', ties.scopedGraph, nodes.scopedGraph),
    ...(Object.keys(PARTS) as Part[]).map((name) => part(name, ties.parts[name], nodes.parts[name])),
  ].join('; ');
}
