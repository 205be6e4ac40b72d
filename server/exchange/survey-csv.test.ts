import { describe, expect, it } from 'vitest';

import { BrugkaartError } from '../model/errors';
import { readSurveyCsv } from './survey-csv';

/** What `readSurveyCsv` refused: the code and each problem as "record|field". */
function refusal(text: string): { code: string; problems: string[] } {
  try {
    readSurveyCsv(text);
  } catch (error) {
    if (!(error instanceof BrugkaartError)) throw error;
    return { code: error.code, problems: error.problems.map((p) => `${p.record}|${p.field}`) };
  }
  throw new Error('the file was not refused');
}

describe('readSurveyCsv', () => {
  it("reads Dutch Excel's semicolon file: BOM, Dutch header in any case, quotes, formula apostrophes, empty lines, extra columns", () => {
    const text = [
      '\uFEFFTijdstip;RESPONDENT;Partner;Soort;Frequentie;Belang',
      '2026-11-30 09:12;Gemeente Enschede;"Twente Board; Economie";samenwerking;wekelijks;5',
      '',
      '2026-11-30 09:13;\'=Formule BV;"Twee',
      'regels";advies; per kwartaal ;3',
      '',
    ].join('\r\n');
    expect(readSurveyCsv(text)).toEqual([
      { line: 2, respondent: 'Gemeente Enschede', partner: 'Twente Board; Economie', type: 'samenwerking', frequency: 'wekelijks', importance: '5' },
      { line: 4, respondent: '=Formule BV', partner: 'Twee\r\nregels', type: 'advies', frequency: 'per kwartaal', importance: '3' },
    ]);
  });

  it('reads the English header of a comma file', () => {
    const text = 'respondent,partner,Type,Frequency,Importance\nuwv-twente,wsp-twente,dienstverlening,MONTHLY,2\n';
    expect(readSurveyCsv(text)).toEqual([{ line: 2, respondent: 'uwv-twente', partner: 'wsp-twente', type: 'dienstverlening', frequency: 'MONTHLY', importance: '2' }]);
  });

  it('refuses a missing or repeated column and an empty file, naming line 1 and the field', () => {
    expect(refusal('respondent,partner,type,importance\na,b,advies,3\n')).toEqual({ code: 'BAD_USER_INPUT', problems: ['answers.csv line 1|frequency'] });
    expect(refusal('respondent,partner,type,soort,frequency,importance\na,b,advies,advies,weekly,3\n').problems).toEqual(['answers.csv line 1|type']);
    expect(refusal('').problems).toEqual(['answers.csv line 1|(header)']);
  });

  it('refuses every empty required cell and every row with the wrong number of cells, naming its line', () => {
    const text = 'respondent,partner,type,frequency,importance\na,,advies,weekly,\nb,c,advies,weekly,4\n';
    expect(refusal(text).problems).toEqual(['answers.csv line 2|partner', 'answers.csv line 2|importance']);
    expect(refusal('respondent,partner,type,frequency,importance\na,b,advies,weekly\n').problems).toEqual(['answers.csv line 2|(csv)']);
  });

  it('refuses more than 5,000 answers, naming the first line beyond them', () => {
    const row = 'a,b,advies,weekly,3';
    const header = 'respondent,partner,type,frequency,importance';
    expect(readSurveyCsv([header, ...Array.from({ length: 5_000 }, () => row)].join('\n'))).toHaveLength(5_000);
    expect(refusal([header, ...Array.from({ length: 5_001 }, () => row)].join('\n')).problems).toEqual(['answers.csv line 5002|(rows)']);
  });
});
