/**
 * Reading a network file (contract §1) from JSON or from the CSV pair, and refusing it as a
 * whole when any record is wrong. Every problem names the record (array index or CSV line) and
 * the field, so a user can find it in the file they sent.
 */
import Papa from 'papaparse';

import {
  ACTOR_TYPES,
  DOMAINS,
  isActorType,
  isDomain,
  isLinkType,
  LINK_TYPES,
  type Actor,
  type Domain,
  type Link,
  type Network,
} from './network';

/** One reason a file is refused: where (record and field) and what is wrong. */
export interface Problem {
  readonly record: string;
  readonly field: string;
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly network: Network }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const formatProblem = (problem: Problem): string =>
  `${problem.record}, field "${problem.field}": ${problem.message}`;

/** Upper bounds that keep one hostile record from filling the database. */
export const FIELD_LIMITS = { id: 200, name: 300, text: 5_000 } as const;

/** Stops collecting after this many problems: the first screenful is what a user can act on. */
const MAX_PROBLEMS = 100;

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
// C0 controls except tab and line breaks, DEL, and the C1 controls.
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern finds
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Half of a UTF-16 surrogate pair without its other half: not text, and Neo4j would alter it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A real calendar date (or year, or month): 2023-02-30 is not one. */
function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number | undefined, number | undefined];
  if (month === undefined || Number.isNaN(month)) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined || Number.isNaN(day)) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

type Fields = Readonly<Record<string, unknown>>;

/** Collects problems for one record; `where` is how the record is named in messages. */
class RecordReader {
  constructor(
    private readonly fields: Fields,
    readonly where: string,
    private readonly problems: Problem[],
  ) {}

  fail(field: string, message: string): void {
    this.problems.push({ record: this.where, field, message });
  }

