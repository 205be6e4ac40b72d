import { describe, expect, it } from 'vitest';

import { toGraph } from '../graph/to-graphology';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { whatIf } from './what-if';

// Hand calculations on test/fixtures/two-islands.md.
const graph = toGraph(loadFixture('two-islands'));

describe('whatIf', () => {
  it('reports the figures before and after a new link', () => {
    // Adding sz-b–m-ez1 (SZ–EZ): E 10 → 11, I 13, E–I −2/24. Within two steps: sz-b now reaches
    // m-ez1 and m-ez2 (2), sz-c and sz-d reach m-ez1 via sz-b (1 each): 10 + 4 = 14 of 42. The SZ
    // group keeps E–I (2 − 6)/8 = −0.5, still closed: 2 islands.
    const outcome = whatIf(graph, [{ from: 'sz-b', to: 'm-ez1' }]);
    if (!outcome.ok) throw new Error('refused');
    const { before, after, added, alreadyLinked } = outcome.whatIf;
    expect(added).toEqual([{ from: 'sz-b', to: 'm-ez1' }]);
    expect(alreadyLinked).toEqual([]);
    expect(before).toEqual({ actors: 15, links: 23, components: 2, eiIndex: -3 / 23, szEzWithinTwoSteps: 10 / 42, islands: 2 });
    expect(after).toEqual({ actors: 15, links: 24, components: 2, eiIndex: -2 / 24, szEzWithinTwoSteps: 14 / 42, islands: 2 });
  });

  it('shows the top brokers and the new link ends, best after first', () => {
    const outcome = whatIf(graph, [{ from: 'sz-b', to: 'm-ez1' }], { top: 2 });
    if (!outcome.ok) throw new Error('refused');
    const changes = outcome.whatIf.actors;
    // Top 2 by bridging before: m-sz1 (1/3), sz-a (1/4); after: m-ez2 (1/5, unchanged), then a
    // tie at 1/8 between m-sz1 and sz-b, broken by betweenness. Plus the ends sz-b and m-ez1.
    expect(changes.map((change) => change.id).sort()).toEqual(['m-ez1', 'm-ez2', 'm-sz1', 'sz-a', 'sz-b']);
    const szB = changes.find((change) => change.id === 'sz-b');
    expect(szB?.before.degree).toBe(3);
    expect(szB?.after.degree).toBe(4);
    expect(szB?.before.szEzBridging).toBe(0);
    // After, sz-b carries (sz-c, m-ez1) and (sz-d, m-ez1) fully, and half of (sz-a, m-ez1),
    // (sz-c, m-ez2), (sz-d, m-ez2), (sz-c, m-ez3) and (sz-d, m-ez3), each tied with a route via
    // m-sz1: 4.5 of the 6 · 6 = 36 SZ–EZ pairs without sz-b.
    expect(szB?.after.szEzBridging).toBe(4.5 / 36);
    const bridging = changes.map((change) => change.after.szEzBridging);
    expect(bridging).toEqual([...bridging].sort((a, b) => b - a));
  });

  it('ignores proposals that exist already or repeat, in either direction', () => {
    const outcome = whatIf(graph, [
      { from: 'sz-b', to: 'm-ez1' },
      { from: 'm-ez1', to: 'sz-b' },
      { from: 'm-ez1', to: 'm-sz1' },
    ]);
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.whatIf.added).toEqual([{ from: 'sz-b', to: 'm-ez1' }]);
    expect(outcome.whatIf.alreadyLinked).toEqual([{ from: 'm-ez1', to: 'm-sz1' }]);
    expect(outcome.whatIf.after.links).toBe(24);
  });

  it('changes nothing for no proposals', () => {
    const outcome = whatIf(graph, []);
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.whatIf.after).toEqual(outcome.whatIf.before);
    for (const change of outcome.whatIf.actors) expect(change.after).toEqual(change.before);
  });

  it('refuses unknown actors and self-links, naming the proposal and field', () => {
    expect(whatIf(graph, [{ from: 'sz-b', to: 'nobody' }, { from: 'sz-a', to: 'sz-a' }])).toEqual({
      ok: false,
      problems: [
        { record: 'addLinks[0]', field: 'to', message: 'unknown actor "nobody"' },
        { record: 'addLinks[1]', field: 'to', message: 'a link needs two different actors' },
      ],
    });
  });

  it('leaves the input graph untouched', () => {
    whatIf(graph, [{ from: 'sz-b', to: 'm-ez1' }]);
    expect(graph.size).toBe(23);
  });
});
