/**
 * The answers of a roster survey as another survey tool exports them (issue 17): one row per
 * answer, with the columns respondent, partner, type, frequency and importance, in Dutch or
 * English. This module reads the syntax and the columns only; what the cells mean (which actor,
 * which link type) is model/survey-matching.ts's.
 */
import { badInput } from '../model/errors';
import type { Problem } from '../model/parse-network';
import { ANSWERS_CSV, type SurveyCsvRow } from '../model/survey-matching';
import { cellText, readCsvCells } from './csv';

/** The most answers one file may hold: a round of 100 respondents naming 50 partners each. */
const MAX_SURVEY_CSV_ROWS = 5_000;

type SurveyCsvField = Exclude<keyof SurveyCsvRow, 'line'>;

/** Each field with the header names it is known by (compared in lower case). */
const HEADER_NAMES: Readonly<Record<SurveyCsvField, readonly string[]>> = {
  respondent: ['respondent'],
  partner: ['partner'],
  type: ['type', 'soort'],
  frequency: ['frequency', 'frequentie'],
  importance: ['importance', 'belang'],
};

const FIELDS = Object.keys(HEADER_NAMES) as SurveyCsvField[];

/**
 * Reads a CSV of answers: comma or semicolon separated, quoted cells, a byte-order mark, empty
 * lines and the apostrophe before formula-like cells as csv.ts reads them. Header names are
 * matched without regard to case; other columns (a survey tool's time stamps) are ignored.
 * Refused with one `badInput` naming every problem (`answers.csv line N` and the field): a
 * missing or repeated column, a syntax error, an empty cell, more than `MAX_SURVEY_CSV_ROWS` rows.
 *
 * Complexity: O(length of the text).
 */
export function readSurveyCsv(text: string): SurveyCsvRow[] {
  const problems: Problem[] = [];
  const cells = readCsvCells(ANSWERS_CSV, text, problems);
  if (cells === undefined) throw badInput(problems, 'The answers CSV was refused');
  const header = cells.columns.map((name) => name.toLowerCase());
  const columnOf = new Map<SurveyCsvField, number>();
  for (const field of FIELDS) {
    const found = header.flatMap((name, column) => (HEADER_NAMES[field].includes(name) ? [column] : []));
    const [column, ...repeated] = found;
    if (column === undefined) {
      problems.push({ record: `${ANSWERS_CSV} line 1`, field, message: `required column is missing from the header (name it ${HEADER_NAMES[field].join(' or ')})` });
    } else if (repeated.length > 0) {
      problems.push({ record: `${ANSWERS_CSV} line 1`, field, message: `the header has ${String(found.length)} columns for it (${found.map((index) => cells.columns[index] ?? '').join(', ')}); keep one` });
    } else columnOf.set(field, column);
  }
  if (cells.rows.length > MAX_SURVEY_CSV_ROWS) {
    const line = cells.lines[MAX_SURVEY_CSV_ROWS] ?? MAX_SURVEY_CSV_ROWS + 2;
    problems.push({
      record: `${ANSWERS_CSV} line ${String(line)}`,
      field: '(rows)',
      message: `the file has ${String(cells.rows.length)} answers; at most ${String(MAX_SURVEY_CSV_ROWS)} are taken at a time, split it`,
    });
  }
  if (problems.length > 0) throw badInput(problems, 'The answers CSV was refused');

  const rows = cells.rows.map((row, index): SurveyCsvRow => {
    const line = cells.lines[index] ?? index + 2;
    const value = (field: SurveyCsvField): string => {
      const text = cellText(row[columnOf.get(field) ?? -1] ?? '');
      if (text === '') problems.push({ record: `${ANSWERS_CSV} line ${String(line)}`, field, message: 'is empty; every answer needs it' });
      return text;
    };
    return { line, respondent: value('respondent'), partner: value('partner'), type: value('type'), frequency: value('frequency'), importance: value('importance') };
  });
  if (problems.length > 0) throw badInput(problems, 'The answers CSV was refused');
  return rows;
}
