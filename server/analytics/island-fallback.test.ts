import { describe, expect, it } from 'vitest';

import { toGraph, withLinks } from '../graph/to-graphology';
import type { Actor, Domain, Network } from '../model/network';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { components } from './components';
import { islandFallback, partnerDomains } from './island-fallback';
import { repairIslands } from './island-repair';
import { missingLinks } from './missing-links';
import { networkFigures } from './network-figures';
import { islandReason, policyIslands } from './policy-islands';
import { szEzWithinTwoSteps } from './sz-ez-reach';

const actor = (id: string, domain: Domain, region?: string): Actor => ({
  id,
  name: id,
  type: domain === 'EZ' ? 'werkgever' : domain === 'ONDERWIJS' ? 'onderwijs' : domain === 'SZ' ? 'gemeente' : 'koepel',
  domain,
  ...(region === undefined ? {} : { region }),
});

/**
 * An SZ island in region zuid that shares no partner with anyone (a component of its own):
 *
 *   island (zuid): sz-1 – sz-2 – sz-3 – sz-1 (triangle), sz-4 – sz-1
 *
 *   mainland:  sz-z (SZ, zuid) – ez-z1 (EZ, zuid) – ez-z2 (EZ, zuid) – nat-ez (EZ, no region)
 *              on-z (ONDERWIJS, zuid) – sz-z, ez-z1, ez-z2
 *              nat-ez – ez-n (EZ, noord), sz-n (SZ, noord), ov-n (OVERIG, noord)
 *              nat-local (EZ, no region) – sz-n, ez-n;  sz-n – ez-n
 *
 * Partners of the island (other domain EZ): ez-z1 and ez-z2 (region zuid) and nat-ez (no region,
 * linked to zuid and noord). Not: ez-n (noord), nat-local (linked to noord only), sz-z and on-z
 * (not EZ).
 */
const network: Network = {
  actors: [
    actor('sz-1', 'SZ', 'zuid'),
    actor('sz-2', 'SZ', 'zuid'),
    actor('sz-3', 'SZ', 'zuid'),
    actor('sz-4', 'SZ', 'zuid'),
    actor('sz-z', 'SZ', 'zuid'),
    actor('ez-z1', 'EZ', 'zuid'),
    actor('ez-z2', 'EZ', 'zuid'),
    actor('on-z', 'ONDERWIJS', 'zuid'),
    actor('nat-ez', 'EZ'),
    actor('nat-local', 'EZ'),
    actor('ez-n', 'EZ', 'noord'),
    actor('sz-n', 'SZ', 'noord'),
    actor('ov-n', 'OVERIG', 'noord'),
  ],
  links: [
    ['sz-1', 'sz-2'], ['sz-2', 'sz-3'], ['sz-3', 'sz-1'], ['sz-4', 'sz-1'],
    ['sz-z', 'ez-z1'], ['ez-z1', 'ez-z2'], ['ez-z2', 'nat-ez'],
    ['on-z', 'sz-z'], ['on-z', 'ez-z1'], ['on-z', 'ez-z2'],
    ['nat-ez', 'ez-n'], ['nat-ez', 'sz-n'], ['nat-ez', 'ov-n'],
    ['nat-local', 'sz-n'], ['nat-local', 'ez-n'], ['sz-n', 'ez-n'],
  ].map(([from = '', to = '']) => ({ from, to, type: 'samenwerking' })),
};
const graph = toGraph(network);

