/**
 * Issue 17's "Done when", in Chromium: an editor starts a survey round in the explorer for the
 * five actors of a region (made for this file in a region the seed leaves empty, with a forum,
 * which cannot answer), copies the five personal links from the page, three respondents answer
 * on a 390×844 phone at /enquete/<token>, two of them naming each other; the round's dashboard
 * then says 3 of 5 (60 %) and one reciprocated tie of two named, and the links stand in the
 * actor panel with their source, "Enquête <round> (<day>), antwoord van <respondent>".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { axeViolations } from './axe';
import { graphqlAt, hookState, hookStats, openExplorer, saveScreenshot, startExplorer, stopExplorer, waitForState, type Browser, type RunningApp } from '../helpers/e2e';

const PHONE = { width: 390, height: 844 } as const;
const ROUND = 'Samenwerking Enquêtestad 2026';

interface TestActor {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly domain: 'SZ' | 'EZ' | 'ONDERWIJS' | 'OVERIG';
}

const GEMEENTE: TestActor = { id: 'enquete-e2e-gemeente', name: 'Gemeente Enquêtestad – Werk & Inkomen', type: 'gemeente', domain: 'SZ' };
const UWV: TestActor = { id: 'enquete-e2e-uwv', name: 'UWV Enquêtestad', type: 'uwv', domain: 'SZ' };
const BOUW: TestActor = { id: 'enquete-e2e-bouw', name: 'Bouwbedrijf Enquêtestad', type: 'werkgever', domain: 'EZ' };
const BOARD: TestActor = { id: 'enquete-e2e-board', name: 'Economic Board Enquêtestad', type: 'economic-board', domain: 'EZ' };
const ROC: TestActor = { id: 'enquete-e2e-roc', name: 'ROC Enquêtestad', type: 'onderwijs', domain: 'ONDERWIJS' };
const RESPONDENTS = [GEMEENTE, UWV, BOUW, BOARD, ROC];
/** A forum of the same region: on the map, never a respondent. */
const TAFEL: TestActor = { id: 'enquete-e2e-tafel', name: 'Arbeidsmarkttafel Enquêtestad', type: 'overleg', domain: 'OVERIG' };

let app: RunningApp;
let browser: Browser;
let page: Page;
let region: { id: string; name: string };
let editorToken: string;
/** The personal links as the explorer showed them, by respondent name. */
const links = new Map<string, string>();

/** A GraphQL request to the app with a token. */
const api = <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => graphqlAt<T>(app.url, query, variables, token);

/** A respondent answers on a phone: picks each partner from the roster or types its name, says how, checks and sends. */
async function answerOnPhone(url: string, partners: readonly TestActor[], typed: readonly string[] = []): Promise<void> {
  const phone = await browser.context.newPage();
  try {
    await phone.setViewportSize(PHONE);
    await phone.goto(url);
    await expect.poll(() => phone.getByTestId('form-title').textContent(), { timeout: 30_000 }).toBe(ROUND);
    for (const partner of partners) {
      await phone.getByTestId('roster-search').fill(partner.name.split(' ')[0] ?? partner.name);
      await phone.getByTestId('roster-row').filter({ hasText: partner.name }).locator('input[type="checkbox"]').check();
      const block = phone.getByTestId('partner').filter({ has: phone.locator('legend', { hasText: partner.name }) });
      await block.getByTestId('relation-type').selectOption('samenwerking');
      await block.getByTestId('frequency').locator('label').filter({ hasText: 'maandelijks' }).click();
      await block.getByTestId('importance').locator('label').filter({ hasText: '4' }).click();
    }
    for (const name of typed) {
      await phone.getByTestId('other-name').fill(name);
      await phone.getByTestId('other-add').click();
      const block = phone.getByTestId('partner').filter({ has: phone.locator('legend', { hasText: name }) });
      await block.getByTestId('relation-type').selectOption('advies');
      await block.getByTestId('frequency').locator('label').filter({ hasText: 'jaarlijks' }).click();
      await block.getByTestId('importance').locator('label').filter({ hasText: '2' }).click();
    }
    await phone.getByTestId('send').click();
    await phone.getByTestId('send-final').click();
    await phone.getByTestId('sent').waitFor({ timeout: 30_000 });
  } finally {
    await phone.close();
  }
}

