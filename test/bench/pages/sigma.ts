/** The first-frame baseline: the bench graph in a bare `new Sigma(graph, container)`, default settings. */
import Graph from 'graphology';
import Sigma from 'sigma';

import { fetchBenchGraph, markFirstFrame } from '../marks';

async function main(): Promise<void> {
  const data = await fetchBenchGraph();
  const container = document.getElementById('graph');
  if (container === null) throw new Error('sigma.html lacks #graph');
  const graph = new Graph({ type: 'undirected' });
  graph.import(data);
  // Sigma renders synchronously while it is created.
  new Sigma(graph, container);
  markFirstFrame();
}

void main();
