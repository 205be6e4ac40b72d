/**
 * The survey form (issue 17) as a respondent meets it: a personal link opened on a phone
 * (Chromium at 390×844) without signing in. An editor starts a round over five actors of its
 * own (in Zeeland, which the seed leaves empty) through GraphQL; the respondent searches the
 * roster, chooses partners and answers with the keyboard, saves, comes back, checks and sends,
 * and gets a read-only confirmation. The server's refusal of one answer is shown at that answer;
 * a made-up, a revoked link and a closed round say so. axe-core's WCAG 2.1 A/AA rules pass on
 * the form, the check step, the confirmation and the failure page.
 * Screenshots: test-results/screenshots/survey-form-390.png and survey-form-sent-390.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphqlAt, launchBrowser, saveScreenshot, startBrugkaart, stopExplorer, type Browser, type RunningApp } from '../helpers/e2e';
import { axeViolations } from './axe';

const PHONE = { width: 390, height: 844 } as const;

const ACTORS = [
  { id: 'e2e-middelburg-wi', name: 'Gemeente Middelburg – Werk & Inkomen', type: 'gemeente', domain: 'SZ' },
  { id: 'e2e-wsp-zeeland', name: 'Werkgeversservicepunt Zeeland', type: 'wsp', domain: 'SZ' },
  { id: 'e2e-scalda', name: 'Scalda Vlissingen', type: 'onderwijs', domain: 'ONDERWIJS' },
  { id: 'e2e-impuls-zeeland', name: 'Impuls Zeeland', type: 'economic-board', domain: 'EZ' },
  { id: 'e2e-uwv-zeeland', name: 'UWV Zeeland', type: 'uwv', domain: 'SZ' },
] as const;
const [RESPONDENT, WSP, SCALDA, IMPULS, UWV] = ACTORS;
const OTHER_ORGANISATION = 'Zeeuwse Techniektafel';
const TITLE = 'Netwerk Zeeland 2026 (e2e)';

let app: RunningApp;
let browser: Browser;
let page: Page;
let editorToken: string;
let surveyId: string;
/** The personal link's path per respondent actor id. */
const paths = new Map<string, string>();

/** A GraphQL request with a bearer token; fails the test on any error. */
const graphqlAs = <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => graphqlAt<T>(app.url, query, variables, token);

const pathOf = (actor: string): string => {
  const path = paths.get(actor);
  if (path === undefined) throw new Error(`No link for ${actor}`);
  return path;
};

async function openForm(actor: string): Promise<void> {
  await page.goto(new URL(pathOf(actor), app.url).href);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['form'])).not.toBe('loading');
}

async function expectAccessible(view: string): Promise<void> {
  expect({ view, violations: await axeViolations(page, 'body') }).toEqual({ view, violations: [] });
}

/** Nothing is wider than the phone, and every control is a target of at least 44 px. */
async function expectPhoneFit(view: string): Promise<void> {
  const fit = await page.evaluate(() => {
    const small = [...document.querySelectorAll<HTMLElement>('button, select, input[type=search], input[type=text], label.choice, .roster label')]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ what: element.textContent?.trim() || element.id, height: Math.round(element.getBoundingClientRect().height) }))
      .filter((target) => target.height < 44);
    return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, small };
  });
  expect({ view, ...fit }).toEqual({ view, scrollWidth: fit.width, width: PHONE.width, small: [] });
}

const focusedTestId = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

/** The partner block of a name on the form. */
const partnerBlock = (name: string) => page.getByTestId('partner').filter({ has: page.locator('legend', { hasText: name }) });

/** Chooses a relation's answers with the keyboard: the type by arrow keys, then frequency and importance as radio groups. */
async function answerByKeyboard(relation: ReturnType<Page['getByTestId']>, typeSteps: number, frequencySteps: number, importanceSteps: number): Promise<void> {
  await relation.getByTestId('relation-type').focus();
  for (let step = 0; step < typeSteps; step += 1) await page.keyboard.press('ArrowDown');
  await relation.getByTestId('frequency').locator('input').first().focus();
  await page.keyboard.press('Space');
  for (let step = 0; step < frequencySteps; step += 1) await page.keyboard.press('ArrowRight');
  await relation.getByTestId('importance').locator('input').first().focus();
  await page.keyboard.press('Space');
  for (let step = 0; step < importanceSteps; step += 1) await page.keyboard.press('ArrowRight');
}

