/**
 * "Wat telt mee" end to end (issue 13): brugkaart started as the README starts it, with the
 * seed network, in Debian's Chromium at 1280×800. The scope control in the left column changes
 * what the figures count; every ranking is compared with the API's answer for the same scope,
 * and the words above it follow. Forums are drawn as diamonds and have a panel of their own.
 * Screenshots: test-results/screenshots/scope-*.png. Every view opened here passes axe-core.
 */
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphqlAt, saveScreenshot, startExplorer, stopExplorer, waitForState, type Browser, type RunningApp } from '../helpers/e2e';
import { axeViolations } from './axe';

interface ScopeInput {
  readonly forums?: 'TIES' | 'NODES';
  readonly illustrative?: boolean;
  readonly between?: readonly string[];
}

interface RankedActor {
  readonly actor: { readonly id: string; readonly name: string; readonly type: string };
}

interface ScopeHook {
  readonly __brugkaart?: {
    state(): { readonly measuresReady: boolean; readonly scope: { readonly forums: string; readonly illustrative: boolean; readonly between: readonly string[] } } | null;
    stats(): { readonly diamondNodes: readonly string[]; readonly visibleNodes: number } | null;
  };
}

let app: RunningApp;
let browser: Browser;
let page: Page;
/** Actor types of mode FORUM, from the API's vocabulary. */
let forumTypes: ReadonlySet<string>;

const brokers = async (scope: ScopeInput): Promise<readonly RankedActor[]> =>
  (await graphqlAt<{ brokers: RankedActor[] }>(app.url, 'query ($scope: AnalysisScope) { brokers(top: 10, by: BRIDGING, scope: $scope) { actor { id name type } } }', { scope })).brokers;

const scopeState = async (): Promise<{ forums: string; illustrative: boolean; between: readonly string[]; measuresReady: boolean }> =>
  page.evaluate(() => {
    const state = (globalThis as unknown as ScopeHook).__brugkaart?.state();
    if (state === null || state === undefined) throw new Error('The explorer is not ready');
    return { ...state.scope, measuresReady: state.measuresReady };
  });

const diamondNodes = async (): Promise<readonly string[]> => page.evaluate(() => (globalThis as unknown as ScopeHook).__brugkaart?.stats()?.diamondNodes ?? []);

const statement = (): Promise<string | null> => page.getByTestId('scope-statement').first().textContent();
const brokerNames = (): Promise<string[]> => page.getByTestId('broker-name').allTextContents();

async function expectAccessible(selector: string): Promise<void> {
  expect(await axeViolations(page, selector)).toEqual([]);
}

beforeAll(async () => {
  ({ app, browser, page } = await startExplorer());
  const { vocabulary } = await graphqlAt<{ vocabulary: { actorTypes: { id: string; mode: string }[] } }>(app.url, '{ vocabulary { actorTypes { id mode } } }');
  forumTypes = new Set(vocabulary.actorTypes.filter((type) => type.mode === 'FORUM').map((type) => type.id));
});

afterAll(() => stopExplorer(browser, app));

