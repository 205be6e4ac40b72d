/**
 * The explorer end to end: brugkaart started as the README starts it, with the seed network,
 * driven through Debian's Chromium at 1280×800. Each mode's screenshot is saved under
 * test-results/screenshots/. The tests run in order on one app and one page, as a user
 * would click through; the editing test comes last because it changes the network.
 */
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphqlAt, hookState, hookStats, openExplorer, saveScreenshot, startExplorer, stopExplorer, waitForState, type Browser, type RunningApp } from '../helpers/e2e';
import { countNear, decodePng } from './png';

/** The seed as the app loads it on its first start (seeds/network.json). */
const SEED_ACTORS = (JSON.parse(readFileSync(new URL('../../seeds/network.json', import.meta.url), 'utf8')) as { actors: unknown[] }).actors.length;
/** Named seed actors (seeds/network.json). */
const LEIDEN_WI = { id: 'leiden-wi', name: 'Gemeente Leiden – Werk & Inkomen' };
const MKB_NEDERLAND = { id: 'mkb-nederland', name: 'MKB-Nederland' };

let app: RunningApp;
let browser: Browser;
let page: Page;

async function pick(testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill('');
  await input.pressSequentially(text, { delay: 15 });
  await input.press('ArrowDown');
  await input.press('Enter');
}

async function openMode(mode: string): Promise<void> {
  await page.getByTestId(`tab-${mode}`).click();
  await waitForState(page, (state) => state.mode === mode && state.side === 'mode');
}

interface NamedSuggestion {
  readonly from: { readonly name: string };
  readonly to: { readonly name: string };
}

/** The best suggested SZ–EZ link as the API ranks it; it moves whenever the seed is re-read. */
async function topSuggestion(): Promise<NamedSuggestion> {
  const api = await graphqlAt<{ missingLinks: NamedSuggestion[] }>(app.url, '{ missingLinks(top: 1) { from { name } to { name } } }');
  const best = api.missingLinks[0];
  if (best === undefined) throw new Error('the seed has no suggested link');
  return best;
}

beforeAll(async () => {
  ({ app, browser, page } = await startExplorer());
});

afterAll(() => stopExplorer(browser, app));

