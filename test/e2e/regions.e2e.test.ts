/**
 * The regions overview end to end: brugkaart started as the README starts it, with the seed
 * network, in Debian's Chromium at 1280×800. The regions mode opens on the map of the 35
 * arbeidsmarktregio's; a click on a region's node shows that region's actors in the network
 * view, and the panel's back button returns to the map.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphqlAt, hookRegionMap, hookStats, saveScreenshot, startExplorer, stopExplorer, waitForState, type Browser, type RunningApp } from '../helpers/e2e';
import { countNear, decodePng } from './png';

const REGION = 'holland-rijnland';

let app: RunningApp;
let browser: Browser;
let page: Page;
let actorCounts: ReadonlyMap<string, number>;

/** Where a region's node is on the page (the hook reports pixels of the map's container). */
async function regionNodeOnPage(id: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('region-graph').boundingBox();
  const node = (await hookRegionMap(page)).regions.find((region) => region.id === id);
  if (box === null || node === undefined) throw new Error(`No node for ${id} on the regions map`);
  return { x: box.x + node.x, y: box.y + node.y };
}

beforeAll(async () => {
  ({ app, browser, page } = await startExplorer());
  const { regions } = await graphqlAt<{ regions: { id: string; actorCount: number }[] }>(app.url, '{ regions { id actorCount } }');
  actorCounts = new Map(regions.map((region) => [region.id, region.actorCount]));
});

afterAll(() => stopExplorer(browser, app));

describe('the regions overview', () => {
  it('draws the 35 regions as one node each, sized by the API’s actor counts, with links between them', async () => {
    await page.getByTestId('tab-regios').click();
    await waitForState(page, (state) => state.mode === 'regios' && state.regionOverview && state.region === null);
    const map = await hookRegionMap(page);
    expect(map.shown).toBe(true);
    expect(actorCounts.size).toBe(35);
    expect(map.nodes).toBe(35);
    expect(new Map(map.regions.map((region) => [region.id, region.actors]))).toEqual(actorCounts);
    expect(map.edges).toBeGreaterThan(0);
    // Every node lies inside the map's container.
    const box = await page.getByTestId('region-graph').boundingBox();
    for (const region of map.regions) {
      expect(region.x).toBeGreaterThan(0);
      expect(region.y).toBeGreaterThan(0);
      expect(region.x).toBeLessThan(box?.width ?? 0);
      expect(region.y).toBeLessThan(box?.height ?? 0);
    }
    await expect.poll(() => page.getByTestId('region-list').locator('tbody tr').count()).toBe(35);

    // Pixels: SZ fill and EZ rings of the region nodes, on the map's own canvas.
    const image = decodePng(await page.getByTestId('region-graph').screenshot());
    expect(countNear(image, '#d9480f', 40)).toBeGreaterThan(200);
    expect(countNear(image, '#1c5fb8', 40)).toBeGreaterThan(100);
    await saveScreenshot(page, 'regios-overzicht');

    // Hovering a node shows its figures, the links within the region among them.
    const point = await regionNodeOnPage(REGION);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.getByTestId('region-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await expect.poll(() => tooltip.textContent()).toContain('Verbindingen binnen de regio');
    await expect.poll(() => tooltip.textContent()).toContain('Holland Rijnland');
  });

  it('drills into a region on a click on its node: only its actors are shown; back returns to the map', async () => {
    const point = await regionNodeOnPage(REGION);
    await page.mouse.click(point.x, point.y);
    await waitForState(page, (state) => state.region === REGION && !state.regionOverview && state.mode === 'regios');
    expect((await hookRegionMap(page)).shown).toBe(false);
    const stats = await hookStats(page);
    const expected = actorCounts.get(REGION) ?? 0;
    expect(expected).toBeGreaterThan(0);
    expect(stats.visibleNodes).toBe(expected);
    expect(stats.visibleNodes).toBeLessThan(stats.nodes);
    await expect.poll(() => page.getByTestId('scorecard').locator('thead th').allTextContents()).toEqual(['', 'Holland Rijnland']);

    await page.getByTestId('panel-back').click();
    await waitForState(page, (state) => state.regionOverview && state.region === null);
    expect((await hookRegionMap(page)).shown).toBe(true);
    expect((await hookStats(page)).visibleNodes).toBe((await hookStats(page)).nodes);
    expect(browser.errors).toEqual([]);
  });
});
