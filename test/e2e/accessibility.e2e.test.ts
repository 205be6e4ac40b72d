/**
 * Accessibility as a habit (issue 14, WCAG 2.1 AA as the Besluit digitale toegankelijkheid
 * overheid asks of gemeenten): brugkaart started as the README starts it, with the seed
 * network, in Debian's Chromium at 1280×800. Every view passes axe-core's WCAG 2.1 A and AA
 * rules on the whole page (each mode, the regions map and a region, the timeline on a day and
 * "Wat veranderde er?", an actor, a forum, export, sign-in, edit, the map as a list, and
 * English); every mode is used with the keyboard alone,
 * down to selecting an actor; and "Toon als lijst" lists what the map draws.
 * Screenshots: test-results/screenshots/a11y-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphqlAt, hookState, saveScreenshot, startExplorer, stopExplorer, waitForState, type Browser, type RunningApp } from '../helpers/e2e';
import { axeViolations } from './axe';

const FORUM = 'programmaraad';
const ACTOR = { id: 'leiden-wi', name: 'Gemeente Leiden – Werk & Inkomen' };
const OTHER = { id: 'mkb-nederland', name: 'MKB-Nederland' };

let app: RunningApp;
let browser: Browser;
let page: Page;

/** The whole page passes axe's WCAG 2.1 A/AA rules; the message names the view. */
async function expectAccessible(view: string): Promise<void> {
  // Nothing is still loading: axe judges the view a user reads, not a spinner.
  await expect.poll(() => page.locator('#side .loading').count()).toBe(0);
  expect({ view, violations: await axeViolations(page, 'body') }).toEqual({ view, violations: [] });
}

async function openMode(mode: string): Promise<void> {
  await page.getByTestId(`tab-${mode}`).click();
  await waitForState(page, (state) => state.mode === mode && state.side === 'mode');
}

async function pick(testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill('');
  await input.pressSequentially(text, { delay: 15 });
  await input.press('ArrowDown');
  await input.press('Enter');
}

interface Focused {
  readonly testId: string | null;
  readonly text: string;
  readonly focusKey: string | null;
  readonly id: string | null;
  /** aria-expanded or aria-pressed, where the element has one. */
  readonly on: string | null;
}

/** What has the keyboard focus. */
const focused = (): Promise<Focused> =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      testId: active?.getAttribute('data-testid') ?? null,
      text: active?.textContent?.trim() ?? '',
      focusKey: active?.getAttribute('data-focus-key') ?? null,
      id: active?.id ?? null,
      on: active?.getAttribute('aria-expanded') ?? active?.getAttribute('aria-pressed') ?? null,
    };
  });