describe('the network view', () => {
  it('renders the seeded network: pixels on the sigma canvas, in the domain ring colours', async () => {
    const stats = await hookStats(page);
    expect(stats.nodes).toBeGreaterThanOrEqual(240);
    expect(stats.edges).toBeGreaterThanOrEqual(300);
    expect(stats.visibleNodes).toBe(stats.nodes);

    const image = decodePng(await page.locator('#graph').screenshot());
    const background = countNear(image, '#f6f7f9', 6);
    const drawn = image.width * image.height - background;
    expect(drawn / (image.width * image.height)).toBeGreaterThan(0.02);
    // The SZ (orange) and EZ (blue) rings: nodes, not just edges or labels.
    expect(countNear(image, '#d9480f', 40)).toBeGreaterThan(100);
    expect(countNear(image, '#1c5fb8', 40)).toBeGreaterThan(100);

    // All seed actors are drawn; the overview's figures count the actors the default scope
    // measures (forums are ties between their members, not actors), as the API does.
    expect(stats.nodes).toBe(SEED_ACTORS);
    const { regionScorecard } = await graphqlAt<{ regionScorecard: { actors: number } }>(app.url, '{ regionScorecard { actors } }');
    expect(regionScorecard.actors).toBeLessThan(SEED_ACTORS);
    await expect.poll(() => page.locator('.figure-grid .figure-value').first().textContent()).toBe(String(regionScorecard.actors));
    await saveScreenshot(page, 'netwerk');
    expect(browser.errors).toEqual([]);
  });

  it('search finds an actor as you type and focuses the camera on it', async () => {
    const before = await hookStats(page);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid'))).toBe('search');
    await page.keyboard.type('Leiden W', { delay: 20 });
    const first = page.locator('.rail-search .picker-option').first();
    await expect.poll(() => first.textContent()).toContain(LEIDEN_WI.name);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await waitForState(page, (state) => state.selection === LEIDEN_WI.id && state.side === 'actor');
    await expect.poll(async () => (await hookStats(page)).camera.ratio).toBeLessThanOrEqual(0.35);
    expect((await hookStats(page)).camera.ratio).toBeLessThan(before.camera.ratio);
    const panel = page.getByTestId('actor-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(LEIDEN_WI.name);
    await expect.poll(() => panel.getByTestId('actor-link').count()).toBeGreaterThan(2);
    await expect.poll(() => panel.textContent()).toContain('Bron');
    await expect.poll(() => panel.getByTestId('actor-measures').textContent()).toContain('Verbindingen');
    await saveScreenshot(page, 'actor');

    // Escape first empties the search field, then steps back out of the actor panel.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('search').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await waitForState(page, (state) => state.selection === null && state.side === 'mode');
  });
});

describe('the four modes', () => {
  it('Sleutelfiguren: the ranked bridging actors, highlighted on the map', async () => {
    await openMode('sleutelfiguren');
    const rows = page.getByTestId('broker-name');
    await expect.poll(() => rows.count()).toBe(10);
    const api = await graphqlAt<{ brokers: { actor: { id: string; name: string } }[] }>(app.url, '{ brokers(top: 1) { actor { id name } } }');
    const top = api.brokers[0]?.actor;
    expect(top).toBeDefined();
    await expect.poll(() => rows.first().textContent()).toBe(top?.name);
    const state = await waitForState(page, (current) => (current.emphasis?.nodes.length ?? 0) === 10);
    expect(state.emphasis?.nodes).toContain(top?.id);
    expect((await hookStats(page)).highlightedNodes).toContain(top?.id);
    await page.waitForTimeout(700);
    await saveScreenshot(page, 'sleutelfiguren');
  });

  it('Beleidseilanden: communities coloured, islands listed with their reason, one focused with its repair', async () => {
    await openMode('eilanden');
    const islands = page.getByTestId('island');
    await expect.poll(() => islands.count()).toBeGreaterThanOrEqual(1);
    expect((await hookState(page)).colourBy).toBe('community');
    await expect.poll(() => page.getByTestId('island-description').first().textContent()).toMatch(/actoren/);
    await page.waitForTimeout(700);
    await saveScreenshot(page, 'eilanden');

    await islands.first().locator('button').first().click();
    const state = await waitForState(page, (current) => (current.emphasis?.nodes.length ?? 0) > 0);
    const api = await graphqlAt<{ islands: { islands: { members: { id: string }[] }[] } }>(app.url, '{ islands { islands { members { id } } } }');
    expect(state.emphasis?.nodes).toEqual(expect.arrayContaining(api.islands.islands[0]?.members.map((member) => member.id) ?? ['?']));
    await expect.poll(() => page.getByTestId('island-repair').textContent()).toContain('Herstelvoorstel');
    await page.waitForTimeout(700);
    await saveScreenshot(page, 'eilanden-focus');
  });

  it('Ontbrekende verbindingen: suggested SZ–EZ links dashed on the map, shared partners, and the what-if', async () => {
    await openMode('ontbrekend');
    const suggestions = page.getByTestId('suggestion');
    await expect.poll(() => suggestions.count()).toBeGreaterThanOrEqual(5);
    const best = await topSuggestion();
    await expect.poll(() => suggestions.first().textContent()).toContain(best.from.name);
    await expect.poll(() => suggestions.first().textContent()).toContain('Gedeelde partners');
    await expect.poll(async () => (await hookStats(page)).suggestedEdgesShown).toBeGreaterThanOrEqual(5);
    expect((await hookState(page)).showSuggestions).toBe(true);

    await page.getByTestId('run-what-if').click();
    const table = page.getByTestId('what-if-table');
    await expect.poll(() => table.isVisible()).toBe(true);
    await expect.poll(() => table.textContent()).toContain('Daarna');
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'ontbrekend');
    // Without a token nothing is offered that the server would refuse.
    expect(await page.getByTestId('accept-suggestion').count()).toBe(0);
  });

  it('Wie verbindt wie: every shortest path between two named seed actors highlighted, intermediaries listed', async () => {
    await openMode('paden');
    await pick('path-from', 'Leiden W');
    await pick('path-to', 'MKB-Neder');
    const api = await graphqlAt<{ paths: { length: number; paths: { actors: { id: string }[] }[]; intermediaries: { actor: { id: string } }[] } }>(
      app.url,
      'query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 8) { length paths { actors { id } } intermediaries { actor { id } } } }',
      { from: LEIDEN_WI.id, to: MKB_NEDERLAND.id },
    );
    expect(api.paths.paths.length).toBeGreaterThan(1);
    await expect.poll(() => page.getByTestId('path-summary').textContent()).toBe(
      `${String(api.paths.paths.length)} kortste verbindingen van ${String(api.paths.length)} stappen`,
    );

    const onPaths = new Set(api.paths.paths.flatMap((path) => path.actors.map((actor) => actor.id)));
    const state = await waitForState(page, (current) => (current.emphasis?.edges.length ?? 0) > 0);
    expect(new Set(state.emphasis?.nodes)).toEqual(onPaths);
    expect(state.emphasis?.primary.sort()).toEqual([LEIDEN_WI.id, MKB_NEDERLAND.id].sort());
    const stats = await hookStats(page);
    expect(new Set(stats.highlightedNodes)).toEqual(onPaths);
    const pathEdges = new Set(api.paths.paths.flatMap((path) => path.actors.slice(1).map((actor, index) => [actor.id, path.actors[index]?.id ?? ''].sort().join('|'))));
    expect(new Set(stats.strongEdges)).toEqual(pathEdges);
    await expect.poll(() => page.getByTestId('intermediaries').locator('li').count()).toBe(api.paths.intermediaries.length);
    await page.waitForTimeout(700);
    await saveScreenshot(page, 'wie-verbindt-wie');
  });
});

