/**
 * The report page (client/report.html) in Debian's Chromium against brugkaart started as the
 * README starts it, with the seed network: a region with policy islands and suggested links
 * (West-Brabant), the same in English and with a `since` day, a region without actors
 * (Friesland), and the refusals. Each finished report passes axe-core. What the page shows is
 * compared with the API's answer for the same region and scope.
 * Screenshots: test-results/screenshots/report-page-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphqlAt, launchBrowser, openExplorer, saveScreenshot, startBrugkaart, stopExplorer, waitForState, type Browser, type RunningApp } from '../helpers/e2e';
import { axeViolations } from './axe';

/** A seed region with policy islands and suggested links, and one without actors. */
const WITH_ISLANDS = 'west-brabant';
const WITHOUT_ACTORS = 'friesland';

let app: RunningApp;
let browser: Browser;
let page: Page;

interface RegionFacts {
  readonly region: { readonly name: string; readonly gemeenten: readonly string[] } | null;
  readonly islands: { readonly islands: readonly unknown[] };
  readonly missingLinks: readonly { readonly from: { readonly name: string }; readonly to: { readonly name: string } }[];
  readonly brokers: readonly { readonly actor: { readonly name: string; readonly type: string } }[];
  readonly vocabulary: { readonly actorTypes: readonly { readonly id: string; readonly mode: string }[] };
  readonly actors: { readonly totalCount: number; readonly items: readonly { readonly links: readonly { readonly quote: string | null; readonly document: { readonly title: string } | null }[] }[] };
}

const regionFacts = (region: string): Promise<RegionFacts> =>
  graphqlAt<RegionFacts>(
    app.url,
    `query ($region: ID!) {
      region(id: $region) { name gemeenten }
      islands(region: $region) { islands { kind } }
      missingLinks(region: $region, top: 5) { from { name } to { name } }
      brokers(region: $region, top: 20, by: BRIDGING) { actor { name type } }
      vocabulary { actorTypes { id mode } }
      actors(filter: { region: $region }, limit: 500) { totalCount items { links { quote document { title } } } }
    }`,
    { region },
  );

/** Opens a report and waits until it says it is ready or failed; returns which. */
async function openReport(query: string): Promise<string | null> {
  await page.goto(new URL(`/report.html?${query}`, app.url).toString());
  await page.waitForSelector('html[data-report]', { state: 'attached', timeout: 90_000 });
  return page.getAttribute('html', 'data-report');
}

const headings = (level: 'h1' | 'h2'): Promise<string[]> => page.locator(`#report ${level}`).allTextContents();

async function expectAccessible(): Promise<void> {
  expect(await axeViolations(page, 'html')).toEqual([]);
}

beforeAll(async () => {
  app = await startBrugkaart();
  try {
    browser = await launchBrowser();
    page = browser.page;
  } catch (error) {
    await app.stop();
    throw error;
  }
});

afterAll(() => stopExplorer(browser, app));

