/**
 * Downloads where anonymous reading is off (BRUGKAART_ANONYMOUS_READ=false, as in production):
 * the explorer asks for a token, and its JSON/CSV/GEXF links then send that token, so a
 * download works although the bare link is refused.
 */
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, openExplorer, startBrugkaart, waitForState, type Browser, type RunningApp } from '../helpers/e2e';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // startBrugkaart passes this process's environment to `npm start`; this file runs in its own worker.
  process.env['BRUGKAART_ANONYMOUS_READ'] = 'false';
  try {
    app = await startBrugkaart();
  } finally {
    delete process.env['BRUGKAART_ANONYMOUS_READ'];
  }
  browser = await launchBrowser();
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('downloads with anonymous reading off', () => {
  it('refuses the bare link, and the explorer signed in with a token downloads the file', async () => {
    expect((await fetch(new URL('/export/network.json', app.url))).status).toBe(401);

    await page.goto(app.url);
    await page.getByTestId('token-input').fill(app.adminToken);
    // Signing in reloads the page (same URL, so waitForURL would not wait): wait for that load
    // to finish before navigating again, or the navigation aborts the reload (ERR_ABORTED).
    const reloaded = page.waitForEvent('framenavigated');
    await page.getByTestId('token-submit').click();
    await reloaded;
    await page.waitForLoadState('load');
    await openExplorer(page, app.url);
    await page.getByTestId('tab-netwerk').click();
    await waitForState(page, (state) => state.mode === 'netwerk' && state.side === 'mode');
    await page.getByTestId('open-export').click();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-network.json').click()]);
    expect(download.suggestedFilename()).toBe('brugkaart-network.json');
    const network = JSON.parse(readFileSync(await download.path(), 'utf8')) as { actors: unknown[]; links: unknown[] };
    expect(network.actors.length).toBeGreaterThan(10);
    expect(network.links.length).toBeGreaterThan(10);
  });
});
