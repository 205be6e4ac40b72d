/** What a survey round's dashboard says, in both languages, from the API's answer. */
import { afterEach, describe, expect, it } from 'vitest';

import { setLanguage } from '../i18n/i18n';
import { allLinksText, defaultClosingDay, domainPairRows, figureRows, reciprocityText, responseText, sharePercent } from './survey-model';

afterEach(() => setLanguage('nl'));

const figures = (actors: number, links: number, components: number, szEzWithinTwoSteps: number | null, islands: number) => ({ actors, links, components, szEzWithinTwoSteps, islands });

describe('the response rate', () => {
  it('says "3 van 5 (60 %)" in Dutch and "3 of 5 (60%)" in English', () => {
    expect(responseText(3, 5)).toBe('3 van 5 (60 %)');
    setLanguage('en');
    expect(responseText(3, 5)).toBe('3 of 5 (60%)');
  });

  it('gives a share that is not whole one decimal, written as the language writes it', () => {
    expect(sharePercent(2 / 3)).toBe('66,7 %');
    setLanguage('en');
    expect(sharePercent(2 / 3)).toBe('66.7%');
    expect(sharePercent(1)).toBe('100%');
  });

  it('says so when a round has no respondents, instead of dividing by zero', () => {
    expect(responseText(0, 0)).toBe('geen respondenten');
  });
});

describe('reciprocity', () => {
  it('counts the reciprocated ties of the named ones, singular and plural', () => {
    expect(reciprocityText(1, 2)).toBe('1 wederzijdse relatie van 2 genoemde');
    expect(reciprocityText(0, 2)).toBe('0 wederzijdse relaties van 2 genoemde');
    setLanguage('en');
    expect(reciprocityText(2, 3)).toBe('2 reciprocated relations of 3 named');
  });

  it('says nobody named a respondent yet without named ties', () => {
    expect(reciprocityText(0, 0)).toBe('Nog geen respondent noemde een andere respondent.');
  });
});

describe('new links per domain pair', () => {
  it('puts SZ–EZ first whatever its count, then the most links first, each with its share of the largest', () => {
    const rows = domainPairRows([
      { domains: ['EZ', 'EZ'], count: 4 },
      { domains: ['EZ', 'SZ'], count: 1 },
      { domains: ['ONDERWIJS', 'SZ'], count: 2 },
    ]);
    expect(rows).toEqual([
      { label: 'SZ–EZ', count: 1, share: 0.25 },
      { label: 'EZ–EZ', count: 4, share: 1 },
      { label: 'SZ–onderwijs', count: 2, share: 0.5 },
    ]);
  });

  it('has no rows without new links', () => {
    expect(domainPairRows([])).toEqual([]);
  });
});

describe('the figures before and after', () => {
  it('gives each figure with its direction, for the eye and in words', () => {
    const rows = figureRows(figures(5, 1, 4, 0.25, 3), figures(5, 4, 2, 0.5, 3));
    expect(rows.map((row) => [row.label, row.before, row.after, row.arrow, row.directionText])).toEqual([
      ['Actoren', '5', '5', '→', 'gelijk'],
      ['Verbindingen', '1', '4', '↑', 'hoger'],
      ['Losse delen', '4', '2', '↓', 'lager'],
      ['SZ–EZ binnen twee stappen', '25 %', '50 %', '↑', 'hoger'],
      ['Beleidseilanden', '3', '3', '→', 'gelijk'],
    ]);
  });

  it('shows a figure the network cannot have as a dash, without a direction', () => {
    const row = figureRows(figures(1, 0, 1, null, 0), figures(2, 1, 1, null, 0))[3];
    expect(row).toMatchObject({ before: '–', after: '–', direction: 'same' });
  });
});

describe('the personal links', () => {
  it('puts the explorer address before each path, one "name: address" line per respondent', () => {
    const links = [
      { respondent: { id: 'a', name: 'Gemeente A' }, path: '/enquete/bks_one' },
      { respondent: { id: 'b', name: 'UWV B' }, path: '/enquete/bks_two' },
    ];
    expect(allLinksText('http://127.0.0.1:4000', links)).toBe('Gemeente A: http://127.0.0.1:4000/enquete/bks_one\nUWV B: http://127.0.0.1:4000/enquete/bks_two');
  });
});

describe('the default closing day', () => {
  it('is two weeks from today, across a month end', () => {
    expect(defaultClosingDay(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-14');
  });
});