describe('the report page', () => {
  it('reports a region with islands and suggestions: every part, the top key figure, a quote with its document, the map', async () => {
    const facts = await regionFacts(WITH_ISLANDS);
    expect(facts.islands.islands.length).toBeGreaterThan(0);
    expect(facts.missingLinks.length).toBeGreaterThan(0);
    const forums = new Set(facts.vocabulary.actorTypes.filter((type) => type.mode === 'FORUM').map((type) => type.id));
    const topKeyFigure = facts.brokers.find((broker) => !forums.has(broker.actor.type))?.actor.name;
    expect(topKeyFigure).toBeDefined();
    const quoted = facts.actors.items.flatMap((actor) => actor.links).find((link) => link.quote !== null && link.document !== null);
    expect(quoted).toBeDefined();

    expect(await openReport(`region=${WITH_ISLANDS}&lang=nl`)).toBe('ready');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await headings('h1')).toEqual([`Netwerkrapport ${facts.region?.name ?? ''}`]);
    expect(await headings('h2')).toEqual([
      'Kaart van het netwerk',
      'Scorekaart',
      'Sleutelfiguren',
      'Beleidseilanden',
      'Voorgestelde verbindingen',
      'Bronnen',
      'Werkwijze en begrippen',
    ]);
    const cover = (await page.getByTestId('report-cover').textContent()) ?? '';
    for (const gemeente of facts.region?.gemeenten ?? []) expect(cover).toContain(gemeente);
    expect(await page.getByTestId('report-broker').first().textContent()).toBe(topKeyFigure);
    expect(await page.getByTestId('report-island').count()).toBe(facts.islands.islands.length);
    expect(await page.getByTestId('report-suggestion').count()).toBe(facts.missingLinks.length);
    const firstSuggestion = facts.missingLinks[0];
    expect(await page.getByTestId('report-suggestion').first().locator('h3').textContent()).toBe(`1. ${firstSuggestion?.from.name ?? ''} – ${firstSuggestion?.to.name ?? ''}`);
    expect(await page.getByTestId('report-suggestion').first().locator('table').count()).toBe(1);
    const source = page.getByTestId('report-source').filter({ has: page.locator('h4', { hasText: quoted?.document?.title ?? '' }) });
    expect(await source.count()).toBeGreaterThan(0);
    expect(await source.first().textContent()).toContain(quoted?.quote ?? '');
    // The map: one mark per actor, drawn as vector, with labels and its legend.
    const map = page.getByTestId('report-map-drawing');
    expect(await map.locator('circle, polygon').count()).toBe(facts.actors.totalCount);
    expect(await map.locator('text').count()).toBeGreaterThan(5);
    expect(await map.getAttribute('role')).toBe('img');
    // The national median beside the region's figures.
    expect(await page.locator('.scorecard-table thead th').allTextContents()).toEqual(['Kengetal', facts.region?.name ?? '', 'Landelijke mediaan']);
    await expectAccessible();
    await saveScreenshot(page, 'report-page-region');
    await page.getByTestId('report-map-drawing').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'report-page-map');
  });

  it('speaks English on request and says what changed since a day', async () => {
    expect(await openReport(`region=${WITH_ISLANDS}&lang=en&since=2018-01-01&at=2024-01-01`)).toBe('ready');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const names = await headings('h2');
    expect(names).toContain('Map of the network');
    expect(names).toContain('Methods and measures');
    expect(names).toContain('What changed from 2018-01-01 to 2024-01-01');
    expect(await page.getByTestId('report-cover').textContent()).toContain('2024-01-01');
    await expectAccessible();
  });

  it('reports a region without actors briefly, saying how to start', async () => {
    expect(await openReport(`region=${WITHOUT_ACTORS}&lang=nl`)).toBe('ready');
    expect(await headings('h1')).toEqual(['Netwerkrapport Friesland']);
    expect(await headings('h2')).toEqual(['Nog geen actoren in deze regio']);
    const text = (await page.locator('#report').textContent()) ?? '';
    expect(text).toContain('CSV-sjabloon');
    expect(text).toContain('start een enquêteronde onder hen');
    expect(await page.getByTestId('report-map-drawing').count()).toBe(0);
    await expectAccessible();
    await saveScreenshot(page, 'report-page-empty');
  });

  it('reports the whole network without a national median', async () => {
    expect(await openReport('region=all&lang=nl')).toBe('ready');
    expect(await headings('h1')).toEqual(['Netwerkrapport Heel Nederland']);
    expect(await page.locator('.scorecard-table thead th').allTextContents()).toEqual(['Kengetal', 'Heel Nederland']);
  });

  it('fails with the API\'s sentence for an unknown region, a day that is not one and a bad parameter', async () => {
    expect(await openReport('region=atlantis&lang=nl')).toBe('failed');
    expect(await page.locator('#report').textContent()).toContain('atlantis');
    expect(await openReport(`region=${WITH_ISLANDS}&at=2023-02-30`)).toBe('failed');
    expect(await page.locator('#report').textContent()).toContain('2023-02-30');
    expect(await openReport(`region=${WITH_ISLANDS}&forums=ALL`)).toBe('failed');
    expect(await page.locator('#report').textContent()).toContain('forums must be TIES or NODES');
    await expectAccessible();
  });

  it("links the region panel to the region's report in the explorer's language and scope", async () => {
    await openExplorer(page, app.url);
    await page.getByTestId('tab-regios').click();
    await waitForState(page, (state) => state.mode === 'regios' && state.side === 'mode');
    await page.getByTestId('region-a').selectOption(WITH_ISLANDS);
    await waitForState(page, (state) => state.region === WITH_ISLANDS);
    const pdf = page.getByTestId('report-pdf');
    await expect.poll(() => pdf.getAttribute('href')).toBe(`/report/${WITH_ISLANDS}.pdf?lang=nl`);
    expect(await pdf.textContent()).toBe('Rapport (PDF)');
    const html = await page.getByTestId('report-html').getAttribute('href');
    expect(html).toBe(`/report.html?lang=nl&region=${WITH_ISLANDS}`);
    expect(await openReport(html?.slice('/report.html?'.length) ?? '')).toBe('ready');
    expect(await headings('h1')).toEqual(['Netwerkrapport West-Brabant']);
  });
});
