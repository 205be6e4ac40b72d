/**
 * The date flags of the analyze command (contract §8) on test/fixtures/dated-network.json, whose
 * figures are worked out by hand in server/analytics/compare-days.test.ts: `--at` and `--compare`
 * reach the analytics, and a bad day is refused naming the flag.
 */
import { describe, expect, it } from 'vitest';

import { analyseNetwork } from '../../server/analytics/analyse-network';
import { compareNetworks } from '../../server/analytics/compare-days';
import { runAnalyze } from '../../server/cli/analyze-command';
import { DEFAULT_SCOPE } from '../../server/model/scope';
import { fixturePath, loadFixture } from '../fixtures/load-fixture';

const FILE = fixturePath('dated-network');
const network = loadFixture('dated-network');

async function printed(...flags: string[]): Promise<unknown> {
  const result = await runAnalyze([FILE, ...flags]);
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout);
}

async function refusal(...flags: string[]): Promise<string> {
  const result = await runAnalyze([FILE, ...flags]);
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe('');
  return result.stderr.split('\n')[0] ?? '';
}

const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('analyze --at and --compare (contract §8)', () => {
  it('--at prints the report of the network on that day, and says which day', async () => {
    const report = (await printed('--at', '2021-01-01')) as { scope: { at: string }; actors: { id: string }[] };
    expect(report.scope.at).toBe('2021-01-01');
    expect(report.actors.map((actor) => actor.id).sort()).toEqual(['e1', 'e2', 's1', 's2', 'w', 'z1', 'z2', 'z3']);
    expect(report).toEqual(throughJson(analyseNetwork(network, { scope: { ...DEFAULT_SCOPE, at: '2021-01-01' } })));
  });

  it('--at combines with the other scope flags', async () => {
    const report = (await printed('--at=2023-01-01', '--between', 'EZ,ONDERWIJS')) as { scope: { at: string; between: string[] } };
    expect(report.scope).toMatchObject({ at: '2023-01-01', between: ['EZ', 'ONDERWIJS'] });
  });

  it('--compare prints what changed between the two days', async () => {
    const comparison = (await printed('--compare', '2021-01-01,2023-01-01')) as { actors: { came: string[]; went: string[] }; realisedSuggestions: unknown[] };
    expect(comparison).toEqual(throughJson(compareNetworks(network, '2021-01-01', '2023-01-01', { scope: DEFAULT_SCOPE })));
    expect(comparison.actors.went).toEqual(['w']);
    expect(comparison.realisedSuggestions).toHaveLength(1);
  });

  it('refuses a day that is not a real YYYY-MM-DD, days in the wrong order, and --at with --compare', async () => {
    expect(await refusal('--at', '2021-02-30')).toBe('analyze: --at: must be a real day as YYYY-MM-DD, got "2021-02-30"');
    expect(await refusal('--at', '2021')).toBe('analyze: --at: must be a real day as YYYY-MM-DD, got "2021"');
    expect(await refusal('--compare', '2021-01-01')).toBe('analyze: --compare takes two real days as FROM,TO (YYYY-MM-DD), got "2021-01-01"');
    expect(await refusal('--compare', '2023-01-01,2021-01-01')).toBe('analyze: --compare: TO (2021-01-01) is before FROM (2023-01-01); give the earlier day first');
    expect(await refusal('--compare', '2021-01-01,2023-01-01', '--at', '2022-01-01')).toBe('analyze: --compare and --at cannot be combined: --compare gives both days');
  });
});
