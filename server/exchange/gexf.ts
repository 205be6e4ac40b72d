/**
 * The network as GEXF 1.3 for Gephi, written by graphology-gexf: one node per actor with its
 * type, domain and region as attributes, one directed edge per link with its type and source.
 * Written only: brugkaart reads its networks as JSON or the CSV pair.
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';

import type { Network } from '../model/network';

export function writeNetworkGexf(network: Network): string {
  const graph = new MultiDirectedGraph();
  for (const actor of network.actors) {
    graph.addNode(actor.id, {
      label: actor.name,
      type: actor.type,
      domain: actor.domain,
      region: actor.region ?? '',
      illustrative: actor.illustrative ?? false,
    });
  }
  for (const link of network.links) {
    graph.addEdge(link.from, link.to, { type: link.type, source: link.source ?? '', quote: link.quote ?? '', note: link.note ?? '' });
  }
  return write(graph, {
    version: '1.3',
    formatNode: (key, attributes) => ({ label: String(attributes['label'] ?? key), attributes: { ...attributes, label: undefined } }),
    formatEdge: (_key, attributes) => ({ attributes: { ...attributes } }),
  });
}
