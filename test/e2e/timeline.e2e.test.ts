/**
 * The timeline under the map (issue 15) end to end: brugkaart started as the README starts it,
 * with the seed network, in Debian's Chromium at 1280×800. Moving the timeline to 2019 sets the
 * scope's day, lowers the counts and changes the drawing (what is not there yet fades out, in
 * place); End goes to today and "Alles" brings the whole network back. "Wat veranderde er?"
 * lists what came between 2019 and today as the API's `compare` does. The assertions compare
 * the page with itself and with the API, never with fixed seed numbers, so they hold while the
 * seed gains dates. Screenshots: test-results/screenshots/timeline-2019.png, timeline-today.png
 * and timeline-changes.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphqlAt, saveScreenshot, startExplorer, stopExplorer, type Browser, type RunningApp } from '../helpers/e2e';

interface TimelineHook {
  readonly __brugkaart?: {
    state(): { readonly scope: { readonly at: string | null }; readonly measuresReady: boolean } | null;
    stats(): { readonly visibleNodes: number; readonly shownLinks: number; readonly fading: number } | null;
  };
}

let app: RunningApp;
let browser: Browser;
let page: Page;
/** Errors thrown in the page (a fade's frame that fails stops the fade halfway). */
const pageErrors: string[] = [];

const at = (): Promise<string | null> =>
  page.evaluate(() => {
    const state = (globalThis as unknown as TimelineHook).__brugkaart?.state();
    if (state === null || state === undefined) throw new Error('The explorer is not ready');
    return state.scope.at;
  });

/** The map's figures once the fade of the last move has finished. */
async function drawn(): Promise<{ readonly actors: number; readonly links: number }> {
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as TimelineHook).__brugkaart?.stats()?.fading ?? -1)).toBe(0);
  return page.evaluate(() => {
    const stats = (globalThis as unknown as TimelineHook).__brugkaart?.stats();
    if (stats === null || stats === undefined) throw new Error('The explorer is not ready');
    return { actors: stats.visibleNodes, links: stats.shownLinks };
  });
}

/** Waits until the map, its measures and the side panel all show the current day: what a screenshot should catch. */
async function settled(): Promise<void> {
  await drawn();
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as TimelineHook).__brugkaart?.state()?.measuresReady ?? false)).toBe(true);
  await expect.poll(() => page.locator('#side .loading').count()).toBe(0);
}