beforeAll(async () => {
  ({ app, browser, page } = await startExplorer());
  const { regions } = await api<{ regions: { id: string; name: string; actorCount: number }[] }>('{ regions { id name actorCount } }', {}, app.adminToken);
  const empty = regions.filter((candidate) => candidate.actorCount === 0).sort((a, b) => a.id.localeCompare(b.id));
  region = empty[0] ?? { id: '', name: '' };
  expect(region.id, 'the seed leaves at least one region empty').not.toBe('');
  ({
    createToken: { token: editorToken },
  } = await api<{ createToken: { token: string } }>('mutation { createToken(name: "Enquête e2e", role: EDITOR) { token } }', {}, app.adminToken));
  for (const actor of [...RESPONDENTS, TAFEL]) {
    await api('mutation Add($actor: ActorInput!) { upsertActor(actor: $actor) { id } }', { actor: { ...actor, region: region.id } }, editorToken);
  }
  // The explorer read the network before these actors existed: sign in, then open it again.
  await page.getByTestId('open-sign-in').click();
  await page.getByTestId('token-input').fill(editorToken);
  await page.getByTestId('token-submit').click();
  await waitForState(page, (state) => state.role === 'EDITOR');
  await openExplorer(page, app.url);
  await waitForState(page, (state) => state.role === 'EDITOR');
}, 300_000);

afterAll(() => stopExplorer(browser, app));

