import { describe, expect, it } from 'vitest';

import { BrugkaartError } from './errors';
import type { Problem } from './parse-network';
import { matchSurveyRows, normaliseName, type NamedActor, type SurveyCsvRow } from './survey-matching';

const ACTORS: NamedActor[] = [
  { id: 'enschede-sz', name: 'Gemeente Enschede  (Werk & Inkomen)' },
  { id: 'uwv-twente', name: 'UWV Twente' },
  { id: 'twente-board', name: 'Twente Board' },
  { id: 'hengelo', name: 'Gemeente Hengelo' },
  { id: 'saxion', name: 'Saxion Hogeschool' },
  { id: 'wsp-1', name: 'Werkgeversservicepunt' },
  { id: 'wsp-2', name: 'werkgeversservicepunt' },
  { id: 'oost-nl', name: 'Oost NL' },
];
/** The round asks three of them. */
const RESPONDENTS = ACTORS.filter((actor) => ['enschede-sz', 'uwv-twente', 'twente-board'].includes(actor.id));

let nextLine = 2;
const row = (respondent: string, partner: string, type = 'samenwerking', frequency = 'wekelijks', importance = '4'): SurveyCsvRow => ({
  line: nextLine++,
  respondent,
  partner,
  type,
  frequency,
  importance,
});

function refusal(rows: SurveyCsvRow[]): { message: string; problems: readonly Problem[] } {
  try {
    matchSurveyRows(rows, RESPONDENTS, ACTORS);
  } catch (error) {
    if (!(error instanceof BrugkaartError) || error.code !== 'BAD_USER_INPUT') throw error;
    return { message: error.message, problems: error.problems };
  }
  throw new Error('the rows were not refused');
}

describe('normaliseName', () => {
  it('ignores case and spacing, compares in NFC and keeps diacritics', () => {
    expect(normaliseName('  Gemeente\tENSCHEDE   (Werk &  Inkomen) ')).toBe('gemeente enschede (werk & inkomen)');
    expect(normaliseName('Caf\u0065\u0301 Oost')).toBe(normaliseName('Caf\u00e9 oost'));
    expect(normaliseName('Café Oost')).not.toBe(normaliseName('Cafe Oost'));
  });
});

describe('matchSurveyRows', () => {
  it('finds respondents among the round and partners among all actors, by id or by name', () => {
    nextLine = 2;
    const rows = [
      row('gemeente enschede (werk & inkomen)', 'UWV  twente', 'samenwerking', 'Wekelijks', '5'),
      row('uwv-twente', 'Gemeente Enschede (Werk & Inkomen)', 'dienstverlening', 'monthly', '3'),
      row('Twente Board', 'saxion', 'advies', 'per  kwartaal', '1'),
      row('Twente Board', 'Oost NL', 'Financiering', 'ANNUALLY', '2'),
      row('twente-board', 'oost-nl', 'samenwerking', 'QUARTERLY', '2'),
      row('twente-board', 'wsp-2', 'samenwerking', 'jaarlijks', '2'),
    ];
    expect(matchSurveyRows(rows, RESPONDENTS, ACTORS)).toEqual([
      { line: 2, respondent: 'enschede-sz', partner: 'uwv-twente', type: 'samenwerking', frequency: 'WEEKLY', importance: 5 },
      { line: 3, respondent: 'uwv-twente', partner: 'enschede-sz', type: 'dienstverlening', frequency: 'MONTHLY', importance: 3 },
      { line: 4, respondent: 'twente-board', partner: 'saxion', type: 'advies', frequency: 'QUARTERLY', importance: 1 },
      { line: 5, respondent: 'twente-board', partner: 'oost-nl', type: 'financiering', frequency: 'YEARLY', importance: 2 },
      { line: 6, respondent: 'twente-board', partner: 'oost-nl', type: 'samenwerking', frequency: 'QUARTERLY', importance: 2 },
      { line: 7, respondent: 'twente-board', partner: 'wsp-2', type: 'samenwerking', frequency: 'YEARLY', importance: 2 },
    ]);
  });

  it('refuses the whole file in one error naming every wrong row and field, and the names not matched', () => {
    nextLine = 2;
    const rows = [
      row('UWV Twente', 'Foo BV'), // 2: unknown partner
      row('Gemeente Hengelo', 'UWV Twente'), // 3: an actor, but not asked in this round
      row('Onbekend', 'Foo  bv'), // 4: unknown respondent and partner
      row('UWV Twente', 'Werkgeversservicepunt'), // 5: two actors have this name
      row('UWV Twente', 'uwv-twente'), // 6: names itself
      row('UWV Twente', 'Saxion Hogeschool', 'centrumgemeente'), // 7: not a survey link type
      row('UWV Twente', 'Saxion Hogeschool', 'advies', 'dagelijks'), // 8: unknown frequency
      row('UWV Twente', 'Saxion Hogeschool', 'opleiding', 'weekly', '6'), // 9: importance out of range
      row('UWV Twente', 'Saxion Hogeschool', 'bestuur', 'weekly', '2.5'), // 10: no whole number
      row('UWV Twente', 'Twente Board', 'advies'), // 11: fine
      row('uwv-twente', 'twente board', 'ADVIES', 'monthly'), // 12: repeats line 11
    ];
    const { message, problems } = refusal(rows);
    expect(problems.map((p) => `${p.record}|${p.field}`)).toEqual([
      'answers.csv line 2|partner',
      'answers.csv line 3|respondent',
      'answers.csv line 4|respondent',
      'answers.csv line 4|partner',
      'answers.csv line 5|partner',
      'answers.csv line 6|partner',
      'answers.csv line 7|type',
      'answers.csv line 8|frequency',
      'answers.csv line 9|importance',
      'answers.csv line 10|importance',
      'answers.csv line 12|partner',
    ]);
    const messageOf = (line: number, field: string): string | undefined => problems.find((p) => p.record === `answers.csv line ${String(line)}` && p.field === field)?.message;
    expect(messageOf(2, 'partner')).toBe('unknown organisation "Foo BV"');
    expect(messageOf(3, 'respondent')).toBe('"Gemeente Hengelo" is not a respondent of this round');
    expect(messageOf(4, 'respondent')).toBe('unknown organisation "Onbekend"');
    expect(messageOf(5, 'partner')).toMatch(/2 organisations \(wsp-1, wsp-2\)/);
    expect(messageOf(6, 'partner')).toMatch(/names itself/);
    expect(messageOf(12, 'partner')).toMatch(/repeats line 11/);
    expect(message).toMatch(/^The answers were refused; names not matched: "Foo BV", "Gemeente Hengelo", "Onbekend":/);
  });

  it('says nothing of unmatched names when every name matched', () => {
    nextLine = 2;
    const { message } = refusal([row('UWV Twente', 'Twente Board', 'advies', 'weekly', '0')]);
    expect(message).toMatch(/^The answers were refused: answers\.csv line 2, field "importance"/);
  });
});
