/**
 * The scope flags of the analyze command (contract §6–7), on the Southern Women two-mode case
 * (test/fixtures/davis-southern-women.md): each flag reaches the analysis, the report states its
 * scope, and a bad flag is refused naming it.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { analyseNetwork } from '../../server/analytics/analyse-network';
import { runAnalyze } from '../../server/cli/analyze-command';
import { readNetworkJson } from '../../server/exchange/json';
import type { Network } from '../../server/model/network';
import { checkScope, type ScopeRequest } from '../../server/model/scope';

const DAVIS_FILE = new URL('../fixtures/davis-southern-women.json', import.meta.url).pathname;

function loadDavis(): Network {
  const parsed = readNetworkJson(readFileSync(DAVIS_FILE, 'utf8'));
  if (!parsed.ok) throw new Error('davis-southern-women.json is invalid');
  return parsed.network;
}
const DAVIS = loadDavis();

interface Report {
  scope: { forums: string; region: string | null; illustrative: boolean; unconfirmed: boolean; linkTypes: string[] | null; between: string[] };
  actors: { id: string; bridging: number }[];
  missingLinks: { from: string; to: string }[];
  forums: { id: string; onlyBridge: number }[];
}

async function analyze(...flags: string[]): Promise<Report> {
  const result = await runAnalyze([DAVIS_FILE, ...flags]);
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

/** The report the analytics give for a scope request, through JSON as the command prints it. */
function expectedReport(request: ScopeRequest): Report {
  const checked = checkScope(request, 'test');
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return JSON.parse(JSON.stringify(analyseNetwork(DAVIS, { scope: checked.scope }))) as Report;
}

describe('analyze: scope flags (contract §7)', () => {
  it('runs forums as ties by default and says so: the women only, the events ranked as forums', async () => {
    const report = await analyze();
    expect(report.scope).toEqual({ forums: 'ties', region: null, illustrative: true, unconfirmed: true, linkTypes: null, between: ['SZ', 'EZ'], at: null });
    expect(report.actors).toHaveLength(18);
    expect(report.actors.every(({ id }) => id.startsWith('w'))).toBe(true);
    expect(report.forums).toHaveLength(14);
    expect(report).toEqual(expectedReport({}));
  });

  it('--forums nodes keeps the events as nodes', async () => {
    const report = await analyze('--forums', 'nodes');
    expect(report.scope.forums).toBe('nodes');
    expect(report.actors).toHaveLength(32);
    expect(report).toEqual(expectedReport({ forums: 'nodes' }));
    expect(await analyze('--forums=nodes')).toEqual(report);
  });

  it('--without-illustrative and --without-unconfirmed drop what they name', async () => {
    const report = await analyze('--without-illustrative', '--without-unconfirmed');
    expect(report.scope).toMatchObject({ illustrative: false, unconfirmed: false });
    expect(report).toEqual(expectedReport({ illustrative: false, unconfirmed: false }));
    expect(report).not.toEqual(await analyze());
  });

  it('--link-types keeps only those types, in the vocabulary order', async () => {
    const report = await analyze('--link-types', 'lidmaatschap,samenwerking');
    expect(report.scope.linkTypes).toEqual(['samenwerking', 'lidmaatschap']);
    const membershipsOnly = await analyze('--link-types=lidmaatschap');
    expect(membershipsOnly.scope.linkTypes).toEqual(['lidmaatschap']);
    expect(membershipsOnly).toEqual(expectedReport({ linkTypes: ['lidmaatschap'] }));
    // Without the direct links, Evelyn–Helen meet only at E8 again: 13 such pairs instead of 12.
    expect(membershipsOnly.forums.find(({ id }) => id === 'e08')?.onlyBridge).toBe(13);
    expect(report.forums.find(({ id }) => id === 'e08')?.onlyBridge).toBe(12);
  });

  it('--between gives bridging and missing links for another pair of domains', async () => {
    const report = await analyze('--between', 'SZ,ONDERWIJS');
    expect(report.scope.between).toEqual(['SZ', 'ONDERWIJS']);
    expect(report).toEqual(expectedReport({ between: ['SZ', 'ONDERWIJS'] }));
    const onderwijs = new Set(['w16-dorothy', 'w17-olivia', 'w18-flora']);
    expect(report.missingLinks.length).toBeGreaterThan(0);
    for (const link of report.missingLinks) expect(onderwijs.has(link.to), `${link.from}→${link.to}`).toBe(true);
    expect(report.actors.map(({ bridging }) => bridging)).not.toEqual((await analyze()).actors.map(({ bridging }) => bridging));
  });

  it.each([
    [['--between', 'SZ'], '--between'],
    [['--between', 'SZ,SZ'], '--between'],
    [['--between', 'SZ,ZORG'], 'ZORG'],
    [['--link-types', 'samenwerking,vriendschap'], 'vriendschap'],
    [['--forums', 'both'], '--forums'],
    [['--forums'], '--forums'],
  ])('refuses %j naming what is wrong', async (flags, named) => {
    const result = await runAnalyze([DAVIS_FILE, ...flags]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(named);
  });
});
