/**
 * The first-frame comparison: the bench graph in Cytoscape.js with the preset layout (the
 * given positions) and its default canvas renderer. Only edges are styled as `haystack`,
 * Cytoscape's documented fastest edge style, so it is compared at its quickest.
 */
import cytoscape from 'cytoscape';

import { FIRST_FRAME_MARK, fetchBenchGraph } from '../marks';

async function main(): Promise<void> {
  const data = await fetchBenchGraph();
  const container = document.getElementById('graph');
  if (container === null) throw new Error('cytoscape.html lacks #graph');
  const elements: cytoscape.ElementDefinition[] = [
    ...data.nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.key }, position: { x: node.attributes.x, y: node.attributes.y } })),
    ...data.edges.map((edge, index) => ({ group: 'edges' as const, data: { id: `e${String(index)}`, source: edge.source, target: edge.target } })),
  ];
  const cy = cytoscape({
    container,
    elements,
    layout: { name: 'preset' },
    style: [{ selector: 'edge', style: { 'curve-style': 'haystack' } }],
  });
  // Cytoscape draws in its own animation frame; the picture is on screen by the one after.
  cy.one('render', () => requestAnimationFrame(() => performance.mark(FIRST_FRAME_MARK)));
}

void main();
