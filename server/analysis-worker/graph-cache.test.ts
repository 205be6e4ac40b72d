import { describe, expect, it } from 'vitest';

import { generatedNetwork } from '../../test/helpers/betweenness';
import { missingLinks } from '../analytics/missing-links';
import { regionFigures } from '../analytics/scorecard';
import { seededRng } from '../analytics/seeded-rng';
import { DOMAINS, type Network } from '../model/network';
import { DEFAULT_SCOPE, type AnalysisScope } from '../model/scope';
import { GraphSnapshot, KEPT_SCOPES } from './graph-cache';

/** Forums as nodes: another graph than the default's, so other regions are touched by a change. */
const FORUMS_AS_NODES: AnalysisScope = { ...DEFAULT_SCOPE, forums: 'nodes' };

/** Region results as the API keeps them: the scorecard figures and the missing links. */
function regionResults(snapshot: GraphSnapshot, scope: AnalysisScope, regions: readonly string[], computed: string[]): unknown[] {
  const view = snapshot.scoped(scope);
  return regions.map((region) => [
    view.rememberForRegion(region, 'scorecard', () => {
      computed.push(region);
      return regionFigures(view.graph, region);
    }),
    view.rememberForRegion(region, 'missingLinks', () => missingLinks(view.graph, { region })),
  ]);
}

/** Fresh results of the same network, nothing taken over. */
const freshResults = (network: Network, scope: AnalysisScope, regions: readonly string[]): unknown[] =>
  regionResults(new GraphSnapshot(2, network), scope, regions, []);

describe('GraphSnapshot region results', () => {
  const network = generatedNetwork(600, 1_800, 5);
  const regions = [...new Set(network.actors.flatMap((actor) => (actor.region === undefined ? [] : [actor.region])))].sort();
  const first = new GraphSnapshot(1, network);
  for (const scope of [DEFAULT_SCOPE, FORUMS_AS_NODES]) regionResults(first, scope, regions, []);

  it.each([
    ['the default scope (forums as ties)', DEFAULT_SCOPE],
    ['forums as nodes', FORUMS_AS_NODES],
  ])('takes over the results of untouched regions in %s, and they equal a fresh computation', (_name, scope) => {
    const random = seededRng(7);
    const pick = (): string => network.actors[Math.floor(random() * network.actors.length)]?.id ?? '';
    // The changes an editor makes, ten of each: a link added, a link removed, an actor renamed.
    const changes = Array.from({ length: 10 }, (_, round): ((n: Network) => Network)[] => [
      (n) => ({ ...n, links: [...n.links, { from: pick(), to: pick(), type: 'samenwerking' }] }),
      (n) => ({ ...n, links: n.links.filter((_link, index) => index !== 17 + 97 * round) }),
      (n) => ({ ...n, actors: n.actors.map((actor) => (actor.id === n.actors[42 + 31 * round]?.id ? { ...actor, name: `${actor.name} (nieuw)` } : actor)) }),
    ]).flat();
    let computedAll = 0;
    for (const change of changes) {
      const changed = change(network);
      const computed: string[] = [];
      const next = new GraphSnapshot(2, changed, first);
      expect(regionResults(next, scope, regions, computed)).toEqual(freshResults(changed, scope, regions));
      computedAll += computed.length;
    }
    // A change within one region and its partners' regions leaves most of the 35 alone.
    expect(computedAll).toBeGreaterThan(0);
    expect(computedAll).toBeLessThan((changes.length * regions.length) / 2);
  }, 60_000);

  it('computes everything again when the previous version has no region results', () => {
    const computed: string[] = [];
    regionResults(new GraphSnapshot(2, network, new GraphSnapshot(1, network)), DEFAULT_SCOPE, regions, computed);
    expect(computed).toEqual(regions);
  });

  it('carries a scope’s results through a version that did not ask for that scope', () => {
    const second = new GraphSnapshot(2, network, first);
    regionResults(second, DEFAULT_SCOPE, regions, []);
    const computed: string[] = [];
    regionResults(new GraphSnapshot(3, network, second), FORUMS_AS_NODES, regions, computed);
    expect(computed).toEqual([]);
  });
});

describe('GraphSnapshot scopes', () => {
  const network = generatedNetwork(60, 150, 2);
  /** Distinct scopes other than the default: every ordered pair of domains, both forum modes. */
  const scopes: AnalysisScope[] = (['nodes', 'ties'] as const).flatMap((forums) =>
    DOMAINS.flatMap((a) => DOMAINS.filter((b) => b !== a).map((b): AnalysisScope => ({ ...DEFAULT_SCOPE, forums, between: [a, b] }))),
  ).filter((scope) => !(scope.forums === 'ties' && scope.between[0] === 'SZ' && scope.between[1] === 'EZ'));

  it('keeps one view per scope, and the same scope however it is written', () => {
    const snapshot = new GraphSnapshot(1, network);
    const view = snapshot.scoped(FORUMS_AS_NODES);
    expect(snapshot.scoped({ at: null, between: ['SZ', 'EZ'], linkTypes: null, unconfirmed: true, illustrative: true, forums: 'nodes' })).toBe(view);
    expect(snapshot.scoped(DEFAULT_SCOPE)).not.toBe(view);
    expect(view.graph.order).toBeGreaterThan(snapshot.scoped(DEFAULT_SCOPE).graph.order);
  });

  it(`keeps the default scope and the ${String(KEPT_SCOPES)} most recently used others`, () => {
    expect(scopes.length).toBeGreaterThan(KEPT_SCOPES);
    const snapshot = new GraphSnapshot(1, network);
    const defaultView = snapshot.scoped(DEFAULT_SCOPE);
    const views = scopes.map((scope) => snapshot.scoped(scope));
    // Asked again: the oldest beyond the cap are made anew, the rest and the default are kept.
    const dropped = scopes.length - KEPT_SCOPES;
    scopes.slice(dropped).forEach((scope, index) => expect(snapshot.scoped(scope)).toBe(views[dropped + index]));
    expect(snapshot.scoped(DEFAULT_SCOPE)).toBe(defaultView);
    const [oldest] = scopes;
    if (oldest === undefined) throw new Error('no scopes');
    expect(snapshot.scoped(oldest)).not.toBe(views[0]);
  });
});
