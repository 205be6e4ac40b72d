/**
 * The front's last line of defence: a handler that throws or rejects (yoga or the downloads)
 * gets a 500 and the process keeps serving. Both are replaced here by a handler that fails on
 * purpose, since a real one does not fail on demand; no request reaches a database. And which
 * page answers a path: the survey form for /enquete/<token>, the explorer for other pages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { BrugkaartYoga } from '../graphql/yoga';
import { createHttpServer } from './server';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function serve(failing: () => Promise<never>): Promise<string> {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'brugkaart-front-'));
  writeFileSync(path.join(clientDir, 'index.html'), '<title>still here</title>');
  writeFileSync(path.join(clientDir, 'enquete.html'), '<title>the survey form</title>');
  const server = createHttpServer({
    yoga: failing as unknown as BrugkaartYoga,
    downloads: failing,
    reports: failing,
    maxBodyBytes: 1024,
    clientDir,
    rateLimit: { perSecond: 100, burst: 100 },
    verifiedTokens: { idOf: () => undefined },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
    () => rmSync(clientDir, { recursive: true, force: true }),
  );
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
}

describe('createHttpServer', () => {
  it.each([
    ['throws synchronously', (): Promise<never> => {
      throw new Error('boom');
    }],
    ['rejects', (): Promise<never> => Promise.reject(new Error('boom'))],
  ])('answers 500 when the GraphQL or download handler %s, and keeps serving', async (_how, failing) => {
    const url = await serve(failing);
    for (const path of ['/graphql?query={__typename}', '/export/network.json']) {
      const failed = await fetch(`${url}${path}`);
      expect(failed.status).toBe(500);
      const body = (await failed.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0]?.message).not.toContain('boom');
    }
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('still here');
  });

  const failing = (): Promise<never> => Promise.reject(new Error('not asked'));

  it.each(['GET', 'HEAD'])('answers %s /enquete/<token> with the survey form, keeping the token out of referrers and caches', async (method) => {
    const url = await serve(failing);
    const form = await fetch(`${url}/enquete/bks_Ab-9_xYz`, { method });
    expect(form.status).toBe(200);
    expect(form.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(form.headers.get('referrer-policy')).toBe('no-referrer');
    expect(form.headers.get('cache-control')).toBe('no-store');
    expect(await form.text()).toBe(method === 'GET' ? '<title>the survey form</title>' : '');
  });

  it('answers the explorer\'s other pages with index.html, without the form\'s headers, and files under /enquete/ as files', async () => {
    const url = await serve(failing);
    const explorer = await fetch(`${url}/regio/holland-rijnland`);
    expect(await explorer.text()).toBe('<title>still here</title>');
    expect(explorer.headers.get('referrer-policy')).toBeNull();
    expect(explorer.headers.get('cache-control')).toBeNull();
    // Two segments are no personal link; a dotted name is a file, and there is none.
    expect(await (await fetch(`${url}/enquete/a/b`)).text()).toBe('<title>still here</title>');
    expect((await fetch(`${url}/enquete/form.js`)).status).toBe(404);
    expect((await fetch(`${url}/enquete/x`, { method: 'POST', body: '' })).status).toBe(405);
  });
});
