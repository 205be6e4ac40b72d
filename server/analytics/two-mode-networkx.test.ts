/**
 * A published two-mode case against NetworkX (contract §6–7): Davis, Gardner & Gardner's
 * Southern Women, 18 women and the 14 events they attended, with a few direct links of our own
 * (test/fixtures/davis-southern-women.md). The expected figures were computed by NetworkX 3.6.1
 * (test/fixtures/two-mode-expected.py): forums as ties is `bipartite.projected_graph` composed
 * with the direct links, forums as nodes the whole graph.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { readNetworkJson } from '../exchange/json';
import { scopedGraph } from '../graph/scoped-graph';
import type { Network } from '../model/network';
import { formatProblem } from '../model/parse-network';
import { checkScope, type AnalysisScope, type ScopeRequest } from '../model/scope';
import type { BrokerageRoles } from './brokerage';
import { analyseNetwork } from './analyse-network';
import { pairsMeetingOnlyIn } from './forums';

interface ExpectedActor {
  readonly degree: number;
  readonly betweenness: number;
  readonly szEzBridging: number;
  readonly bridging: number;
  readonly brokerage: BrokerageRoles;
  readonly constraint: number | null;
  readonly effectiveSize: number | null;
}

interface ExpectedCase {
  readonly name: string;
  readonly scope: ScopeRequest;
  readonly graph: { readonly nodes: number; readonly edges: number };
  readonly actors: Readonly<Record<string, ExpectedActor>>;
  readonly components: readonly (readonly string[])[];
  readonly eiIndex: number | null;
  readonly missingLinks: readonly { readonly from: string; readonly to: string; readonly score: number; readonly sharedPartners: readonly string[] }[];
  readonly forums: readonly {
    readonly id: string;
    readonly members: readonly string[];
    readonly domains: Readonly<Record<string, number>>;
    readonly szEzPairs: number;
    readonly onlyBridge: number;
    readonly onlyBridgePairs: readonly { readonly from: string; readonly to: string }[];
  }[];
}

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

function loadDavis(): Network {
  const parsed = readNetworkJson(fixture('davis-southern-women.json'));
  if (!parsed.ok) throw new Error(`davis-southern-women.json is invalid:\n${parsed.problems.map(formatProblem).join('\n')}`);
  return parsed.network;
}

const DAVIS = loadDavis();
const EXPECTED = (JSON.parse(fixture('two-mode-expected.json')) as { cases: ExpectedCase[] }).cases;

function scopeOf(request: ScopeRequest): AnalysisScope {
  const checked = checkScope(request, 'two-mode-expected.json');
  if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('\n'));
  return checked.scope;
}

/** NetworkX and brugkaart add the same terms in other orders: equal to within 1e-9. */
const TOLERANCE = 1e-9;
function expectClose(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).toBeTypeOf('number');
  expect(Math.abs((actual ?? Number.NaN) - expected), `${what}: ${String(actual)} vs NetworkX ${String(expected)}`).toBeLessThanOrEqual(TOLERANCE);
}

/** Domain counts with the empty domains left out (the report may or may not list zeros). */
const present = (domains: Readonly<Record<string, number>>): Record<string, number> => Object.fromEntries(Object.entries(domains).filter(([, count]) => count > 0));

describe('Southern Women (Davis, Gardner & Gardner 1941) against NetworkX', () => {
  it('is the published data set: 18 women, 14 events, 89 attendances, plus our seven links', () => {
    expect(DAVIS.actors.filter(({ type }) => type === 'rol')).toHaveLength(18);
    expect(DAVIS.actors.filter(({ type }) => type === 'overleg')).toHaveLength(14);
    expect(DAVIS.links.filter(({ type }) => type === 'lidmaatschap')).toHaveLength(89);
    expect(DAVIS.links).toHaveLength(96);
    expect(EXPECTED.map(({ name }) => name)).toContain('forums as ties (the default)');
    expect(EXPECTED.map(({ name }) => name)).toContain('forums as nodes');
  });

  describe.each(EXPECTED)('$name', (expected) => {
    const scope = scopeOf(expected.scope);
    const report = analyseNetwork(DAVIS, { scope });

    it('builds the same graph', () => {
      const { graph } = scopedGraph(DAVIS, scope);
      expect({ nodes: graph.order, edges: graph.size }).toEqual(expected.graph);
      expect(report.scope).toMatchObject({ forums: scope.forums, between: scope.between, region: null });
    });

    it('reports the same actors: with forums as ties, the women only', () => {
      expect(report.actors.map(({ id }) => id)).toEqual(Object.keys(expected.actors).sort());
    });

    it('gives each actor the degree, betweenness, bridging, brokerage, constraint and effective size NetworkX gives', () => {
      for (const actor of report.actors) {
        const want = expected.actors[actor.id];
        if (want === undefined) throw new Error(`${actor.id} is not in the expected figures`);
        expect(actor.degree, `${actor.id} degree`).toBe(want.degree);
        expectClose(actor.betweenness, want.betweenness, `${actor.id} betweenness`);
        expectClose(actor.szEzBridging, want.szEzBridging, `${actor.id} szEzBridging`);
        expectClose(actor.bridging, want.bridging, `${actor.id} bridging ${scope.between.join('–')}`);
        expect(actor.brokerage, `${actor.id} brokerage`).toEqual(want.brokerage);
        expectClose(actor.constraint, want.constraint, `${actor.id} constraint`);
        expectClose(actor.effectiveSize, want.effectiveSize, `${actor.id} effectiveSize`);
      }
    });

    it('finds the same components, largest first, and the same E–I index', () => {
      expect(report.components).toEqual(expected.components);
      for (const actor of report.actors) expect(expected.components[actor.component], actor.id).toContain(actor.id);
      expectClose(report.eiIndex, expected.eiIndex, 'eiIndex');
    });

    it("suggests the same missing links between the scope's two domains, scored by Adamic–Adar", () => {
      expect(report.missingLinks.map(({ from, to, sharedPartners }) => ({ from, to, sharedPartners }))).toEqual(
        expected.missingLinks.map(({ from, to, sharedPartners }) => ({ from, to, sharedPartners })),
      );
      report.missingLinks.forEach((link, index) => expectClose(link.score, expected.missingLinks[index]?.score ?? null, `${link.from}→${link.to} score`));
    });

    it('ranks the same forums with the same members, pairs and pairs that meet only there', () => {
      expect(report.forums.map(({ id, members, domains, szEzPairs, onlyBridge }) => ({ id, members, domains: present(domains), szEzPairs, onlyBridge }))).toEqual(
        expected.forums.map(({ id, members, domains, szEzPairs, onlyBridge }) => ({ id, members, domains, szEzPairs, onlyBridge })),
      );
      const scoped = scopedGraph(DAVIS, scope);
      for (const forum of expected.forums) expect(pairsMeetingOnlyIn(scoped, forum.id), forum.id).toEqual(forum.onlyBridgePairs);
    });
  });
});
