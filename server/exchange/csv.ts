/**
 * The network as the CSV pair of contract §1 (actors.csv, links.csv): the JSON fields as
 * columns, `domains` joined by `|`, quoted where a cell needs it (RFC 4180). A cell that a
 * spreadsheet would run as a formula (starting with = + - @, tab or return) gets a leading
 * apostrophe (OWASP's advice against CSV injection); our own CSV import takes it off again.
 */
import Papa from 'papaparse';

import type { Network } from '../model/network';

const ACTOR_CSV_COLUMNS = [
  'id', 'name', 'type', 'domain', 'domains', 'region', 'gemeente', 'person', 'description', 'illustrative', 'unconfirmed',
] as const;
const LINK_CSV_COLUMNS = [
  'from', 'to', 'type', 'source', 'quote', 'note', 'weight', 'since', 'until', 'illustrative', 'unconfirmed',
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

export const actorsToCsv = (network: Network): string => toCsv(ACTOR_CSV_COLUMNS, network.actors);
export const linksToCsv = (network: Network): string => toCsv(LINK_CSV_COLUMNS, network.links);