beforeAll(async () => {
  app = await startBrugkaart();
  browser = await launchBrowser();
  page = browser.page;
  await page.setViewportSize(PHONE);
  ({ createToken: { token: editorToken } } = await graphqlAs<{ createToken: { token: string } }>(app.adminToken, 'mutation { createToken(name: "Enquêteur Zeeland", role: EDITOR) { token } }'));
  for (const actor of ACTORS) {
    await graphqlAs(editorToken, 'mutation ($actor: ActorInput!) { upsertActor(actor: $actor) { id } }', { actor: { ...actor, region: 'zeeland' } });
  }
  const closesOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const created = await graphqlAs<{ createSurvey: { survey: { id: string }; links: { respondent: { id: string }; token: string; path: string }[] } }>(
    editorToken,
    'mutation ($survey: SurveyInput!) { createSurvey(survey: $survey) { survey { id } links { respondent { id } token path } } }',
    { survey: { title: TITLE, closesOn, respondents: ACTORS.map((actor) => ({ actor: actor.id })) } },
  );
  surveyId = created.createSurvey.survey.id;
  for (const link of created.createSurvey.links) paths.set(link.respondent.id, link.path);
}, 300_000);

afterAll(() => stopExplorer(browser, app));

describe('the survey form on a phone', () => {
  it('opens from the personal link without signing in, in Dutch, naming the round, the day it closes and who answers', async () => {
    expect(pathOf(RESPONDENT.id)).toMatch(/^\/enquete\/bks_[\w-]+$/);
    const answer = await fetch(new URL(pathOf(RESPONDENT.id), app.url));
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('cache-control')).toBe('no-store');

    await openForm(RESPONDENT.id);
    expect(await page.evaluate(() => document.documentElement.dataset['form'])).toBe('edit');
    expect(await page.getByTestId('form-title').textContent()).toBe(TITLE);
    expect(await page.getByTestId('respondent').textContent()).toBe(`U antwoordt namens ${RESPONDENT.name}.`);
    expect(await page.locator('.intro').textContent()).toMatch(/U kunt antwoorden tot en met \w+dag \d+ \w+ 20\d\d\./);
    // The roster is the round's other actors, each with its type and domain in words.
    expect(await page.getByTestId('roster-row').count()).toBe(ACTORS.length - 1);
    expect(await page.getByTestId('roster-row').filter({ hasText: SCALDA.name }).textContent()).toContain('Onderwijsinstelling · Onderwijs');
    expect(await page.getByTestId('roster-count').textContent()).toBe(`Organisaties in deze ronde: ${String(ACTORS.length - 1)}`);
    await expectAccessible('form, nothing chosen');
    await expectPhoneFit('form, nothing chosen');
  });

  it('filters the roster by words of the name as one types', async () => {
    const search = page.getByTestId('roster-search');
    await search.focus();
    await page.keyboard.type('zee', { delay: 20 });
    const visibleNames = (): Promise<string[]> => page.getByTestId('roster-row').locator('.name:visible').allTextContents();
    // The roster comes in name order.
    await expect.poll(visibleNames).toEqual([IMPULS.name, UWV.name, WSP.name]);
    await page.keyboard.type(' werk', { delay: 20 });
    await expect.poll(visibleNames).toEqual([WSP.name]);
    expect(await page.getByTestId('roster-count').textContent()).toBe('Getoond: 1 van 4 organisaties');
    await search.fill('vlaanderen');
    await expect.poll(visibleNames).toEqual([]);
    expect(await page.getByTestId('roster-empty').textContent()).toContain('Geen organisatie gevonden voor "vlaanderen"');
    await search.fill('');
    await expect.poll(visibleNames).toHaveLength(4);
    // Tab goes from the search to the first organisation, with a focus ring one can see.
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement | null;
      const style = active === null ? null : getComputedStyle(active);
      return { id: active?.id, outline: style === null ? null : `${style.outlineStyle} ${style.outlineWidth}` };
    });
    expect(ring).toEqual({ id: `actor-${IMPULS.id}`, outline: 'solid 3px' });
  });

  it('chooses partners and answers with the keyboard, names another organisation, and says what is missing', async () => {
    for (const partner of [WSP, SCALDA]) {
      const checkbox = page.getByRole('checkbox', { name: partner.name, exact: true });
      await checkbox.focus();
      await page.keyboard.press('Space');
      expect(await checkbox.isChecked()).toBe(true);
      await expect.poll(() => page.getByTestId('form-status').textContent()).toBe(`${partner.name} toegevoegd aan uw antwoorden.`);
    }
    await page.getByTestId('other-name').focus();
    await page.keyboard.type(OTHER_ORGANISATION);
    await page.keyboard.press('Enter');
    // A name on the roster is chosen there, never typed as a second organisation.
    await page.getByTestId('other-name').fill('werkgeversservicepunt  zeeland');
    await page.getByTestId('other-add').press('Enter');
    expect(await page.locator('#other-error').textContent()).toBe('Deze organisatie staat al in de lijst hierboven: vink haar daar aan.');
    expect(await page.getByTestId('other-name').getAttribute('aria-describedby')).toBe('other-error');
    await page.getByTestId('other-name').fill('');
    expect(await page.getByTestId('partner').locator('legend .partner-name').allTextContents()).toEqual([WSP.name, SCALDA.name, OTHER_ORGANISATION]);

    // WSP: we work together, monthly, 4; and a second kind of relation: we fund them, yearly, 2.
    const wsp = partnerBlock(WSP.name);
    await answerByKeyboard(wsp.getByTestId('relation').nth(0), 1, 1, 3);
    await wsp.getByTestId('add-relation').focus();
    await page.keyboard.press('Enter');
    expect(await focusedTestId()).toBe('relation-type');
    await answerByKeyboard(wsp.getByTestId('relation').nth(1), 2, 3, 1);
    expect(await wsp.getByTestId('relation-type').nth(0).inputValue()).toBe('samenwerking');
    expect(await wsp.getByTestId('relation-type').nth(1).inputValue()).toBe('financiering');

    // Scalda and the other organisation are left half answered: saving says what is missing, where.
    await answerByKeyboard(partnerBlock(SCALDA.name).getByTestId('relation'), 0, 0, 4);
    await page.getByTestId('save').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('action-error').textContent()).toBe('Nog niet opgeslagen of verstuurd: vul de gemarkeerde vragen in (aantal: 4).');
    const scaldaType = partnerBlock(SCALDA.name).getByTestId('relation-type');
    expect(await focusedTestId()).toBe('relation-type');
    expect(await scaldaType.getAttribute('aria-invalid')).toBe('true');
    const described = await scaldaType.getAttribute('aria-describedby');
    expect(await page.locator(`#${described ?? 'none'}`).textContent()).toBe('Kies wat voor relatie het is.');
    await expectAccessible('form with what is missing');
    await expectPhoneFit('form with what is missing');

    // Scalda: they are trained by us, weekly (the frequency was chosen), 5 (already); the other: we advise them, quarterly, 3.
    await scaldaType.selectOption('opleiding');
    await answerByKeyboard(partnerBlock(OTHER_ORGANISATION).getByTestId('relation'), 3, 2, 2);
    await expect.poll(() => page.getByTestId('error-type').count()).toBe(0);
  });

  it('shows the server\'s refusal of one answer at that answer', async () => {
    // A link type the round does not offer, put into the page as a tampered form would send it.
    const otherType = partnerBlock(OTHER_ORGANISATION).getByTestId('relation-type');
    await otherType.evaluate((select) => select.append(new Option('centrumgemeente', 'centrumgemeente')));
    await otherType.selectOption('centrumgemeente');
    await page.getByTestId('save').click();
    const refusal = partnerBlock(OTHER_ORGANISATION).getByTestId('error-type');
    await expect.poll(() => refusal.count()).toBe(1);
    expect(await refusal.textContent()).toContain('centrumgemeente');
    expect(await otherType.getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
    expect(await page.getByTestId('saved-at').count()).toBe(0);
    await otherType.selectOption('advies');
  });

  it('saves, and the link opened again shows what was saved with the time of the save', async () => {
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('form-status').textContent()).toMatch(/^Uw antwoorden zijn opgeslagen om \d\d:\d\d\.$/);
    await openForm(RESPONDENT.id);
    expect(await page.getByTestId('saved-at').textContent()).toMatch(/^Opgeslagen om \d\d:\d\d\. U kunt via dezelfde link verder\.$/);
    for (const partner of [WSP, SCALDA]) expect(await page.getByRole('checkbox', { name: partner.name, exact: true }).isChecked(), partner.name).toBe(true);
    expect(await page.getByRole('checkbox', { name: IMPULS.name, exact: true }).isChecked()).toBe(false);
    const relations = await page.getByTestId('relation').evaluateAll((elements) =>
      elements.map((element) => [
        element.querySelector('select')?.value,
        element.querySelector<HTMLInputElement>('[data-testid=frequency] input:checked')?.value,
        element.querySelector<HTMLInputElement>('[data-testid=importance] input:checked')?.value,
      ]),
    );
    expect(relations).toEqual([
      ['samenwerking', 'MONTHLY', '4'],
      ['financiering', 'YEARLY', '2'],
      ['opleiding', 'WEEKLY', '5'],
      ['advies', 'QUARTERLY', '3'],
    ]);
    // The picture shows the answers of the first partner under the section's heading.
    await page.locator('#answers-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'survey-form-390');
  });

  it('speaks English after the switch, and Dutch again', async () => {
    await page.getByTestId('language-en').click();
    expect(await page.getByTestId('respondent').textContent()).toBe(`You answer on behalf of ${RESPONDENT.name}.`);
    expect(await page.locator('.question').textContent()).toBe('Which of these organisations do you work with?');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await partnerBlock(WSP.name).getByTestId('relation-type').first().locator('option:checked').textContent()).toBe('We work together');
    await expectAccessible('form in English');
    await page.getByTestId('language-nl').click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });

  it('sends after a step that lists the answers, then thanks the respondent and shows them read-only', async () => {
    await page.getByTestId('send').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['form'])).toBe('confirm');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Controleer uw antwoorden');
    const summary = await page.getByTestId('summary').textContent();
    for (const line of ['We werken samen · Maandelijks · belang 4 van 5', 'Wij financieren hen · Jaarlijks · belang 2 van 5', 'Wij leiden mensen voor hen op · Wekelijks · belang 5 van 5', 'Wij adviseren hen · Per kwartaal · belang 3 van 5']) {
      expect(summary).toContain(line);
    }
    await expectAccessible('check before sending');
    await expectPhoneFit('check before sending');

    await page.getByTestId('send-final').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['form'])).toBe('sent');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bedankt voor uw antwoorden');
    await expect.poll(() => page.getByTestId('form-status').textContent()).toBe('Uw antwoorden zijn verstuurd. Bedankt!');
    await expectAccessible('confirmation');
    await expectPhoneFit('confirmation');
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'survey-form-sent-390');

    // Read-only from now on, also when the link is opened again.
    await openForm(RESPONDENT.id);
    expect(await page.evaluate(() => document.documentElement.dataset['form'])).toBe('sent');
    expect(await page.locator('main input, main select, [data-testid=save], [data-testid=send]').count()).toBe(0);
    expect(await page.getByTestId('summary').textContent()).toContain(OTHER_ORGANISATION);

    const { survey } = await graphqlAs<{ survey: { respondents: { actor: { id: string }; sentAt: string | null }[]; answers: { respondent: { id: string }; partner: { id: string } | null; partnerName: string | null; type: string; frequency: string; importance: number; state: string }[] } }>(
      editorToken,
      'query ($id: ID!) { survey(id: $id) { respondents { actor { id } sentAt } answers { respondent { id } partner { id } partnerName type frequency importance state } } }',
      { id: surveyId },
    );
    expect(survey.respondents.find((respondent) => respondent.actor.id === RESPONDENT.id)?.sentAt).not.toBeNull();
    const answers = survey.answers.map((item) => [item.respondent.id, item.partner?.id ?? item.partnerName, item.type, item.frequency, item.importance, item.state]);
    expect(answers.sort()).toEqual(
      [
        [RESPONDENT.id, WSP.id, 'samenwerking', 'MONTHLY', 4, 'SENT'],
        [RESPONDENT.id, WSP.id, 'financiering', 'YEARLY', 2, 'SENT'],
        [RESPONDENT.id, SCALDA.id, 'opleiding', 'WEEKLY', 5, 'SENT'],
        [RESPONDENT.id, OTHER_ORGANISATION, 'advies', 'QUARTERLY', 3, 'SENT'],
      ].sort(),
    );
  });

  it('says a made-up or revoked link does not work, and a closed round is closed', async () => {
    await page.goto(new URL('/enquete/bks_made-up', app.url).href);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['form'])).toBe('failed');
    expect(await page.getByTestId('failure').getAttribute('data-failure')).toBe('unknownLink');
    expect(await page.locator('h1').textContent()).toBe('Deze link werkt niet');
    await expectAccessible('unknown link');
    await expectPhoneFit('unknown link');

    await graphqlAs(editorToken, 'mutation ($id: ID!, $actor: ID!) { revokeSurveyLink(id: $id, actor: $actor) { linkRevoked } }', { id: surveyId, actor: WSP.id });
    await openForm(WSP.id);
    expect(await page.getByTestId('failure').getAttribute('data-failure')).toBe('unknownLink');

    await openForm(UWV.id);
    expect(await page.evaluate(() => document.documentElement.dataset['form'])).toBe('edit');
    await graphqlAs(editorToken, 'mutation ($id: ID!) { closeSurvey(id: $id) { status } }', { id: surveyId });
    // Saving on a form that was open when the round closed says so at the buttons.
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('action-error').textContent()).toContain('De ronde is gesloten');
    await openForm(UWV.id);
    expect(await page.getByTestId('failure').getAttribute('data-failure')).toBe('closed');
    expect(await page.locator('h1').textContent()).toBe('Deze enquête is gesloten');
  });
});