describe('a survey round from the explorer to the dashboard', () => {
  it('starts a round for the region’s five actors (not its forum) and shows their five links once', async () => {
    await page.getByTestId('tab-regios').click();
    await page.getByTestId('region-a').selectOption(region.id);
    await waitForState(page, (state) => state.region === region.id && !state.regionOverview);
    await page.getByTestId('survey-new').click();
    await page.getByTestId('survey-title').fill(ROUND);
    const respondents = page.getByTestId('survey-respondent');
    await expect.poll(() => respondents.count()).toBe(5);
    expect(await respondents.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-actor')).sort())).toEqual(RESPONDENTS.map((actor) => actor.id).sort());
    expect(await respondents.locator('input[type="checkbox"]:checked').count()).toBe(5);
    // The default question is what the form asks when the editor writes none.
    expect(await page.getByTestId('survey-question-nl').getAttribute('placeholder')).toBe('Met welke van deze organisaties werkt u samen?');
    expect(await axeViolations(page, '[data-testid="survey-form"]')).toEqual([]);
    await page.getByTestId('survey-start').click();

    const shown = page.getByTestId('survey-link');
    await expect.poll(() => shown.count(), { timeout: 30_000 }).toBe(5);
    for (const row of await shown.all()) {
      const name = (await row.locator('label').textContent()) ?? '';
      links.set(name, await row.getByTestId('survey-link-url').inputValue());
    }
    expect([...links.keys()].sort()).toEqual(RESPONDENTS.map((actor) => actor.name).sort());
    for (const url of links.values()) expect(url).toMatch(new RegExp(`^${app.url}enquete/bks_[A-Za-z0-9_-]{43}$`));
    expect(await page.getByTestId('survey-links').textContent()).toContain('maar één keer');
    await saveScreenshot(page, 'survey-links');
    expect(await axeViolations(page, '[data-testid="survey-section"]')).toEqual([]);

    await page.getByTestId('survey-links-done').click();
    await expect.poll(() => page.getByTestId('survey-links').count()).toBe(0);
    await expect.poll(() => page.getByTestId('survey-rounds').textContent()).toContain('0 van 5 (0 %)');
  });

  it('takes three answers on a phone, two of them naming each other', async () => {
    const link = (actor: TestActor): string => links.get(actor.name) ?? '';
    await answerOnPhone(link(GEMEENTE), [BOUW]);
    await answerOnPhone(link(BOUW), [GEMEENTE]);
    await answerOnPhone(link(ROC), [UWV]);
  }, 180_000);

  it('shows 60 % and one reciprocated tie on the round’s dashboard, without axe violations', async () => {
    await expect.poll(() => page.getByRole('button', { name: ROUND }).count()).toBe(1);
    // The map was read before the answers; opening the round reads it again, with the answers' links.
    const { networkVersion } = await hookState(page);
    const { edges } = await hookStats(page);
    await page.getByRole('button', { name: ROUND }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(ROUND);
    await waitForState(page, (state) => state.networkVersion > networkVersion);
    // Three answers over two pairs of actors that had no link; the map draws one edge per pair.
    expect((await hookStats(page)).edges).toBe(edges + 2);
    await page.getByTestId('survey-dashboard').waitFor({ timeout: 30_000 });
    // The dashboard is read again for the map's new version; wait until that answer is in.
    await expect.poll(() => page.locator('[data-testid="survey-panel"] .loading').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.getByTestId('survey-response').textContent()).toBe('3 van 5 (60 %)');
    expect(await page.getByTestId('survey-reciprocity').textContent()).toBe('1 wederzijdse relatie van 2 genoemde');
    expect((await page.getByTestId('survey-not-sent').locator('li').allTextContents()).sort()).toEqual([UWV.name, BOARD.name].sort());
    expect(await page.getByTestId('survey-reminder').inputValue()).not.toBe('');
    expect(await page.getByTestId('survey-pairs').locator('li').first().textContent()).toBe('SZ–EZ1');
    const answers = page.getByTestId('survey-answer');
    expect(await answers.count()).toBe(3);
    const reciprocated = await answers.evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[4]?.textContent));
    expect(reciprocated.sort()).toEqual(['ja', 'ja', 'nee']);

    await saveScreenshot(page, 'survey-dashboard');
    await page.getByTestId('survey-figures-block').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'survey-dashboard-figures');
    await page.getByTestId('survey-answers-block').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'survey-dashboard-answers');
    expect(await axeViolations(page, '[data-testid="survey-panel"]')).toEqual([]);
  });

  it('takes answers from another survey tool as a CSV: refused whole naming the row, then imported', async () => {
    const upload = async (rows: readonly string[]): Promise<void> => {
      await page.getByTestId('survey-csv-file').setInputFiles({ name: 'answers.csv', mimeType: 'text/csv', buffer: Buffer.from(['respondent;partner;soort;frequentie;belang', ...rows].join('\n')) });
      await page.getByTestId('survey-csv-import').click();
    };
    const good = `${BOARD.name};${UWV.name};samenwerking;per kwartaal;3`;
    await upload([good, `${BOARD.name};Onbekende Stichting;samenwerking;maandelijks;2`]);
    const refusal = page.getByTestId('survey-csv-block').getByRole('alert');
    await expect.poll(() => refusal.locator('li').allTextContents(), { timeout: 30_000 }).toEqual(['answers.csv line 3 · partner: unknown organisation "Onbekende Stichting"']);
    expect(await page.getByTestId('survey-answer').count()).toBe(3);

    await upload([good]);
    await expect.poll(() => page.getByTestId('survey-answer').count(), { timeout: 30_000 }).toBe(4);
    expect(await page.getByTestId('survey-csv-block').getByRole('alert').count()).toBe(0);
    const imported = page.getByTestId('survey-answer').filter({ hasText: BOARD.name });
    expect(await imported.locator('td').allTextContents()).toEqual([UWV.name, 'samenwerking', 'per kwartaal', '3/5', 'nee', 'verstuurd (CSV)AccepterenAfwijzen']);
  });

  it('accepts an answer: its state says so and the map is read again', async () => {
    const { networkVersion } = await hookState(page);
    const row = page.getByTestId('survey-answer').filter({ hasText: ROC.name });
    await row.getByTestId('survey-accept').click();
    await waitForState(page, (state) => state.networkVersion > networkVersion);
    await expect.poll(() => row.getByTestId('survey-answer-state').textContent(), { timeout: 30_000 }).toBe('geaccepteerd');
    expect(await row.getByTestId('survey-accept').count()).toBe(0);
  });

  it('has typed names matched to an actor or added as a new one, never merged silently', async () => {
    // A typed name with a word the actor's name lacks: candidates come from any word that matches.
    const misspelled = 'Bouwbedrijf Enquêtestad BV';
    const unknown = 'Stichting Leerwerkloket Enquêtestad';
    await answerOnPhone(links.get(UWV.name) ?? '', [], [misspelled, unknown]);
    // Back to the region and into the round again: the dashboard is read with the new answers.
    await page.getByTestId('panel-back').click();
    await page.getByRole('button', { name: ROUND }).click();
    // A typed name stands in quotes, so a row naming the actor itself is not taken for it.
    const typedRow = (name: string) => page.getByTestId('survey-answer').filter({ hasText: `“${name}”` });
    await expect.poll(() => typedRow(misspelled).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('survey-response').textContent()).toBe('5 van 5 (100 %)'); // the CSV's answers counted for the Economic Board
    expect(await typedRow(misspelled).getByTestId('survey-match-choice').locator('option').allTextContents()).toContain(BOUW.name);

    const { networkVersion } = await hookState(page);
    await typedRow(misspelled).getByTestId('survey-match-choice').selectOption(BOUW.id);
    await typedRow(misspelled).getByTestId('survey-match').click();
    await waitForState(page, (state) => state.networkVersion > networkVersion);
    // Not a row with a typed name (in quotes): its candidates may name the actor too.
    const matched = page.getByTestId('survey-answer').filter({ hasText: UWV.name }).filter({ hasText: BOUW.name }).filter({ hasNotText: '“' });
    await expect.poll(() => matched.getByTestId('survey-answer-state').textContent(), { timeout: 30_000 }).toBe('geaccepteerd');
    expect(await typedRow(misspelled).count()).toBe(0);

    await typedRow(unknown).getByTestId('survey-add-as-new').click();
    const form = page.getByTestId('survey-new-actor');
    expect(await form.getByTestId('survey-new-actor-name').inputValue()).toBe(unknown);
    expect(await form.getByTestId('survey-new-actor-region').inputValue()).toBe(region.id);
    await form.getByTestId('survey-new-actor-type').selectOption('kennisinstelling');
    await form.getByTestId('survey-new-actor-domain').selectOption('ONDERWIJS');
    await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    const added = page.getByTestId('survey-answer').filter({ hasText: UWV.name }).filter({ hasText: unknown });
    await expect.poll(() => added.getByTestId('survey-answer-state').textContent(), { timeout: 30_000 }).toBe('geaccepteerd');
    expect(await added.locator('td').first().textContent()).toBe(unknown);
    const { actor } = await api<{ actor: { name: string; type: string; domain: string; region: { id: string } } | null }>(
      'query ($id: ID!) { actor(id: $id) { name type domain region { id } } }',
      { id: 'stichting-leerwerkloket-enquetestad' },
      editorToken,
    );
    expect(actor).toEqual({ name: unknown, type: 'kennisinstelling', domain: 'ONDERWIJS', region: { id: region.id } });
    expect(await axeViolations(page, '[data-testid="survey-panel"]')).toEqual([]);
  }, 120_000);

  it('shows each answer’s link with its source on the actor’s panel', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await page.getByTestId('survey-answer-respondent').filter({ hasText: ROC.name }).click();
    await waitForState(page, (state) => state.selection === ROC.id && state.side === 'actor');
    const link = page.getByTestId('actor-link').filter({ hasText: UWV.name });
    await expect.poll(() => link.locator('.source').textContent(), { timeout: 30_000 }).toBe(`Bron: Enquête ${ROUND} (${today}), antwoord van ${ROC.name}`);
  });
});