/** Presses Tab until the focused element matches (at most `limit` times); fails when it never does. */
async function tabTo(description: string, matches: (element: Focused) => boolean, limit = 250): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    if (matches(await focused())) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${description}`);
}

/** Starts a keyboard walk from the top of the page, as after loading it. */
async function fromTop(): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => document.body.focus());
}

/** Moves to a mode with the keyboard only: Tab to the mode tabs, then the arrow keys. */
async function arrowToMode(mode: string): Promise<void> {
  await fromTop();
  await tabTo('the mode tabs', (element) => element.id?.startsWith('tab-') === true);
  for (let step = 0; step < 6; step += 1) {
    if ((await hookState(page)).mode === mode) break;
    await page.keyboard.press('ArrowRight');
  }
  await waitForState(page, (state) => state.mode === mode && state.side === 'mode');
  expect((await focused()).id).toBe(`tab-${mode}`);
}

/** Opens "Toon als lijst" with the keyboard, selects the first actor of `table` with Enter, and closes the list with Escape. */
async function selectFromMapList(table: 'map-list-forward' | 'map-list-all'): Promise<string> {
  await tabTo('Toon als lijst', (element) => element.testId === 'map-list-toggle');
  await page.keyboard.press('Enter');
  await tabTo(`the first actor of ${table}`, (element) => element.focusKey?.startsWith(`${table}-`) === true);
  const id = (await focused()).focusKey?.slice(table.length + 1) ?? '';
  await page.keyboard.press('Enter');
  await waitForState(page, (state) => state.selection === id && state.side === 'actor');
  return id;
}

beforeAll(async () => {
  ({ app, browser, page } = await startExplorer());
});

afterAll(() => stopExplorer(browser, app));

describe('every view passes axe (WCAG 2.1 A and AA)', () => {
  it('the overview, and each mode with what it opens', async () => {
    await expectAccessible('overview');

    await openMode('sleutelfiguren');
    await expect.poll(() => page.getByTestId('broker-name').count()).toBeGreaterThan(0);
    await expectAccessible('Sleutelfiguren');

    await openMode('paden');
    await pick('path-from', ACTOR.name);
    await pick('path-to', OTHER.name);
    await expect.poll(() => page.getByTestId('path-summary').count()).toBe(1);
    await expectAccessible('Wie verbindt wie');

    await openMode('eilanden');
    await expect.poll(() => page.getByTestId('island').count()).toBeGreaterThan(0);
    await page.getByTestId('island').first().locator('.island-head').click();
    await expect.poll(() => page.getByTestId('island-repair').count()).toBe(1);
    await expectAccessible('Eilanden, an island open');

    await openMode('ontbrekend');
    await expect.poll(() => page.getByTestId('suggestion').count()).toBeGreaterThan(0);
    await page.getByTestId('run-what-if').click();
    await expect.poll(() => page.getByTestId('what-if-table').count()).toBe(1);
    await expectAccessible('Ontbrekende verbindingen with a what-if');

    await openMode('regios');
    await waitForState(page, (state) => state.regionOverview);
    await expect.poll(() => page.getByTestId('region-list').locator('tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible('the regions map');
    await page.getByTestId('region-list').locator('tbody button').first().click();
    await waitForState(page, (state) => state.region !== null && !state.regionOverview);
    await page.getByTestId('region-b').selectOption({ index: 1 });
    await expect.poll(() => page.locator('[data-testid="scorecard"].two').count()).toBe(1);
    await expectAccessible('a region compared with another');
  });

  it('the timeline on a day, and "Wat veranderde er?"', async () => {
    await openMode('netwerk');
    await page.getByTestId('timeline-slider').focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('timeline-all').getAttribute('aria-pressed')).toBe('false');
    await expectAccessible('the timeline on a day');
    await page.getByTestId('timeline-all').click();

    await openMode('veranderingen');
    await expect.poll(() => page.getByTestId('change-figures').count()).toBe(1);
    await expectAccessible('Wat veranderde er?');
  });

  it('an actor, a forum, export, the map as a list, and English', async () => {
    await openMode('netwerk');
    await pick('search', ACTOR.name);
    await waitForState(page, (state) => state.selection === ACTOR.id && state.side === 'actor');
    await expect.poll(() => page.getByTestId('actor-link').count()).toBeGreaterThan(0);
    await expectAccessible('actor panel');

    await page.getByTestId('search').fill('');
    await pick('search', 'Programmaraad Regionale');
    await waitForState(page, (state) => state.selection === FORUM);
    await expect.poll(() => page.getByTestId('forum-summary').count()).toBe(1);
    await expectAccessible('forum panel');

    await page.getByTestId('open-export').click();
    await waitForState(page, (state) => state.side === 'export');
    await expectAccessible('export');

    await page.getByTestId('map-list-toggle').click();
    await expect.poll(() => page.getByTestId('map-list-actor').count()).toBeGreaterThan(0);
    await expectAccessible('the map as a list');
    await page.getByTestId('map-list-close').click();

    await page.getByTestId('lang-en').click();
    await waitForState(page, (state) => state.language === 'en');
    await openMode('sleutelfiguren');
    await expect.poll(() => page.getByTestId('broker-name').count()).toBeGreaterThan(0);
    await expectAccessible('Sleutelfiguren in English');
    await page.getByTestId('lang-nl').click();
    await waitForState(page, (state) => state.language === 'nl');
  });

  it('sign-in, a refused token, and the edit forms of an admin', async () => {
    await page.getByTestId('open-sign-in').click();
    await waitForState(page, (state) => state.side === 'signin');
    await expectAccessible('sign-in');
    await page.getByTestId('token-input').fill('bk_not-a-token');
    await page.getByTestId('token-submit').click();
    await expect.poll(() => page.getByTestId('sign-in-panel').getByRole('alert').count()).toBe(1);
    await expectAccessible('sign-in with a refused token');
    await page.getByTestId('token-input').fill(app.adminToken);
    await page.getByTestId('token-submit').click();
    await waitForState(page, (state) => state.role === 'ADMIN' || state.role === 'admin');
    await expectAccessible('signed in');

    await page.getByTestId('open-edit').click();
    await waitForState(page, (state) => state.side === 'edit');
    await expectAccessible('edit: a new actor');
    await page.getByTestId('edit-tab-link').click();
    await expect.poll(() => page.getByTestId('link-from').count()).toBe(1);
    await expectAccessible('edit: a new link');

    await page.keyboard.press('Escape');
    await pick('search', ACTOR.name);
    await waitForState(page, (state) => state.selection === ACTOR.id && state.side === 'actor');
    await expect.poll(() => page.getByTestId('actor-history').count()).toBe(1);
    await expectAccessible('actor panel with its history (admin)');
    await page.getByTestId('edit-actor').click();
    await waitForState(page, (state) => state.side === 'edit');
    await expect.poll(() => page.getByTestId('actor-name').inputValue()).toBe(ACTOR.name);
    await expectAccessible('edit: an existing actor');
    await page.keyboard.press('Escape');
  });
});

describe('every mode by keyboard alone', () => {
  it('Sleutelfiguren: arrow to the tab, Tab to a key figure, Enter selects it', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await arrowToMode('sleutelfiguren');
    await expect.poll(() => page.getByTestId('broker-name').count()).toBeGreaterThan(0);
    const first = await page.getByTestId('broker-name').first().textContent();
    await tabTo('a key figure', (element) => element.testId === 'broker-name');
    expect((await focused()).text).toBe(first?.trim());
    await page.keyboard.press('Enter');
    const state = await waitForState(page, (current) => current.side === 'actor' && current.selection !== null);
    await expect.poll(() => page.getByTestId('actor-panel').locator('.panel-title').textContent()).toBe(first?.trim());
    expect(state.selection).not.toBeNull();
  });

  it('Wie verbindt wie: type both ends, pick with the arrow keys, Enter on an intermediary', async () => {
    await page.keyboard.press('Escape');
    await arrowToMode('paden');
    await tabTo('the start field', (element) => element.testId === 'path-from');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(ACTOR.name.slice(0, 14), { delay: 15 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // Picking the start moves the focus to the end field.
    await expect.poll(async () => (await focused()).testId).toBe('path-to');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(OTHER.name, { delay: 15 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('path-summary').count()).toBe(1);
    await tabTo('an intermediary', (element) => element.focusKey?.startsWith('via-') === true);
    const id = (await focused()).focusKey?.slice('via-'.length) ?? '';
    await page.keyboard.press('Enter');
    await waitForState(page, (state) => state.selection === id && state.side === 'actor');
  });

  it('Eilanden: Enter opens an island; the map as a list names its members, Enter selects one', async () => {
    await page.keyboard.press('Escape');
    await arrowToMode('eilanden');
    await expect.poll(() => page.getByTestId('island').count()).toBeGreaterThan(0);
    await tabTo('a closed island', (element) => element.focusKey?.startsWith('island-') === true && element.on === 'false');
    await page.keyboard.press('Enter');
    const state = await waitForState(page, (current) => current.emphasis !== null && current.emphasis.nodes.length > 0);
    await fromTop();
    const id = await selectFromMapList('map-list-forward');
    expect(state.emphasis?.nodes).toContain(id);
    await page.keyboard.press('Escape');
  });

  it('Ontbrekende verbindingen: Enter on a shared partner selects it', async () => {
    await page.keyboard.press('Escape');
    await arrowToMode('ontbrekend');
    await expect.poll(() => page.getByTestId('suggestion').count()).toBeGreaterThan(0);
    await tabTo('a suggested pair not in focus', (element) => element.focusKey?.startsWith('pair-') === true && element.on === 'false');
    await page.keyboard.press('Enter');
    await waitForState(page, (state) => state.emphasis !== null && state.emphasis.primary.length === 2);
    await tabTo('a shared partner', (element) => element.focusKey?.startsWith('partner-') === true);
    const key = (await focused()).focusKey ?? '';
    const partner = (await page.locator(`[data-focus-key="${key}"]`).textContent())?.trim();
    await page.keyboard.press('Enter');
    await waitForState(page, (state) => state.side === 'actor' && state.selection !== null);
    await expect.poll(() => page.getByTestId('actor-panel').locator('.panel-title').textContent()).toBe(partner);
  });

  it('Regio\'s: Enter on a region of the list opens its actors; Enter on one of them in the map\'s list selects it', async () => {
    await page.keyboard.press('Escape');
    await arrowToMode('regios');
    await waitForState(page, (state) => state.regionOverview);
    await tabTo('a region of the list', (element) => element.testId?.startsWith('region-row-') === true);
    const region = (await focused()).testId?.slice('region-row-'.length) ?? '';
    await page.keyboard.press('Enter');
    await waitForState(page, (state) => state.region === region && !state.regionOverview);
    await expect.poll(() => page.getByTestId('scorecard').count()).toBe(1);
    await fromTop();
    const id = await selectFromMapList('map-list-all');
    const { actors } = await graphqlAt<{ actors: { items: { id: string; region: { id: string } | null }[] } }>(app.url, '{ actors(limit: 500) { items { id region { id } } } }');
    expect(actors.items.find((actor) => actor.id === id)?.region?.id).toBe(region);
  });

  it('the overview: the map as a list lists every actor the filters let through, and Enter selects one', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await arrowToMode('netwerk');
    await page.getByTestId('region-filter').selectOption('');
    await waitForState(page, (state) => state.region === null);
    await page.getByTestId('map-list-toggle').click();
    const shown = await page.evaluate(() => (globalThis as unknown as { __brugkaart?: { stats(): { visibleNodes: number } | null } }).__brugkaart?.stats()?.visibleNodes ?? -1);
    await expect.poll(() => page.getByTestId('map-list-all').getByTestId('map-list-actor').count()).toBe(shown);
    await saveScreenshot(page, 'a11y-map-list-overview');
    await page.getByTestId('map-list-close').click();
    await fromTop();
    await selectFromMapList('map-list-all');
  });
});

describe('the list alternative follows the map', () => {
  it('lists what a mode puts forward, and the links drawn strong, in the same numbers as the map', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await openMode('paden');
    await pick('path-from', ACTOR.name);
    await pick('path-to', OTHER.name);
    await expect.poll(() => page.getByTestId('path-summary').count()).toBe(1);
    const state = await waitForState(page, (current) => current.emphasis !== null && current.emphasis.edges.length > 0);
    await page.getByTestId('map-list-toggle').click();
    const forward = page.getByTestId('map-list-forward').getByTestId('map-list-actor');
    await expect.poll(() => forward.count()).toBe(state.emphasis?.nodes.length);
    expect([...(await forward.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id'))))].sort()).toEqual([...(state.emphasis?.nodes ?? [])].sort());
    // The path's ends come first, as the map draws them largest.
    expect((await forward.evaluateAll((rows) => rows.slice(0, 2).map((row) => row.getAttribute('data-id')))).sort()).toEqual([ACTOR.id, OTHER.id].sort());
    await expect.poll(() => page.getByTestId('map-list-link').count()).toBe(state.emphasis?.edges.length);
    await saveScreenshot(page, 'a11y-map-list-path');
    await expectAccessible('the map as a list of a path');

    await openMode('ontbrekend');
    await expect.poll(() => page.getByTestId('suggestion').count()).toBeGreaterThan(0);
    const suggested = await waitForState(page, (current) => current.mode === 'ontbrekend' && current.emphasis !== null && current.emphasis.edges.length > 0);
    await expect.poll(() => page.getByTestId('map-list-link').count()).toBe(suggested.emphasis?.edges.length);
    await saveScreenshot(page, 'a11y-map-list-missing');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('map-list').isVisible()).toBe(false);
  });
});