describe('regions, language and export', () => {
  it("Regio's: a scorecard, and two regions side by side", async () => {
    await openMode('regios');
    await page.getByTestId('region-a').selectOption('holland-rijnland');
    await waitForState(page, (state) => state.region === 'holland-rijnland');
    await page.getByTestId('region-b').selectOption('twente');
    const card = page.getByTestId('scorecard');
    await expect.poll(() => card.locator('thead th').allTextContents()).toEqual(['', 'Holland Rijnland', 'Twente']);
    await expect.poll(() => card.textContent()).toContain('Directe SZ–EZ-verbindingen');
    const stats = await hookStats(page);
    expect(stats.visibleNodes).toBeLessThan(stats.nodes);
    await page.waitForTimeout(700);
    await saveScreenshot(page, 'regios');
    await page.getByTestId('region-filter').selectOption('');
    await waitForState(page, (state) => state.region === null);
  });

  it('switches to English and back', async () => {
    await page.getByTestId('lang-en').click();
    await waitForState(page, (state) => state.language === 'en');
    await expect.poll(() => page.getByTestId('tab-sleutelfiguren').textContent()).toBe('Key figures');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await saveScreenshot(page, 'english');
    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.getByTestId('tab-sleutelfiguren').textContent()).toBe('Sleutelfiguren');
  });

  it('exports the view as a PNG and links the JSON, CSV and GEXF downloads', async () => {
    await openMode('netwerk');
    await page.getByTestId('open-export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const file = await download.path();
    const png = decodePng(readFileSync(file));
    expect(png.width).toBeGreaterThan(300);
    expect(png.width * png.height - countNear(png, '#f6f7f9', 6)).toBeGreaterThan(png.width * png.height * 0.02);
    for (const name of ['network.json', 'actors.csv', 'links.csv', 'network.gexf']) {
      const href = await page.getByTestId(`export-${name}`).getAttribute('href');
      const response = await page.request.get(new URL(href ?? '', app.url).toString());
      expect(response.status(), name).toBe(200);
    }
    const gexf = await page.request.get(new URL('/export/network.gexf', app.url).toString());
    expect(await gexf.text()).toContain('<gexf');
  });
});