  requiredText(field: string, limit: number): string | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.fail(field, 'is required and must not be empty');
      return undefined;
    }
    return this.text(field, limit);
  }

  optionalText(field: string, limit: number = FIELD_LIMITS.text): string | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null || value === '') return undefined;
    return this.text(field, limit);
  }

  private text(field: string, limit: number): string | undefined {
    const value = this.fields[field];
    if (typeof value !== 'string') {
      this.fail(field, `must be a string, got ${describe(value)}`);
      return undefined;
    }
    if (value.length > limit) {
      this.fail(field, `is ${String(value.length)} characters long; at most ${String(limit)} are allowed`);
      return undefined;
    }
    if (CONTROL_CHARACTERS.test(value)) {
      this.fail(field, 'contains a control character (such as a null byte)');
      return undefined;
    }
    if (LONE_SURROGATE.test(value)) {
      this.fail(field, 'contains a broken character (half of a UTF-16 surrogate pair)');
      return undefined;
    }
    return value.trim();
  }

  /** Refuses every field of `names` the record carries. */
  refuseFields(names: ReadonlySet<string>, message: string): void {
    for (const field of Object.keys(this.fields)) if (names.has(field)) this.fail(field, message);
  }

  optionalBoolean(field: string): boolean | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'boolean') return value;
    this.fail(field, `must be true or false, got ${describe(value)}`);
    return undefined;
  }

  optionalNumber(field: string): number | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.fail(field, `must be a finite number, got ${describe(value)}`);
    return undefined;
  }

  optionalDate(field: string): string | undefined {
    const value = this.optionalText(field, 10);
    if (value !== undefined && !isCalendarDate(value)) {
      this.fail(field, `must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
      return undefined;
    }
    return value;
  }

  optionalDomains(field: string): Domain[] | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null || value === '') return undefined;
    if (!Array.isArray(value) || value.length === 0) {
      this.fail(field, `must be a non-empty list of domains, got ${describe(value)}`);
      return undefined;
    }
    const bad = (value as readonly unknown[]).find((item) => !isDomain(item));
    if (bad !== undefined) {
      this.fail(field, `has unknown domain ${describe(bad)}; expected ${DOMAINS.join(', ')}`);
      return undefined;
    }
    return [...new Set(value as Domain[])];
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined) return `${typeof value} ${String(value)}`;
  return typeof value;
}

/** Copies only the fields that carry a value, so optional fields stay absent (not undefined). */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Fields that would hold special categories of personal data (AVG/GDPR art. 9): a wethouder's
 * party reveals a political opinion, a person's union membership is one. They are refused
 * rather than dropped, so nobody believes they were stored (domain-notes §5).
 */
const SPECIAL_CATEGORY_FIELDS = new Set([
  'party', 'partij', 'politicalParty', 'political_party', 'union', 'unionMembership', 'vakbondslidmaatschap',
  'religion', 'religie', 'ethnicity', 'etniciteit', 'health', 'gezondheid',
]);

function readActor(reader: RecordReader): Actor | undefined {
  reader.refuseFields(SPECIAL_CATEGORY_FIELDS, 'is a special category of personal data (AVG art. 9) and is never stored; a person appears only in a public role');
  const id = reader.requiredText('id', FIELD_LIMITS.id);
  const name = reader.requiredText('name', FIELD_LIMITS.name);
  const type = reader.requiredText('type', FIELD_LIMITS.id);
  const domain = reader.requiredText('domain', FIELD_LIMITS.id);
  if (id !== undefined && /\s/.test(id)) reader.fail('id', 'must not contain spaces or line breaks');
  if (name !== undefined && !LETTER_OR_DIGIT.test(name)) reader.fail('name', 'must contain at least one letter or digit');
  if (id !== undefined && id in Object.prototype) {
    // Such ids collide with JavaScript's object internals in graphology's indexes.
    reader.fail('id', `"${id}" is a reserved word and cannot be an id`);
  }
  if (type !== undefined && !isActorType(type)) {
    reader.fail('type', `unknown actor type "${type}"; expected one of ${Object.keys(ACTOR_TYPES).join(', ')}`);
  }
  if (domain !== undefined && !isDomain(domain)) {
    reader.fail('domain', `unknown domain "${domain}"; expected one of ${DOMAINS.join(', ')}`);
  }
  const actor = defined({
    id,
    name,
    type,
    domain,
    domains: reader.optionalDomains('domains'),
    region: reader.optionalText('region', FIELD_LIMITS.id),
    gemeente: reader.optionalText('gemeente', FIELD_LIMITS.name),
    person: reader.optionalText('person', FIELD_LIMITS.name),
    description: reader.optionalText('description'),
    illustrative: reader.optionalBoolean('illustrative'),
    unconfirmed: reader.optionalBoolean('unconfirmed'),
  });
  if (id === undefined || name === undefined || !isActorType(type) || !isDomain(domain)) return undefined;
  return actor as Actor;
}

/** `actorIds`: the ids a link may refer to; undefined leaves that check to the caller. */
function readLink(reader: RecordReader, actorIds: ReadonlySet<string> | undefined): Link | undefined {
  const from = reader.requiredText('from', FIELD_LIMITS.id);
  const to = reader.requiredText('to', FIELD_LIMITS.id);
  const type = reader.requiredText('type', FIELD_LIMITS.id);
  for (const [field, id] of [['from', from], ['to', to]] as const) {
    if (id !== undefined && actorIds !== undefined && !actorIds.has(id)) {
      reader.fail(field, `refers to actor "${id}", which is not in the file`);
    }
  }
  if (from !== undefined && from === to) reader.fail('to', `links actor "${from}" to itself`);
  if (type !== undefined && !isLinkType(type)) {
    reader.fail('type', `unknown link type "${type}"; expected one of ${Object.keys(LINK_TYPES).join(', ')}`);
  }
  const link = defined({
    from,
    to,
    type,
    source: reader.optionalText('source', FIELD_LIMITS.name),
    quote: reader.optionalText('quote'),
    note: reader.optionalText('note'),
    weight: reader.optionalNumber('weight'),
    since: reader.optionalDate('since'),
    until: reader.optionalDate('until'),
    illustrative: reader.optionalBoolean('illustrative'),
    unconfirmed: reader.optionalBoolean('unconfirmed'),
  });
  if (from === undefined || to === undefined || !isLinkType(type)) return undefined;
  return link as Link;
}

/** Names records as `actors[3]` (JSON) or `actors.csv line 5` (CSV). */
export interface RecordNaming {
  readonly actor: (index: number) => string;
  readonly link: (index: number) => string;
}

const JSON_NAMING: RecordNaming = { actor: (i) => `actors[${String(i)}]`, link: (i) => `links[${String(i)}]` };

/**
 * Validates a decoded value as a network (contract §1). All records are checked, so the answer
 * lists every problem (up to a screenful), not only the first. O(actors + links).
 */
export function validateNetwork(value: unknown, naming: RecordNaming = JSON_NAMING): ParseResult {
  const problems: Problem[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse([{ record: 'file', field: '(root)', message: 'must be an object with "actors" and "links" lists' }]);
  }
  const root = value as Fields;
  for (const list of ['actors', 'links']) {
    if (!Array.isArray(root[list])) problems.push({ record: 'file', field: list, message: 'must be a list' });
  }
  if (problems.length > 0) return refuse(problems);

  const actors: Actor[] = [];
  const firstIndexOfId = new Map<string, number>();
  (root['actors'] as unknown[]).forEach((raw, index) => {
    const reader = readerFor(raw, naming.actor(index), problems);
    const actor = reader && readActor(reader);
    if (actor === undefined) return;
    const first = firstIndexOfId.get(actor.id);
    if (first !== undefined) {
      reader?.fail('id', `duplicate id "${actor.id}" (first used by ${naming.actor(first)})`);
      return;
    }
    firstIndexOfId.set(actor.id, index);
    actors.push(actor);
  });

  const actorIds = new Set(firstIndexOfId.keys());
  const links: Link[] = [];
  (root['links'] as unknown[]).forEach((raw, index) => {
    const reader = readerFor(raw, naming.link(index), problems);
    const link = reader && readLink(reader, actorIds);
    if (link !== undefined) links.push(link);
  });

  return problems.length > 0 ? refuse(problems) : { ok: true, network: { actors, links } };
}

function readerFor(raw: unknown, where: string, problems: Problem[]): RecordReader | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ record: where, field: '(record)', message: `must be an object, got ${describe(raw)}` });
    return undefined;
  }
  return new RecordReader(raw as Fields, where, problems);
}

type RecordResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

function readOne<T>(raw: unknown, where: string, read: (reader: RecordReader) => T | undefined): RecordResult<T> {
  const problems: Problem[] = [];
  const reader = readerFor(raw, where, problems);
  const value = reader && read(reader);
  return value === undefined || problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/** Validates one actor sent on its own (an edit), with the same rules as a file's records. */
export const parseActor = (raw: unknown, where = 'actor'): RecordResult<Actor> => readOne(raw, where, readActor);

/** Validates one link sent on its own; whether its actors exist is for the caller to check. */
export const parseLink = (raw: unknown, where = 'link'): RecordResult<Link> =>
  readOne(raw, where, (reader) => readLink(reader, undefined));

function refuse(problems: readonly Problem[]): ParseResult {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** Parses contract JSON text. Malformed JSON is refused with the position the parser reports. */
export function parseNetworkJson(text: string): ParseResult {
  let value: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte-order mark; it is not part of the JSON.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse([{ record: 'file', field: '(json)', message: `is not valid JSON: ${reason}` }]);
  }
  return validateNetwork(value);
}

const ACTOR_COLUMNS = ['id', 'name', 'type', 'domain'] as const;
const LINK_COLUMNS = ['from', 'to', 'type'] as const;
const BOOLEAN_COLUMNS = new Set(['illustrative', 'unconfirmed']);
const TRUE_WORDS = new Set(['true', '1', 'ja', 'yes', 'waar']);
const FALSE_WORDS = new Set(['false', '0', 'nee', 'no', 'onwaar']);

interface CsvTable {
  readonly rows: readonly Fields[];
  /** Line in the file where each row starts (1 = header). */
  readonly lines: readonly number[];
}

/**
 * Reads one CSV file of the pair. The delimiter is detected, so both the comma CSV of most
 * tools and the semicolon CSV that Dutch Excel writes (with decimal commas and WAAR/ONWAAR)
 * are read; a UTF-8 byte-order mark is dropped.
 */
function readCsv(file: string, text: string, required: readonly string[], problems: Problem[]): CsvTable | undefined {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const semicolon = parsed.meta.delimiter === ';';
  const [header, ...body] = parsed.data;
  if (header === undefined) {
    problems.push({ record: `${file} line 1`, field: '(header)', message: 'the file is empty; a header line is required' });
    return undefined;
  }
  const columns = header.map((name) => name.trim());
  const missing = required.filter((name) => !columns.includes(name));
  for (const name of missing) {
    problems.push({ record: `${file} line 1`, field: name, message: 'required column is missing from the header' });
  }
  const lineOfRow = rowLines(text, parsed.data.length);
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    const line = error.row === undefined ? 1 : (lineOfRow[error.row] ?? error.row + 1);
    problems.push({ record: `${file} line ${String(line)}`, field: '(csv)', message: error.message });
  }
  if (missing.length > 0) return undefined;
  const rows = body.map((cells, index) => {
    if (cells.length !== columns.length) {
      const line = lineOfRow[index + 1] ?? index + 2;
      problems.push({
        record: `${file} line ${String(line)}`,
        field: '(csv)',
        message: `has ${String(cells.length)} cells; the header has ${String(columns.length)}`,
      });
    }
    return Object.fromEntries(columns.map((name, column) => [name, csvValue(name, cells[column] ?? '', semicolon)]));
  });
  return { rows, lines: body.map((_, index) => lineOfRow[index + 1] ?? index + 2) };
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

/** A cell our CSV export neutralised (see exchange/csv.ts) gets its apostrophe back off. */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

function csvValue(column: string, cell: string, semicolon: boolean): unknown {
  const value = cell.trim().replace(NEUTRALISED, '');
  if (value === '') return undefined;
  if (BOOLEAN_COLUMNS.has(column)) {
    const word = value.toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    return value;
  }
  if (column === 'weight') {
    const number = Number(semicolon ? value.replace(',', '.') : value);
    return Number.isNaN(number) ? value : number;
  }
  if (column === 'domains') return value.split(/[|,]/).map((item) => item.trim()).filter((item) => item !== '');
  return value;
}

/**
 * Parses the CSV pair (actors.csv, links.csv) with the same columns as the JSON fields;
 * `domains` lists its values separated by `|`.
 */
export function parseNetworkCsv(actorsCsv: string, linksCsv: string): ParseResult {
  const problems: Problem[] = [];
  const actors = readCsv('actors.csv', actorsCsv, ACTOR_COLUMNS, problems);
  const links = readCsv('links.csv', linksCsv, LINK_COLUMNS, problems);
  if (actors === undefined || links === undefined || problems.length > 0) return refuse(problems);
  return validateNetwork(
    { actors: actors.rows, links: links.rows },
    {
      actor: (index) => `actors.csv line ${String(actors.lines[index] ?? index + 2)}`,
      link: (index) => `links.csv line ${String(links.lines[index] ?? index + 2)}`,
    },
  );
}
