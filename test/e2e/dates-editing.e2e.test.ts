/**
 * Dates in the explorer's editing (contract §8): an actor and a link get their since and until
 * in the edit forms, a link dated before its actor existed is refused with the server's reason
 * under the date field, and the actor panel says when the actor and its link existed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphqlAt, saveScreenshot, startExplorer, stopExplorer, waitForState, type Browser, type RunningApp } from '../helpers/e2e';

const LEIDEN_WI = { id: 'leiden-wi', name: 'Gemeente Leiden – Werk & Inkomen' };
const PROGRAMME = { id: 'leidse-banenafspraak-test', name: 'Leidse banenafspraak (test)' };

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser, page } = await startExplorer());
  await page.getByTestId('open-sign-in').click();
  await waitForState(page, (state) => state.side === 'signin');
  await page.getByTestId('token-input').fill(app.adminToken);
  await page.getByTestId('token-submit').click();
  await waitForState(page, (state) => state.role === 'ADMIN');
});

afterAll(() => stopExplorer(browser, app));

describe('dates in the edit forms and the actor panel', () => {
  it('saves an actor with its since and until and shows them on its panel', async () => {
    await page.getByTestId('open-edit').click();
    await waitForState(page, (state) => state.side === 'edit');
    await page.getByTestId('actor-name').fill(PROGRAMME.name);
    await page.getByTestId('actor-type').selectOption('programma');
    await page.getByTestId('actor-region').selectOption('holland-rijnland');
    await page.getByTestId('actor-since').fill('2024-03');
    await page.getByTestId('actor-until').fill('2027');
    await page.getByTestId('save-actor').click();
    await waitForState(page, (state) => state.selection === PROGRAMME.id && state.side === 'actor');
    await expect.poll(() => page.getByTestId('actor-period').textContent()).toBe('sinds 2024-03 – tot 2027');
    const stored = await graphqlAt<{ actor: { since: string; until: string } }>(app.url, `{ actor(id: "${PROGRAMME.id}") { since until } }`);
    expect(stored.actor).toEqual({ since: '2024-03', until: '2027' });
  });

  it('refuses a link dated before its actor existed, saying why under the date, and saves it dated within', async () => {
    await page.getByRole('button', { name: 'Verbinding toevoegen' }).click();
    await waitForState(page, (state) => state.side === 'edit');
    const to = page.getByTestId('link-to');
    await to.pressSequentially('Leiden W', { delay: 15 });
    await to.press('ArrowDown');
    await to.press('Enter');
    await expect.poll(() => to.inputValue()).toBe(LEIDEN_WI.name);
    await page.getByTestId('link-type').selectOption('lidmaatschap');
    await page.getByTestId('link-source').selectOption('doc-wethoudersbijeenkomst-2023');
    await page.getByTestId('link-since').fill('2023');
    await page.getByTestId('save-link').click();
    const refusal = page.getByTestId('link-since-refusal');
    await expect.poll(() => refusal.textContent()).toBe(`2023 is before actor "${PROGRAMME.id}" exists (its since is 2024-03)`);
    expect(await page.getByTestId('link-since').getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'bewerken-datum-geweigerd');

    await page.getByTestId('link-since').fill('2024-05');
    await page.getByTestId('save-link').click();
    await waitForState(page, (state) => state.selection === PROGRAMME.id && state.side === 'actor');
    const link = page.getByTestId('actor-link').first();
    await expect.poll(() => link.textContent()).toContain(LEIDEN_WI.name);
    await expect.poll(() => link.getByTestId('link-period').textContent()).toBe('sinds 2024-05');
  });

  it('fills the edit form with the stored dates', async () => {
    await page.getByTestId('edit-actor').click();
    await waitForState(page, (state) => state.side === 'edit');
    await expect.poll(() => page.getByTestId('actor-since').inputValue()).toBe('2024-03');
    expect(await page.getByTestId('actor-until').inputValue()).toBe('2027');
  });
});