describe('editing', () => {
  it('offers editing only after signing in with a token, and says why a wrong token is refused', async () => {
    expect(await page.getByTestId('open-edit').count()).toBe(0);
    await page.getByTestId('open-sign-in').click();
    await waitForState(page, (state) => state.side === 'signin');
    await page.getByTestId('token-input').fill('bk_not-a-token');
    await page.getByTestId('token-submit').click();
    await expect.poll(() => page.getByTestId('sign-in-panel').getByRole('alert').textContent()).toContain('token');
    await page.getByTestId('token-input').fill(app.adminToken);
    await page.getByTestId('token-submit').click();
    await waitForState(page, (state) => state.role === 'ADMIN');
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain('beheerder');
    await expect.poll(() => page.getByTestId('open-edit').count()).toBe(1);
  });

  it('accepting a suggested link opens the link form with both ends filled in; it still needs a source', async () => {
    await openMode('ontbrekend');
    await page.getByTestId('accept-suggestion').first().click();
    await waitForState(page, (state) => state.side === 'edit');
    const best = await topSuggestion();
    await expect.poll(() => page.getByTestId('link-from').inputValue()).toContain(best.from.name);
    await expect.poll(() => page.getByTestId('link-to').inputValue()).toContain(best.to.name);
    await page.getByTestId('save-link').click();
    await expect.poll(() => page.getByTestId('edit-panel').getByRole('alert').textContent()).toContain('bron');
    await page.keyboard.press('Escape');
    await waitForState(page, (state) => state.side === 'mode');
  });

  it('says in plain words why a save was refused', async () => {
    await page.getByTestId('open-edit').click();
    await waitForState(page, (state) => state.side === 'edit');
    await page.getByTestId('save-actor').click();
    const alert = page.getByTestId('edit-panel').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('er klopt iets niet');
  });

  it('saves a new actor and a link with its source; both survive a reload', async () => {
    const name = 'Techniekpact Leidse regio (test)';
    await page.getByTestId('actor-name').fill(name);
    await page.getByTestId('actor-type').selectOption('programma');
    await page.getByTestId('actor-domain').selectOption('EZ');
    await page.getByTestId('actor-region').selectOption('holland-rijnland');
    await page.getByTestId('save-actor').click();
    const id = 'techniekpact-leidse-regio-test';
    await waitForState(page, (state) => state.selection === id && state.side === 'actor');
    expect((await hookStats(page)).nodes).toBe(SEED_ACTORS + 1);

    await page.getByRole('button', { name: 'Verbinding toevoegen' }).click();
    await waitForState(page, (state) => state.side === 'edit');
    await expect.poll(() => page.getByTestId('link-from').inputValue()).toBe(name);
    await pick('link-to', 'Leiden W');
    await expect.poll(() => page.getByTestId('link-to').inputValue()).toBe(LEIDEN_WI.name);
    expect(await page.getByTestId('link-from').inputValue()).toBe(name);
    await page.getByTestId('link-type').selectOption('samenwerking');
    await page.getByTestId('link-source').selectOption('doc-wethoudersbijeenkomst-2023');
    await page.getByTestId('link-quote').fill('Werk & Inkomen en Economie trekken samen op in het techniekpact.');
    await saveScreenshot(page, 'bewerken');
    await page.getByTestId('save-link').click();
    await waitForState(page, (state) => state.selection === id && state.side === 'actor');
    await expect.poll(() => page.getByTestId('actor-link').first().textContent()).toContain(LEIDEN_WI.name);

    await openExplorer(page, app.url);
    expect((await hookStats(page)).nodes).toBe(SEED_ACTORS + 1);
    await pick('search', 'Techniekpact');
    await waitForState(page, (state) => state.selection === id);
    const link = page.getByTestId('actor-link').first();
    await expect.poll(() => link.textContent()).toContain(LEIDEN_WI.name);
    await expect.poll(() => link.textContent()).toContain('Verslag wethoudersbijeenkomst');
    await expect.poll(() => link.textContent()).toContain('techniekpact');

    // Still signed in after the reload (the token is kept in this browser); an admin sees the history.
    expect((await hookState(page)).role).toBe('ADMIN');
    const history = page.getByTestId('history-item');
    await expect.poll(() => history.count()).toBe(2);
    await expect.poll(() => history.first().textContent()).toContain('verbinding toegevoegd');
    await expect.poll(() => history.last().textContent()).toContain('toegevoegd');
    await page.getByTestId('actor-history').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'geschiedenis');
    // The wrong token above was refused with a 401: the one console error a user caused on purpose.
    expect(browser.errors.filter((error) => !error.includes('401'))).toEqual([]);
  });
});