describe('Wat telt mee', () => {
  it('draws the forums as diamonds and the control in the left column, both passing axe', async () => {
    expect(forumTypes.has('overleg')).toBe(true);
    expect(forumTypes.has('programma')).toBe(true);
    const { actors } = await graphqlAt<{ actors: { items: { id: string; type: string }[] } }>(app.url, '{ actors(limit: 500) { items { id type } } }');
    const forums = actors.items.filter((actor) => forumTypes.has(actor.type)).map((actor) => actor.id).sort();
    expect(forums.length).toBeGreaterThan(0);
    await expect.poll(async () => [...(await diamondNodes())].sort()).toEqual(forums);
    await expect.poll(() => page.getByTestId('legend-forum').isVisible()).toBe(true);
    await expect.poll(statement).toContain("overleggen en programma's tellen als verbinding tussen hun deelnemers");
    await expectAccessible('#rail');
    await expectAccessible('#side');
    await saveScreenshot(page, 'scope-overzicht');
  });

  it('forums as nodes puts a meeting on top of Sleutelfiguren; back to ties removes it; the words follow', async () => {
    await page.getByTestId('tab-sleutelfiguren').click();
    await waitForState(page, (state) => state.mode === 'sleutelfiguren');
    const asTies = await brokers({});
    expect(asTies.length).toBe(10);
    expect(asTies.filter((row) => forumTypes.has(row.actor.type))).toEqual([]);
    await expect.poll(brokerNames).toEqual(asTies.map((row) => row.actor.name));
    await expect.poll(statement).toBe(
      "Heel Nederland. Berekend op actoren; overleggen en programma's tellen als verbinding tussen hun deelnemers; met illustratieve actoren; met onbevestigde verbindingen; alle soorten verbindingen; tussen SZ en EZ.",
    );

    await page.getByTestId('scope-forums-nodes').check();
    await expect.poll(async () => (await scopeState()).forums).toBe('NODES');
    const asNodes = await brokers({ forums: 'NODES' });
    const top = asNodes[0]?.actor;
    expect(top === undefined ? false : forumTypes.has(top.type)).toBe(true);
    await expect.poll(brokerNames).toEqual(asNodes.map((row) => row.actor.name));
    await expect.poll(statement).toContain("Berekend op actoren en overleggen; overleggen en programma's tellen als knooppunt");
    await page.waitForTimeout(500);
    await expectAccessible('#side');
    await saveScreenshot(page, 'scope-forums-als-knooppunt');

    await page.getByTestId('scope-forums-ties').check();
    await expect.poll(brokerNames).toEqual(asTies.map((row) => row.actor.name));
    expect(await brokerNames()).not.toContain(top?.name);
    await expect.poll(statement).toContain('tellen als verbinding tussen hun deelnemers');
  });

  it('ranks the forums where SZ and EZ meet, as the API does', async () => {
    const { forums } = await graphqlAt<{ forums: { forum: { name: string }; szEzPairs: number }[] }>(app.url, '{ forums(top: 8) { forum { name } szEzPairs } }');
    expect(forums.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('forum-name').allTextContents()).toEqual(forums.map((row) => row.forum.name));
    for (let index = 1; index < forums.length; index += 1) expect(forums[index - 1]?.szEzPairs ?? 0).toBeGreaterThanOrEqual(forums[index]?.szEzPairs ?? 0);
  });

  it('Sleutelfiguren for SZ–Onderwijs: ranked by bridging between those two, named in the measure and in the words', async () => {
    await page.getByTestId('scope-between').selectOption('SZ+ONDERWIJS');
    await expect.poll(async () => (await scopeState()).between).toEqual(['SZ', 'ONDERWIJS']);
    const szOnderwijs = await brokers({ between: ['SZ', 'ONDERWIJS'] });
    expect(szOnderwijs.map((row) => row.actor.id)).not.toEqual((await brokers({})).map((row) => row.actor.id));
    await expect.poll(brokerNames).toEqual(szOnderwijs.map((row) => row.actor.name));
    await expect.poll(() => page.getByTestId('broker-measure').locator('option:checked').textContent()).toBe('SZ–Onderwijs-brugfunctie');
    await expect.poll(statement).toContain('tussen SZ en Onderwijs.');
    await page.waitForTimeout(500);
    await expectAccessible('#side');
    await expectAccessible('#rail');
    await saveScreenshot(page, 'scope-sleutelfiguren-sz-onderwijs');
  });

  it('Ontbrekende verbindingen for EZ–Onderwijs: the API’s suggestions for that pair', async () => {
    await page.getByTestId('scope-between').selectOption('EZ+ONDERWIJS');
    await page.getByTestId('tab-ontbrekend').click();
    await waitForState(page, (state) => state.mode === 'ontbrekend');
    const { missingLinks } = await graphqlAt<{ missingLinks: { from: { name: string; domain: string }; to: { name: string; domain: string } }[] }>(
      app.url,
      'query ($scope: AnalysisScope) { missingLinks(top: 20, scope: $scope) { from { name domain } to { name domain } } }',
      { scope: { between: ['EZ', 'ONDERWIJS'] } },
    );
    expect(missingLinks.length).toBeGreaterThan(0);
    const first = missingLinks[0];
    await expect.poll(() => page.getByTestId('suggestion').first().textContent()).toContain(`${first?.from.name ?? ''} ⇢ ${first?.to.name ?? ''}`);
    await expect.poll(statement).toContain('tussen EZ en Onderwijs.');
    await page.waitForTimeout(500);
    await expectAccessible('#side');
    await saveScreenshot(page, 'scope-ontbrekend-ez-onderwijs');
  });

  it('without illustrative actors the overview counts fewer actors, as the API does, and says so; in English too', async () => {
    await page.getByTestId('scope-between').selectOption('SZ+EZ');
    await page.getByTestId('tab-netwerk').click();
    await waitForState(page, (state) => state.mode === 'netwerk');
    await page.getByTestId('scope-illustrative').uncheck();
    await expect.poll(async () => (await scopeState()).illustrative).toBe(false);
    const count = async (illustrative: boolean): Promise<number> =>
      (await graphqlAt<{ regionScorecard: { actors: number } }>(app.url, 'query ($scope: AnalysisScope) { regionScorecard(scope: $scope) { actors } }', { scope: { illustrative } })).regionScorecard.actors;
    const [all, named] = [await count(true), await count(false)];
    expect(named).toBeLessThan(all);
    await expect.poll(() => page.locator('.figure-grid .figure-value').first().textContent()).toBe(String(named));
    await expect.poll(statement).toContain('zonder illustratieve actoren');
    await expect.poll(async () => (await scopeState()).measuresReady).toBe(true);

    await page.getByTestId('lang-en').click();
    await expect.poll(statement).toContain('without illustrative actors');
    await expect.poll(statement).toContain('Computed on actors; meetings and programmes count as a tie between their members');
    await expectAccessible('#rail');
    await page.getByTestId('lang-nl').click();
    await page.getByTestId('scope-reset').click();
    await expect.poll(async () => (await scopeState()).illustrative).toBe(true);
    await expect.poll(() => page.locator('.figure-grid .figure-value').first().textContent()).toBe(String(all));
  });

  it('the exports follow the scope: the analysis report states it, the data downloads leave out what does not count', async () => {
    await page.getByTestId('scope-forums-nodes').check();
    await page.getByTestId('scope-between').selectOption('SZ+ONDERWIJS');
    await page.getByTestId('scope-illustrative').uncheck();
    await expect.poll(async () => (await scopeState()).illustrative).toBe(false);
    await page.getByTestId('open-export').click();
    await expect.poll(statement).toContain('zonder illustratieve actoren');

    const [analysisDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-analysis').click()]);
    expect(analysisDownload.suggestedFilename()).toBe('brugkaart-analysis.json');
    const report = JSON.parse(readFileSync(await analysisDownload.path(), 'utf8')) as { scope: Record<string, unknown>; actors: { id: string }[] };
    expect(report.scope).toEqual({ forums: 'nodes', region: null, illustrative: false, unconfirmed: true, linkTypes: null, between: ['SZ', 'ONDERWIJS'], at: null });
    const { analysis } = await graphqlAt<{ analysis: { actors: { id: string }[] } }>(app.url, 'query ($scope: AnalysisScope) { analysis(scope: $scope) }', {
      scope: { forums: 'NODES', illustrative: false, between: ['SZ', 'ONDERWIJS'] },
    });
    expect(report.actors.map((actor) => actor.id)).toEqual(analysis.actors.map((actor) => actor.id));

    const link = page.getByTestId('export-actors.csv');
    expect(await link.getAttribute('href')).toBe('/export/actors.csv?illustrative=false');
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const rows = readFileSync(await csvDownload.path(), 'utf8').trim().split('\n').length;
    const all = (await (await fetch(new URL('/export/actors.csv', app.url))).text()).trim().split('\n').length;
    expect(rows).toBeLessThan(all);
    await expectAccessible('#side');
    await saveScreenshot(page, 'scope-exporteren');

    await page.getByTestId('scope-reset').click();
    await expect.poll(async () => (await scopeState()).forums).toBe('TIES');
    expect(await link.getAttribute('href')).toBe('/export/actors.csv');
    await page.getByTestId('open-export').click();
  });

  it('a forum’s panel lists its members and the SZ–EZ pairs that meet only there', async () => {
    const { forums } = await graphqlAt<{ forums: { forum: { id: string; name: string }; members: number; onlyBridge: number }[] }>(app.url, '{ forums(top: 1) { forum { id name } members onlyBridge } }');
    const top = forums[0];
    expect(top).toBeDefined();
    const { forum } = await graphqlAt<{ forum: { memberActors: { name: string }[]; onlyBridgePairs: { from: { name: string }; to: { name: string } }[] } }>(
      app.url,
      'query ($id: ID!) { forum(id: $id) { memberActors { name } onlyBridgePairs { from { name } to { name } } } }',
      { id: top?.forum.id },
    );
    await page.getByTestId('tab-sleutelfiguren').click();
    await page.getByTestId('forum-name').first().click();
    await waitForState(page, (state) => state.side === 'actor' && state.selection === top?.forum.id);
    const members = page.getByTestId('forum-members').locator('li');
    await expect.poll(() => members.count()).toBe(top?.members);
    expect([...(await members.allTextContents())].sort()).toEqual(forum.memberActors.map((member) => member.name).sort());
    if ((top?.onlyBridge ?? 0) > 0) {
      await expect.poll(() => page.getByTestId('forum-only-pairs').locator('li').count()).toBe(top?.onlyBridge);
      const pair = forum.onlyBridgePairs[0];
      expect(await page.getByTestId('forum-only-pairs').textContent()).toContain(`${pair?.from.name ?? ''} – ${pair?.to.name ?? ''}`);
    }
    await expect.poll(() => page.getByTestId('forum-summary').textContent()).toContain(`${String(top?.members)} deelnemers`);
    await page.waitForTimeout(500);
    await expectAccessible('#side');
    await saveScreenshot(page, 'scope-overleg-paneel');
    expect(browser.errors).toEqual([]);
  });
});
