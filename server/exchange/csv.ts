/**
 * The network as the CSV pair of contract §1 (actors.csv, links.csv), both ways: the JSON
 * fields as columns, `domains` joined by `|`, quoted where a cell needs it (RFC 4180). A cell
 * that a spreadsheet would run as a formula (starting with = + - @, tab or return) is written
 * with a leading apostrophe (OWASP's advice against CSV injection), which reading takes off
 * again. This module knows the syntax only (cells, lines, Dutch Excel's way of writing them);
 * the records' rules are the model's (model/parse-network.ts).
 */
import Papa from 'papaparse';

import type { Network } from '../model/network';
import { refuseNetwork, validateNetwork, type ParseResult, type Problem } from '../model/parse-network';

const ACTOR_CSV_COLUMNS = [
  'id', 'name', 'type', 'domain', 'domains', 'region', 'gemeente', 'person', 'description', 'illustrative', 'unconfirmed', 'since', 'until',
] as const;
const LINK_CSV_COLUMNS = [
  'from', 'to', 'type', 'source', 'quote', 'note', 'weight', 'since', 'until', 'illustrative', 'unconfirmed', 'frequency', 'importance', 'survey',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** What a field of an actor or a link holds. */
type FieldValue = string | number | boolean | readonly string[] | null | undefined;

function cell(value: FieldValue): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('|') : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function toCsv(columns: readonly string[], records: readonly object[]): string {
  const rows = records.map((record) => columns.map((column) => cell((record as Readonly<Record<string, FieldValue>>)[column])));
  return `${Papa.unparse({ fields: [...columns], data: rows }, { newline: '\n' })}\n`;
}

export const writeActorsCsv = (network: Network): string => toCsv(ACTOR_CSV_COLUMNS, network.actors);
export const writeLinksCsv = (network: Network): string => toCsv(LINK_CSV_COLUMNS, network.links);

/** Columns a file of the pair must have; the others may be left out. */
const REQUIRED_ACTOR_COLUMNS = ['id', 'name', 'type', 'domain'] as const;
const REQUIRED_LINK_COLUMNS = ['from', 'to', 'type'] as const;
const BOOLEAN_COLUMNS = new Set(['illustrative', 'unconfirmed']);
const NUMBER_COLUMNS = new Set(['weight', 'importance']);
const TRUE_WORDS = new Set(['true', '1', 'ja', 'yes', 'waar']);
const FALSE_WORDS = new Set(['false', '0', 'nee', 'no', 'onwaar']);

interface CsvTable {
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  /** Line in the file where each row starts (1 = header). */
  readonly lines: readonly number[];
}

/** A CSV file as cells: the header's names and each row's cells, before any meaning is given to them. */
export interface CsvCells {
  /** The header's names, trimmed. */
  readonly columns: readonly string[];
  /** Each row's cells as written (take them through `cellText`). */
  readonly rows: readonly (readonly string[])[];
  /** Line in the file where each row starts (1 = header). */
  readonly lines: readonly number[];
  /** Whether the file is the semicolon CSV of Dutch Excel (decimal commas). */
  readonly semicolon: boolean;
}

/**
 * Reads the syntax of one CSV file. The delimiter is detected, so both the comma CSV of most
 * tools and the semicolon CSV that Dutch Excel writes are read; a UTF-8 byte-order mark is
 * dropped and empty lines are skipped. An empty file, quotes that do not close and rows with
 * another number of cells than the header are added to `problems`, named `<file> line N`;
 * undefined only for an empty file.
 *
 * Complexity: O(length of the text).
 */
export function readCsvCells(file: string, text: string, problems: Problem[]): CsvCells | undefined {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...body] = parsed.data;
  if (header === undefined) {
    problems.push({ record: `${file} line 1`, field: '(header)', message: 'the file is empty; a header line is required' });
    return undefined;
  }
  const columns = header.map((name) => name.trim());
  const lineOfRow = rowLines(text, parsed.data.length);
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    const line = error.row === undefined ? 1 : (lineOfRow[error.row] ?? error.row + 1);
    problems.push({ record: `${file} line ${String(line)}`, field: '(csv)', message: error.message });
  }
  const lines = body.map((_, index) => lineOfRow[index + 1] ?? index + 2);
  body.forEach((cells, index) => {
    if (cells.length === columns.length) return;
    problems.push({
      record: `${file} line ${String(lines[index] ?? index + 2)}`,
      field: '(csv)',
      message: `has ${String(cells.length)} cells; the header has ${String(columns.length)}`,
    });
  });
  return { columns, rows: body, lines, semicolon: parsed.meta.delimiter === ';' };
}

/** Reads one CSV file of the pair (see `readCsvCells`), with the columns `required` must have. */
function readCsv(file: string, text: string, required: readonly string[], problems: Problem[]): CsvTable | undefined {
  const cells = readCsvCells(file, text, problems);
  if (cells === undefined) return undefined;
  const { columns, semicolon } = cells;
  const missing = required.filter((name) => !columns.includes(name));
  for (const name of missing) {
    problems.push({ record: `${file} line 1`, field: name, message: 'required column is missing from the header' });
  }
  if (missing.length > 0) return undefined;
  const rows = cells.rows.map((row) => Object.fromEntries(columns.map((name, column) => [name, csvValue(name, row[column] ?? '', semicolon)])));
  return { rows, lines: cells.lines };
}

/** Start line of each parsed row, counting newlines inside quoted cells. */
function rowLines(text: string, rowCount: number): number[] {
  const lines: number[] = [];
  let line = 1;
  let quoted = false;
  let atRowStart = true;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (atRowStart && char !== '\n' && char !== '\r') {
      lines.push(line);
      atRowStart = false;
    }
    if (char === '"') quoted = !quoted;
    if (char === '\n') {
      line += 1;
      if (!quoted) atRowStart = true;
    }
    if (lines.length > rowCount) break;
  }
  return lines;
}

/** A cell `cell` neutralised gets its apostrophe back off. */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/** What a cell says: trimmed, without the apostrophe that kept a formula-like cell from running. */
export const cellText = (cell: string): string => cell.trim().replace(NEUTRALISED, '');

function csvValue(column: string, cell: string, semicolon: boolean): unknown {
  const value = cellText(cell);
  if (value === '') return undefined;
  if (BOOLEAN_COLUMNS.has(column)) {
    const word = value.toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    return value;
  }
  if (NUMBER_COLUMNS.has(column)) {
    const number = Number(semicolon ? value.replace(',', '.') : value);
    return Number.isNaN(number) ? value : number;
  }
  if (column === 'domains') return value.split(/[|,]/).map((item) => item.trim()).filter((item) => item !== '');
  return value;
}

/**
 * Reads the CSV pair (actors.csv, links.csv) with the same columns as the JSON fields;
 * `domains` lists its values separated by `|`. Records are named by their line in the file.
 */
export function readNetworkCsv(actorsCsv: string, linksCsv: string): ParseResult {
  const problems: Problem[] = [];
  const actors = readCsv('actors.csv', actorsCsv, REQUIRED_ACTOR_COLUMNS, problems);
  const links = readCsv('links.csv', linksCsv, REQUIRED_LINK_COLUMNS, problems);
  if (actors === undefined || links === undefined || problems.length > 0) return refuseNetwork(problems);
  return validateNetwork(
    { actors: actors.rows, links: links.rows },
    {
      actor: (index) => `actors.csv line ${String(actors.lines[index] ?? index + 2)}`,
      link: (index) => `links.csv line ${String(links.lines[index] ?? index + 2)}`,
    },
  );
}