describe('islandFallback: a way out for an island without a shared partner', () => {
  const islands = policyIslands(graph);
  const [repair] = repairIslands(graph, islands, missingLinks(graph));

  it('finds the island and no Adamic–Adar candidate for it', () => {
    expect(islands.map((island) => island.members)).toEqual([['sz-1', 'sz-2', 'sz-3', 'sz-4']]);
    expect(repair?.status).toBe('no-candidate');
    expect(repair?.links).toEqual([]);
  });

  it('ranks the partners by the SZ–EZ pairs the link brings within two steps, then the partner’s degree', () => {
    // Every member is SZ and every neighbour of a member is SZ, so a link m–c brings within two
    // steps {m, c}, the SZ neighbours of m with c, and m with the EZ neighbours of c:
    // 1 + SZ-degree(m) + EZ-degree(c). The best member is sz-1 (3 SZ neighbours), 4 + EZ-degree(c):
    //   nat-ez: EZ neighbours ez-z2, ez-n  → 6, degree 4
    //   ez-z2:  EZ neighbours ez-z1, nat-ez → 6, degree 3
    //   ez-z1:  EZ neighbour ez-z2         → 5
    // All three join the island's component to the mainland; the tie at 6 goes to the higher degree.
    expect(repair?.fallback.map(({ from, to, national, szEzPairsGained, joinsComponents }) => ({ from, to, national, szEzPairsGained, joinsComponents }))).toEqual([
      { from: 'sz-1', to: 'nat-ez', national: true, szEzPairsGained: 6, joinsComponents: true },
      { from: 'sz-1', to: 'ez-z2', national: false, szEzPairsGained: 6, joinsComponents: true },
      { from: 'sz-1', to: 'ez-z1', national: false, szEzPairsGained: 5, joinsComponents: true },
    ]);
  });

  it('gives the what-if figures of each link on its own', () => {
    // Island: E 0 → 1, I = 4, E–I −3/5: still an island by the default rule (≤ −0.5).
    for (const suggestion of repair?.fallback ?? []) {
      expect(suggestion.islandAfter).toEqual({ externalLinks: 1, internalLinks: 4, eiIndex: -3 / 5, island: true });
    }
    // Network before: 13 actors, 16 links (8 between domains, 8 within: E–I 0), 2 components.
    // SZ 6 × EZ 5 = 30 pairs; within two steps: sz-z reaches ez-z1, ez-z2 (2); sz-n reaches
    // nat-ez, nat-local, ez-n and ez-z2 via nat-ez (4): 6/30. One SZ–EZ link more: E–I 1/17,
    // one component.
    expect(repair?.network.before).toEqual({ actors: 13, links: 16, components: 2, eiIndex: 0, szEzWithinTwoSteps: 6 / 30, islands: 1 });
    const after = { actors: 13, links: 17, components: 1, eiIndex: 1 / 17 };
    expect(repair?.fallback.map((suggestion) => suggestion.networkAfter)).toEqual([
      { ...after, szEzWithinTwoSteps: 12 / 30 },
      { ...after, szEzWithinTwoSteps: 12 / 30 },
      { ...after, szEzWithinTwoSteps: 11 / 30 },
    ]);
  });

  it('works the figures out as networkFigures and the island rule give them on the graph with the link', () => {
    for (const suggestion of repair?.fallback ?? []) {
      const linked = withLinks(graph, [suggestion]);
      const { islands: _islands, ...figures } = networkFigures(linked);
      expect(suggestion.networkAfter).toEqual(figures);
      const reason = islandReason(linked, ['sz-1', 'sz-2', 'sz-3', 'sz-4']);
      expect(suggestion.islandAfter).toEqual({ externalLinks: reason?.externalLinks, internalLinks: reason?.internalLinks, eiIndex: reason?.eiIndex, island: reason !== undefined });
    }
    // Closed only at E–I ≤ −0.7: one link (−3/5) opens the island.
    const rule = { minMembers: 3, maxEiIndex: -0.7, minDominantShare: 0.75 };
    const [opened] = repairIslands(graph, policyIslands(graph, { rule }), missingLinks(graph), { rule });
    expect(opened?.fallback[0]?.islandAfter).toEqual({ externalLinks: 1, internalLinks: 4, eiIndex: -3 / 5, island: false });
    expect(islandReason(withLinks(graph, opened?.fallback.slice(0, 1) ?? []), ['sz-1', 'sz-2', 'sz-3', 'sz-4'], rule)).toBeUndefined();
  });

  it('says in the description that suggestions of another kind follow', () => {
    expect(repair?.description.nl).toMatch(/^Geen kandidaat in de ranglijst: .* Zonder gedeelde partner zijn er 3 voorstellen op grond van wat de verbinding doet\.$/);
    expect(repair?.description.en).toMatch(/^No candidate in the ranking: .* Without a shared partner there are 3 suggestions based on what the link would do\.$/);
  });

  it('keeps the best partners only', () => {
    const island = islands[0];
    if (island === undefined) throw new Error('no island');
    expect(islandFallback(graph, island, components(graph), 2).map((link) => link.to)).toEqual(['nat-ez', 'ez-z2']);
  });

  it('opens an SZ island towards EZ, an EZ island towards SZ, any other towards both', () => {
    expect(partnerDomains('SZ')).toEqual(['EZ']);
    expect(partnerDomains('EZ')).toEqual(['SZ']);
    expect(partnerDomains('ONDERWIJS')).toEqual(['SZ', 'EZ']);
    expect(partnerDomains('OVERIG')).toEqual(['SZ', 'EZ']);
  });
});

