/**
 * Beleidseilanden in the explorer, for an island no suggested link reaches (Zuid-Limburg on the
 * seed): its repair lists the fallback links under their own label, in both languages, and the
 * map emphasises their partners. Screenshot: test-results/screenshots/eilanden-fallback.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphqlAt, saveScreenshot, startExplorer, stopExplorer, waitForState, type Browser, type RunningApp } from '../helpers/e2e';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser, page } = await startExplorer());
});

afterAll(() => stopExplorer(browser, app));

interface Island {
  members: { id: string }[];
  repair: { status: string; fallback: { to: { id: string; name: string } }[] };
}

describe('an island without a shared partner', () => {
  it('shows the fallback links apart from the repair, and the partners on the map', async () => {
    const api = await graphqlAt<{ islands: { islands: Island[] } }>(
      app.url,
      '{ islands { islands { members { id } repair { status fallback { to { id name } } } } } }',
    );
    const index = api.islands.islands.findIndex((island) => island.members.some((member) => member.id === 'maastricht-wi'));
    const fallback = api.islands.islands[index]?.repair.fallback ?? [];
    expect(fallback.length).toBeGreaterThan(0);

    await page.getByTestId('tab-eilanden').click();
    await waitForState(page, (state) => state.mode === 'eilanden' && state.side === 'mode');
    const island = page.getByTestId('island').nth(index);
    await island.locator('button').first().click();
    const state = await waitForState(page, (current) => (current.emphasis?.nodes.length ?? 0) > 0);
    expect(state.emphasis?.nodes).toEqual(expect.arrayContaining(fallback.map((suggestion) => suggestion.to.id)));

    const block = island.getByTestId('island-fallback');
    await expect.poll(() => block.textContent()).toContain('Geen gedeelde partner: voorstel op grond van wat de verbinding doet');
    const links = block.getByTestId('island-fallback-link');
    expect(await links.count()).toBe(fallback.length);
    expect(await links.first().textContent()).toContain(fallback[0]?.to.name);
    expect(await links.first().textContent()).toContain('SZ–EZ-paren binnen twee stappen');
    await block.scrollIntoViewIfNeeded();
    await page.waitForTimeout(700);
    await saveScreenshot(page, 'eilanden-fallback');

    await page.getByTestId('lang-en').click();
    await waitForState(page, (current) => current.language === 'en');
    await expect.poll(() => block.textContent()).toContain('No shared partner: suggestion based on what the link would do');
    expect(browser.errors).toEqual([]);
  });
});
