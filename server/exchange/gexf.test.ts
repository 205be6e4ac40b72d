import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';

import type { Network } from '../model/network';
import { writeNetworkGexf } from './gexf';

const DATED: Network = {
  actors: [
    { id: 'wethouder', name: 'Wethouder "Werk" & <Inkomen>', type: 'rol', domain: 'SZ', since: '2018-05', until: '2022' },
    { id: 'wsp', name: 'WSP Holland Rijnland', type: 'wsp', domain: 'SZ', region: 'AM16', since: '2015-03-01' },
    { id: 'ez', name: 'Economie071', type: 'economic-board', domain: 'EZ' },
  ],
  links: [
    { from: 'wethouder', to: 'wsp', type: 'samenwerking', since: '2019', until: '2021-02', source: 'D1', quote: 'samen\nverder' },
    { from: 'wsp', to: 'ez', type: 'samenwerking', frequency: 'QUARTERLY', importance: 3, survey: 'ronde-1' },
  ],
};

/** The attributes of the opening tag of the element with that id: what Gephi's timeline reads. */
function tagAttributes(xml: string, element: 'node' | 'edge', id: string): Record<string, string> {
  const tag = new RegExp(`<${element} id="${id}"[^>]*>`).exec(xml)?.[0] ?? '';
  return Object.fromEntries([...tag.matchAll(/ (\w+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value]));
}

describe('writeNetworkGexf', () => {
  const gexf = writeNetworkGexf(DATED);

  it('writes a dynamic GEXF 1.3 graph whose dated nodes and edges have full start and end days', () => {
    expect(gexf).toMatch(/<graph mode="dynamic" timeformat="date" defaultedgetype="directed">/);
    // A partial since is its first day, a partial until its last: 2018-05 → 2018-05-01, 2022 → 2022-12-31.
    expect(tagAttributes(gexf, 'node', 'wethouder')).toMatchObject({ start: '2018-05-01', end: '2022-12-31' });
    expect(tagAttributes(gexf, 'node', 'wsp')).toMatchObject({ start: '2015-03-01' });
    expect(tagAttributes(gexf, 'node', 'wsp')).not.toHaveProperty('end');
    expect(tagAttributes(gexf, 'node', 'ez')).not.toHaveProperty('start');
    // 2019 → 2019-01-01; 2021-02 → 2021-02-28 (not a leap year).
    expect(tagAttributes(gexf, 'edge', 'e0')).toMatchObject({ source: 'wethouder', target: 'wsp', start: '2019-01-01', end: '2021-02-28' });
    expect(tagAttributes(gexf, 'edge', 'e1')).not.toHaveProperty('start');
  });

  it('is XML that graphology reads back with every actor, link and attribute, the dates as the sources give them', () => {
    const graph = parseGexf(MultiGraph, gexf);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('wethouder')).toEqual({ label: 'Wethouder "Werk" & <Inkomen>', type: 'rol', domain: 'SZ', illustrative: false, since: '2018-05', until: '2022' });
    expect(graph.getNodeAttributes('wsp')).toMatchObject({ region: 'AM16', since: '2015-03-01' });
    const [dated] = graph.edges('wethouder', 'wsp');
    expect(graph.getEdgeAttributes(dated)).toMatchObject({ type: 'samenwerking', source: 'D1', quote: 'samen\nverder', since: '2019', until: '2021-02' });
    const [surveyed] = graph.edges('wsp', 'ez');
    expect(graph.getEdgeAttributes(surveyed)).toMatchObject({ frequency: 'QUARTERLY', importance: 3, survey: 'ronde-1' });
  });
});
