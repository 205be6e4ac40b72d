/**
 * The e2e test hook stays out of production builds: the client is built twice with vite's API
 * into temporary folders, once as `npm run build:client` builds it and once as the e2e helper
 * does (VITE_BRUGKAART_TEST_HOOK=true), and the output is searched for the hook's global name.
 * The test build must have it, so the search is shown to find it where it is.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

import { PROJECT_ROOT } from '../../server/config';

const HOOK_GLOBAL = '__brugkaart';
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Builds the client into a fresh folder and returns every emitted file's text, by name. */
async function buildClient(testHook: boolean): Promise<Map<string, string>> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'brugkaart-client-build-'));
  folders.push(outDir);
  const before = process.env['VITE_BRUGKAART_TEST_HOOK'];
  if (testHook) process.env['VITE_BRUGKAART_TEST_HOOK'] = 'true';
  else delete process.env['VITE_BRUGKAART_TEST_HOOK'];
  try {
    await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env['VITE_BRUGKAART_TEST_HOOK'];
    else process.env['VITE_BRUGKAART_TEST_HOOK'] = before;
  }
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [path.join(entry.parentPath, entry.name), readFileSync(path.join(entry.parentPath, entry.name), 'utf8')]));
}

const filesWith = (output: Map<string, string>, text: string): string[] => [...output].filter(([, content]) => content.includes(text)).map(([name]) => path.basename(name));

describe('the client build', () => {
  it('has no test hook in production, and has it in the e2e test build', { timeout: 180_000 }, async () => {
    const production = await buildClient(false);
    expect([...production.keys()].some((name) => name.endsWith('.js'))).toBe(true);
    expect(filesWith(production, HOOK_GLOBAL)).toEqual([]);
    expect(filesWith(production, 'test-hook')).toEqual([]);
    const testBuild = await buildClient(true);
    expect(filesWith(testBuild, HOOK_GLOBAL).length).toBeGreaterThan(0);
  });
});
