/**
 * The baselines in bare Sigma: the bench graph in `new Sigma(graph, container)`, default
 * settings. The query picks what else the page does (test/bench/explorer.ts):
 * - nothing: first frame, panning, and hover as sigma draws it (the node on its hover layer);
 * - `?hover=reducers`: hover as sigma's "use reducers" example does it, and as the explorer did
 *   before its hover layer: the reducers fade everything but the hovered node's neighbourhood,
 *   and each hover refreshes the renderer;
 * - `?layout=worker`: ForceAtlas2 in its worker on the drawn graph, so sigma redraws the whole
 *   network after every iteration (its own reaction to new positions); the iterations done are
 *   counted in `layoutIterations`.
 * A node under the pointer sets the cursor, as in the explorer, so the bench can tell a hover.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import { fetchBenchGraph, markFirstFrame, type LayoutCounter } from '../marks';

/** The hovered node and its neighbours, as the use-reducers example keeps them. */
interface HoverState {
  node: string | null;
  neighbours: Set<string>;
}

function fadeOnHover(graph: Graph, renderer: Sigma): void {
  const state: HoverState = { node: null, neighbours: new Set() };
  renderer.setSetting('nodeReducer', (node, data): Partial<NodeDisplayData> => {
    if (state.node === null || node === state.node || state.neighbours.has(node)) return data;
    return { ...data, color: '#f6f6f6', label: '' };
  });
  renderer.setSetting('edgeReducer', (edge, data): Partial<EdgeDisplayData> => {
    if (state.node === null || graph.hasExtremity(edge, state.node)) return data;
    return { ...data, hidden: true };
  });
  renderer.on('enterNode', ({ node }) => {
    state.node = node;
    state.neighbours = new Set(graph.neighbors(node));
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    state.node = null;
    state.neighbours = new Set();
    renderer.refresh({ skipIndexation: true });
  });
}

function layoutInWorker(graph: Graph): void {
  const counter = globalThis as LayoutCounter;
  counter.layoutIterations = 0;
  graph.on('eachNodeAttributesUpdated', () => {
    counter.layoutIterations = (counter.layoutIterations ?? 0) + 1;
  });
  new FA2LayoutSupervisor(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true } }).start();
}

async function main(): Promise<void> {
  const data = await fetchBenchGraph();
  const container = document.getElementById('graph');
  if (container === null) throw new Error('sigma.html lacks #graph');
  const graph = new Graph({ type: 'undirected' });
  graph.import(data);
  // Sigma renders synchronously while it is created.
  const renderer = new Sigma(graph, container);
  markFirstFrame();
  renderer.on('enterNode', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveNode', () => (container.style.cursor = ''));
  const query = new URLSearchParams(window.location.search);
  if (query.get('hover') === 'reducers') fadeOnHover(graph, renderer);
  if (query.get('layout') === 'worker') layoutInWorker(graph);
}

void main();