describe('islandFallback on test/fixtures/two-islands', () => {
  const twoIslands = toGraph(loadFixture('two-islands'));
  const islands = policyIslands(twoIslands);
  const [triangle, szGroup] = repairIslands(twoIslands, islands, missingLinks(twoIslands));

  it('leaves an island with Adamic–Adar candidates to the ranking, though partners exist', () => {
    const group = islands[1];
    if (group === undefined) throw new Error('no SZ group');
    expect(szGroup?.status).toBe('repaired');
    expect(szGroup?.fallback).toEqual([]);
    expect(islandFallback(twoIslands, group, components(twoIslands)).length).toBeGreaterThan(0);
  });

  it('proposes nothing when no actor of the other domain is near, and says only that', () => {
    // The triangle (EZ, region zuid): no SZ actor in zuid, no national actor at all.
    expect(triangle?.status).toBe('no-candidate');
    expect(triangle?.fallback).toEqual([]);
    expect(triangle?.description.en).toBe(
      'No candidate in the ranking: no actor in this group shares a partner with an actor outside it in the other domain (SZ–EZ).',
    );
  });

  it('counts exactly the change in SZ–EZ pairs within two steps, for every group and partner', () => {
    // Every group of two or more (any E–I, any mix) and its partners: the local count against the
    // whole-network figure recomputed with the link (7 SZ × 6 EZ = 42 pairs). By hand for the SZ
    // group's best, sz-b–m-ez2: {sz-b, m-ez2}, sz-a/sz-c/sz-d with m-ez2, sz-b with m-ez1 and
    // m-ez3 would be 6, but sz-a already reaches m-ez2 through m-sz1: 5.
    const everyGroup = policyIslands(twoIslands, { rule: { minMembers: 2, maxEiIndex: 1, minDominantShare: 0 } });
    const pieces = components(twoIslands);
    const before = szEzWithinTwoSteps(twoIslands) ?? 0;
    const checked = everyGroup.flatMap((group) =>
      islandFallback(twoIslands, group, pieces, Infinity).map((link) => ({
        link: `${link.from}–${link.to}`,
        counted: link.szEzPairsGained,
        recomputed: Math.round(((szEzWithinTwoSteps(withLinks(twoIslands, [link])) ?? 0) - before) * 42),
      })),
    );
    expect(checked).toContainEqual({ link: 'sz-b–m-ez2', counted: 5, recomputed: 5 });
    expect(checked.length).toBeGreaterThanOrEqual(6);
    for (const { link, counted, recomputed } of checked) expect({ link, counted }).toEqual({ link, counted: recomputed });
  });
});
