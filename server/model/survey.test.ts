import { describe, expect, it } from 'vitest';

import { LINK_TYPES } from './network';
import { answerSource, pairKey, SURVEY_LINK_TYPES, tiesOfRound, type NamedTie } from './survey';

describe('tiesOfRound', () => {
  // Respondents a, b, c, d. a→b and b→a (reciprocated), a→c (named once), c→d only as a draft,
  // d→x (x was not asked), b→a a second time with another type (still one pair).
  // By hand: named pairs {a,b}, {a,c} = 2; reciprocated {a,b} = 1.
  const answers: NamedTie[] = [
    { respondent: 'a', partner: 'b', state: 'SENT' },
    { respondent: 'b', partner: 'a', state: 'ACCEPTED' },
    { respondent: 'b', partner: 'a', state: 'SENT' },
    { respondent: 'a', partner: 'c', state: 'SENT' },
    { respondent: 'c', partner: 'd', state: 'DRAFT' },
    { respondent: 'd', partner: 'x', state: 'SENT' },
    { respondent: 'd', partner: undefined, state: 'SENT' },
  ];

  it('counts the named and the reciprocated pairs of respondents', () => {
    const ties = tiesOfRound(['a', 'b', 'c', 'd'], answers);
    expect([...ties.named].sort()).toEqual([pairKey('a', 'b'), pairKey('a', 'c')].sort());
    expect([...ties.reciprocated]).toEqual([pairKey('a', 'b')]);
  });

  it('stops counting a reciprocation once one side is rejected', () => {
    const rejected = answers.map((tie) => (tie.respondent === 'b' ? { ...tie, state: 'REJECTED' as const } : tie));
    const ties = tiesOfRound(['a', 'b', 'c', 'd'], rejected);
    expect(ties.reciprocated.size).toBe(0);
    expect(ties.named.has(pairKey('a', 'b'))).toBe(true);
  });
});

describe('survey vocabulary', () => {
  it('offers only link types the contract defines', () => {
    for (const type of SURVEY_LINK_TYPES) expect(Object.hasOwn(LINK_TYPES, type)).toBe(true);
  });

  it('writes the source the issue asks for', () => {
    expect(answerSource('Werkgeversdienstverlening 2026', '2026-11-30', 'UWV West-Brabant')).toBe(
      'Enquête Werkgeversdienstverlening 2026 (2026-11-30), antwoord van UWV West-Brabant',
    );
  });

  it('keys a pair the same whichever end comes first', () => {
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
    expect(pairKey('a', 'b')).not.toBe(pairKey('a', 'c'));
  });
});
