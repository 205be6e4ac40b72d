import { afterEach, describe, expect, it } from 'vitest';

import { setLanguage } from '../i18n/i18n';
import { dayInWords, frequencyWords, momentInWords, relationWords } from './words';

afterEach(() => setLanguage('nl'));

describe('the form\'s words', () => {
  it('says a relation from the respondent\'s side, falling back to the vocabulary\'s word', () => {
    expect(relationWords('financiering')).toBe('Wij financieren hen');
    expect(relationWords('centrumgemeente')).toBe('centrumgemeente');
    setLanguage('en');
    expect(relationWords('advies')).toBe('We advise them');
    expect(frequencyWords('QUARTERLY')).toBe('Quarterly');
  });

  it('writes the closing day with its weekday, per language', () => {
    expect(dayInWords('2026-12-15')).toBe('dinsdag 15 december 2026');
    setLanguage('en');
    expect(dayInWords('2026-12-15')).toBe('Tuesday, 15 December 2026');
  });

  it('gives the time of a save today, and the day too when it was another day', () => {
    const now = new Date(2026, 10, 30, 16, 0);
    expect(momentInWords(new Date(2026, 10, 30, 9, 5).toISOString(), now)).toBe('om 09:05');
    expect(momentInWords(new Date(2026, 10, 28, 14, 30).toISOString(), now)).toBe('op 28 november 2026 om 14:30');
  });
});