/** Today as the browser names it (the same machine and time zone). */
function today(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The map's pixels (the sigma canvases, not the panels). */
const mapPixels = async (): Promise<Buffer> => page.locator('#graph').screenshot();

const slider = () => page.getByTestId('timeline-slider');

/** Moves the slider with the keyboard until its month is in `year`. */
async function moveToYear(year: string): Promise<void> {
  await slider().focus();
  await page.keyboard.press('End');
  for (let step = 0; step < 60; step += 1) {
    const day = await at();
    if (day !== null && day.slice(0, 4) <= year) break;
    await page.keyboard.press('PageDown');
  }
  await expect.poll(at).toMatch(new RegExp(`^${year}-`));
}

beforeAll(async () => {
  ({ app, browser, page } = await startExplorer());
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(() => stopExplorer(browser, app));

describe('the timeline', () => {
  it('starts on "Alles": no day, the whole network', async () => {
    expect(await at()).toBeNull();
    expect(await page.getByTestId('timeline-all').getAttribute('aria-pressed')).toBe('true');
    const { actors } = await graphqlAt<{ actors: { totalCount: number } }>(app.url, '{ actors(limit: 1) { totalCount } }');
    expect((await drawn()).actors).toBe(actors.totalCount);
  });

  it('moved to 2019, shows fewer links, counts them and draws a different map', async () => {
    const whole = await drawn();
    const wholeCounts = await page.getByTestId('timeline-counts').textContent();
    const wholePixels = await mapPixels();

    await moveToYear('2019');
    const day = await at();
    expect(day).toMatch(/^2019-\d{2}-\d{2}$/);
    expect(await slider().getAttribute('aria-valuetext')).toMatch(/ 2019$/);
    expect(await page.getByTestId('timeline-all').getAttribute('aria-pressed')).toBe('false');
    const in2019 = await drawn();
    expect(in2019.links).toBeLessThan(whole.links);
    expect(in2019.actors).toBeLessThanOrEqual(whole.actors);
    await expect.poll(() => page.getByTestId('timeline-counts').textContent()).not.toBe(wholeCounts);
    expect(Buffer.compare(await mapPixels(), wholePixels)).not.toBe(0);
    await settled();
    await saveScreenshot(page, 'timeline-2019');

    // A month on with the arrow key; End is today; "Alles" brings everything back.
    await page.keyboard.press('ArrowRight');
    await expect.poll(at).not.toBe(day);
    await page.keyboard.press('End');
    await expect.poll(at).toBe(today());
    expect((await drawn()).links).toBeGreaterThan(in2019.links);
    await settled();
    await saveScreenshot(page, 'timeline-today');
    await page.getByTestId('timeline-all').click();
    await expect.poll(at).toBeNull();
    expect(await drawn()).toEqual(whole);
  });

  it('plays month by month and stops when asked', async () => {
    await moveToYear('2019');
    const start = await at();
    await page.getByTestId('timeline-play').click();
    expect(await page.getByTestId('timeline-play').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(at, { timeout: 5000 }).not.toBe(start);
    await page.getByTestId('timeline-play').click();
    expect(await page.getByTestId('timeline-play').getAttribute('aria-pressed')).toBe('false');
    const stopped = await at();
    await page.waitForTimeout(1500);
    expect(await at()).toBe(stopped);
    await page.getByTestId('timeline-all').click();
    await drawn();
    expect(pageErrors).toEqual([]);
  });
});

interface Comparison {
  readonly actorsCame: readonly { readonly id: string }[];
  readonly linksCame: readonly { readonly from: { readonly id: string }; readonly to: { readonly id: string } }[];
  readonly linksWent: readonly { readonly from: { readonly id: string } }[];
}

describe('Wat veranderde er?', () => {
  it('lists what came between 1 January 2019 and today, as the API does, and marks it on the map', async () => {
    const { compare } = await graphqlAt<{ compare: Comparison }>(
      app.url,
      'query ($from: String!, $to: String!) { compare(from: $from, to: $to) { actorsCame { id } linksCame { from { id } to { id } } linksWent { from { id } } } }',
      { from: '2019-01-01', to: today() },
    );
    expect(compare.linksCame.length).toBeGreaterThan(0);
    await page.getByTestId('tab-veranderingen').click();
    await expect.poll(() => page.getByTestId('change-from').inputValue()).toBe('2019-01-01');
    expect(await page.getByTestId('change-to').inputValue()).toBe(today());
    await expect.poll(() => page.getByTestId('links-came').locator('li').count()).toBe(compare.linksCame.length);
    expect(await page.getByTestId('change-figures').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('change-legend').textContent()).toContain('+');
    // On the map: what came (and its ends) is put forward.
    const emphasis = await page.evaluate(() => (globalThis as unknown as { __brugkaart?: { state(): { emphasis: { nodes: string[] } | null } | null } }).__brugkaart?.state()?.emphasis?.nodes ?? []);
    const cameEnds = new Set(compare.linksCame.flatMap((link) => [link.from.id, link.to.id]));
    expect([...cameEnds].every((id) => emphasis.includes(id))).toBe(true);
    await settled();
    await saveScreenshot(page, 'timeline-changes');

    // A later start: fewer links came.
    await page.getByTestId('change-from').fill('2025-01-01');
    await page.getByTestId('change-from').dispatchEvent('change');
    const later = await graphqlAt<{ compare: Comparison }>(app.url, 'query ($from: String!, $to: String!) { compare(from: $from, to: $to) { actorsCame { id } linksCame { from { id } to { id } } linksWent { from { id } } } }', {
      from: '2025-01-01',
      to: today(),
    });
    expect(later.compare.linksCame.length).toBeLessThanOrEqual(compare.linksCame.length);
    await expect.poll(() => page.getByTestId('links-came').locator('li').count()).toBe(later.compare.linksCame.length);
    expect(pageErrors).toEqual([]);
  });
});
