/**
 * The network's rules (contract §1): a decoded value, whatever format it came in, becomes a
 * Network or is refused as a whole when any record is wrong. Every problem names the record
 * and the field, so a user can find it in the file they sent; how a record is named (array
 * index, CSV line) is the format's to say (RecordNaming). Reading text (JSON, the CSV pair) is
 * in server/exchange/; single actors and links sent for an edit pass the same rules here.
 */
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
import { endsBeforeItBegins, isCalendarDate, outsideOf, type Dated } from './dates';
import { IMPORTANCE, isSurveyFrequency, SURVEY_FREQUENCIES, type SurveyFrequency } from './survey';

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

// C0 controls except tab and line breaks, DEL, and the C1 controls.
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern finds
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Half of a UTF-16 surrogate pair without its other half: not text, and Neo4j would alter it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

type Fields = Readonly<Record<string, unknown>>;

/**
 * Why `value` is no text a record's field may hold (a string of at most `limit` characters,
 * without control characters or broken ones), or undefined when it is one.
 */
export function whyNotText(value: unknown, limit: number): string | undefined {
  if (typeof value !== 'string') return `must be a string, got ${describe(value)}`;
  if (value.length > limit) return `is ${String(value.length)} characters long; at most ${String(limit)} are allowed`;
  if (CONTROL_CHARACTERS.test(value)) return 'contains a control character (such as a null byte)';
  if (LONE_SURROGATE.test(value)) return 'contains a broken character (half of a UTF-16 surrogate pair)';
  return undefined;
}

/** Whether a name has something to read in it: at least one letter or digit. */
export const hasLetterOrDigit = (text: string): boolean => LETTER_OR_DIGIT.test(text);

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
    const wrong = whyNotText(value, limit);
    if (wrong !== undefined) {
      this.fail(field, wrong);
      return undefined;
    }
    return (value as string).trim();
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

  optionalFrequency(field: string): SurveyFrequency | undefined {
    const value = this.optionalText(field, FIELD_LIMITS.id);
    if (value === undefined || isSurveyFrequency(value)) return value;
    this.fail(field, `unknown frequency "${value}"; expected one of ${SURVEY_FREQUENCIES.join(', ')}`);
    return undefined;
  }

  /** A whole number from IMPORTANCE.min to IMPORTANCE.max. */
  optionalImportance(field: string): number | undefined {
    const value = this.optionalNumber(field);
    if (value === undefined || (Number.isInteger(value) && value >= IMPORTANCE.min && value <= IMPORTANCE.max)) return value;
    this.fail(field, `must be a whole number from ${String(IMPORTANCE.min)} to ${String(IMPORTANCE.max)}, got ${String(value)}`);
    return undefined;
  }

  /** An id: text without spaces or line breaks. */
  optionalId(field: string): string | undefined {
    const value = this.optionalText(field, FIELD_LIMITS.id);
    if (value === undefined || !/\s/.test(value)) return value;
    this.fail(field, 'must be an id, without spaces or line breaks');
    return undefined;
  }

  /** Contract §8: a period must have a day in it. */
  checkPeriod(record: Dated): void {
    if (endsBeforeItBegins(record)) this.fail('until', `${record.until ?? ''} is before since (${record.since ?? ''})`);
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
  if (name !== undefined && !hasLetterOrDigit(name)) reader.fail('name', 'must contain at least one letter or digit');
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
    since: reader.optionalDate('since'),
    until: reader.optionalDate('until'),
    illustrative: reader.optionalBoolean('illustrative'),
    unconfirmed: reader.optionalBoolean('unconfirmed'),
  });
  reader.checkPeriod(actor);
  if (id === undefined || name === undefined || !isActorType(type) || !isDomain(domain)) return undefined;
  return actor as Actor;
}

/**
 * `actors`: the actors a link may refer to, by id; undefined leaves that check, and whether the
 * link's dates fit its actors' lives, to the caller (`linkOutsideItsActors`).
 */
function readLink(reader: RecordReader, actors: ReadonlyMap<string, Actor> | undefined): Link | undefined {
  const from = reader.requiredText('from', FIELD_LIMITS.id);
  const to = reader.requiredText('to', FIELD_LIMITS.id);
  const type = reader.requiredText('type', FIELD_LIMITS.id);
  for (const [field, id] of [['from', from], ['to', to]] as const) {
    if (id !== undefined && actors !== undefined && !actors.has(id)) {
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
    frequency: reader.optionalFrequency('frequency'),
    importance: reader.optionalImportance('importance'),
    survey: reader.optionalId('survey'),
  });
  reader.checkPeriod(link);
  if (actors !== undefined) for (const problem of linkOutsideItsActors(link, actors, reader.where)) reader.fail(problem.field, problem.message);
  if (from === undefined || to === undefined || !isLinkType(type)) return undefined;
  return link as Link;
}

/**
 * Contract §8: a link's own dates must lie within the lives of both its actors (see
 * `outsideOf`); one problem per end whose life the link leaves. O(1).
 */
export function linkOutsideItsActors(link: Dated & { readonly from?: string | undefined; readonly to?: string | undefined }, actors: ReadonlyMap<string, Dated & { readonly id: string }>, record: string): Problem[] {
  const problems: Problem[] = [];
  for (const id of new Set([link.from, link.to])) {
    const actor = id === undefined ? undefined : actors.get(id);
    const outside = actor === undefined ? undefined : outsideOf(link, actor);
    if (outside !== undefined) problems.push({ record, field: outside.field, message: outside.message });
  }
  return problems;
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
    return refuseNetwork([{ record: 'file', field: '(root)', message: 'must be an object with "actors" and "links" lists' }]);
  }
  const root = value as Fields;
  for (const list of ['actors', 'links']) {
    if (!Array.isArray(root[list])) problems.push({ record: 'file', field: list, message: 'must be a list' });
  }
  if (problems.length > 0) return refuseNetwork(problems);

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

  const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
  const links: Link[] = [];
  (root['links'] as unknown[]).forEach((raw, index) => {
    const reader = readerFor(raw, naming.link(index), problems);
    const link = reader && readLink(reader, actorsById);
    if (link !== undefined) links.push(link);
  });

  return problems.length > 0 ? refuseNetwork(problems) : { ok: true, network: { actors, links } };
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

/** A refused network, with the first screenful of its problems. */
export function refuseNetwork(problems: readonly Problem[]): ParseResult {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
}
