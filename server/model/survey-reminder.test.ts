import { describe, expect, it } from 'vitest';

import { reminderText } from './survey-reminder';

describe('reminderText', () => {
  const round = { title: 'Samenwerking Twente 2026', closesOn: '2026-12-01' };

  it('names the round, its closing day and who has not sent, and says a new link follows (NL)', () => {
    const text = reminderText('nl', round, ['WSP Twente', 'Gemeente Enschede', 'ROC van Twente']);
    expect(text).toContain('"Samenwerking Twente 2026"');
    expect(text).toContain('1 december 2026');
    expect(text).toContain('van WSP Twente, Gemeente Enschede en ROC van Twente.');
    expect(text).toContain('nieuwe persoonlijke link');
  });

  it('does the same in English, and says when there is nobody to remind', () => {
    const text = reminderText('en', round, ['WSP Twente']);
    expect(text).toContain('1 December 2026');
    expect(text).toContain('from WSP Twente.');
    expect(text).toContain('new personal link');
    expect(reminderText('nl', round, [])).toMatch(/niemand om te herinneren/);
  });
});
