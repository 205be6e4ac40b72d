import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { runAnalyze } from '../../server/cli/analyze-command';
import { fixturePath } from '../fixtures/load-fixture';

const csvFolder = new URL('../fixtures/two-islands-csv', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'brugkaart-analyze-'));
const writeScratch = (name: string, text: string): string => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe('analyze command (contract §5)', () => {
  it('prints the JSON report of a network file and exits 0', async () => {
    const result = await runAnalyze([fixturePath('two-islands')]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { actors: unknown[]; missingLinks: unknown[] };
    expect(report.actors).toHaveLength(15);
    expect(report.missingLinks).toHaveLength(5);
  });

  it('reads a folder with the CSV pair to the same report', async () => {
    const fromCsv = await runAnalyze([csvFolder]);
    const fromJson = await runAnalyze([fixturePath('two-islands')]);
    expect(fromCsv.exitCode).toBe(0);
    expect(fromCsv.stdout).toBe(fromJson.stdout);
  });

  it('filters missing links by region and takes a seed', async () => {
    const result = await runAnalyze([fixturePath('two-islands'), '--region=zuid', '--seed=3']);
    expect(JSON.parse(result.stdout)).toMatchObject({ missingLinks: [] });
  });

  it('refuses a missing file, a folder without the CSV pair, bad JSON and an invalid network', async () => {
    const missing = await runAnalyze([join(scratch, 'nope.json')]);
    expect(missing).toMatchObject({ exitCode: 1, stdout: '' });
    expect(missing.stderr).toContain('does not exist');

    expect((await runAnalyze([scratch])).stderr).toContain('must hold both actors.csv and links.csv');

    const notJson = await runAnalyze([writeScratch('broken.json', '{ "actors": [')]);
    expect(notJson.exitCode).toBe(1);
    expect(notJson.stderr).toContain('is not valid JSON');

    const dangling = writeScratch(
      'dangling.json',
      JSON.stringify({
        actors: [{ id: 'a', name: 'A', type: 'gemeente', domain: 'SZ' }],
        links: [{ from: 'a', to: 'ghost', type: 'samenwerking' }],
      }),
    );
    const invalid = await runAnalyze([dangling]);
    expect(invalid.exitCode).toBe(1);
    expect(invalid.stderr).toContain('links[0]');
  });

  it('explains its arguments when they are wrong', async () => {
    for (const args of [[], ['a.json', 'b.json'], ['--colour', 'a.json'], ['--seed=x', 'a.json']]) {
      const result = await runAnalyze(args);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('usage: npm run --silent analyze -- FILE');
    }
  });

  it('runs as a process: report on stdout and exit 0, reason on stderr and exit 1', async () => {
    const run = promisify(execFile);
    const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
    const entry = new URL('../../server/cli/analyze.ts', import.meta.url).pathname;
    const { stdout } = await run(tsx, [entry, fixturePath('kite')]);
    expect((JSON.parse(stdout) as { actors: unknown[] }).actors).toHaveLength(10);
    await expect(run(tsx, [entry, join(scratch, 'nope.json')])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('does not exist') as unknown,
    });
  }, 30_000);
});
