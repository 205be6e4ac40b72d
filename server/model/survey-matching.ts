/**
 * Matching the answers of another survey tool to a round (issue 17): the names in a CSV are
 * typed by people, so a respondent or partner is found by its id or by its name with case and
 * spacing ignored. Nothing is guessed beyond that: a name that matches no actor, or more than
 * one, refuses the file, naming the row, and an editor corrects the file.
 */
import { badInput } from './errors';
import type { LinkType } from './network';
import type { Problem } from './parse-network';
import { IMPORTANCE, isSurveyLinkType, SURVEY_LINK_TYPES, type SurveyFrequency } from './survey';

/** The name a CSV of answers has in every refusal. */
export const ANSWERS_CSV = 'answers.csv';

/** One answer as a CSV of answers holds it (exchange/survey-csv.ts reads it): every cell trimmed, nothing interpreted yet. */
export interface SurveyCsvRow {
  /** Line in the file where the row starts (the header is line 1). */
  readonly line: number;
  readonly respondent: string;
  readonly partner: string;
  readonly type: string;
  readonly frequency: string;
  readonly importance: string;
}

/** An actor as matching needs it. */
export interface NamedActor {
  readonly id: string;
  readonly name: string;
}

/** One answer of the file, its respondent and partner found. */
export interface MatchedAnswer {
  /** The line of the file it came from. */
  readonly line: number;
  /** The respondent's actor id. */
  readonly respondent: string;
  /** The partner's actor id. */
  readonly partner: string;
  readonly type: LinkType;
  readonly frequency: SurveyFrequency;
  readonly importance: number;
}

/**
 * A name as it is compared: Unicode NFC (so an "é" typed as e + accent equals the one typed
 * whole), lower case, without surrounding spaces and with every run of white space one space.
 * Diacritics stay: "Zuid-Holland Oost" and "Zuid-Hollând Oost" are different names.
 */
export const normaliseName = (name: string): string => name.normalize('NFC').toLowerCase().trim().replace(/\s+/gu, ' ');

/** The words survey tools write for each frequency, normalised; the enum names among them. */
const FREQUENCY_WORDS: ReadonlyMap<string, SurveyFrequency> = new Map([
  ...['wekelijks', 'weekly'].map((word) => [word, 'WEEKLY'] as const),
  ...['maandelijks', 'monthly'].map((word) => [word, 'MONTHLY'] as const),
  ...['per kwartaal', 'kwartaal', 'quarterly'].map((word) => [word, 'QUARTERLY'] as const),
  ...['jaarlijks', 'yearly', 'annually'].map((word) => [word, 'YEARLY'] as const),
]);

/** Ids by normalised name: more than one id means the name is ambiguous. */
function namesIndex(actors: readonly NamedActor[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const { id, name } of actors) {
    const key = normaliseName(name);
    const ids = index.get(key);
    if (ids === undefined) index.set(key, [id]);
    else ids.push(id);
  }
  return index;
}

/** Finds actors by id first, then by normalised name. */
class ActorFinder {
  private readonly ids: ReadonlySet<string>;
  private readonly names: ReadonlyMap<string, readonly string[]>;

  constructor(actors: readonly NamedActor[]) {
    this.ids = new Set(actors.map((actor) => actor.id));
    this.names = namesIndex(actors);
  }

  /** The ids the cell may mean: one when it is an id or a unique name, none or several otherwise. */
  find(cell: string): readonly string[] {
    if (this.ids.has(cell)) return [cell];
    return this.names.get(normaliseName(cell)) ?? [];
  }
}

/**
 * Matches every row of a CSV of answers to the round:
 *
 * - `respondent`: the id or name of one of the round's `respondents`;
 * - `partner`: the id or name of one of `actors` (any actor of the network), not the respondent;
 * - `type`: one of SURVEY_LINK_TYPES; `frequency`: wekelijks/weekly, maandelijks/monthly,
 *   per kwartaal/kwartaal/quarterly, jaarlijks/yearly/annually or the enum name, in any case;
 *   `importance`: a whole number from 1 to 5;
 * - one answer per respondent, partner and type: a repeat is refused, naming the first line.
 *
 * An id is taken before a name. Every row is checked, and all problems are refused in one
 * `badInput` (each naming `answers.csv line N` and the field) whose message lists the names that
 * matched nothing: the file is taken whole or not at all.
 *
 * Complexity: O(respondents + actors + rows), names normalised once.
 */
export function matchSurveyRows(rows: readonly SurveyCsvRow[], respondents: readonly NamedActor[], actors: readonly NamedActor[]): MatchedAnswer[] {
  const respondentFinder = new ActorFinder(respondents);
  const actorFinder = new ActorFinder(actors);
  const problems: Problem[] = [];
  /** Names that matched nothing, by normalised name, as first written. */
  const unmatched = new Map<string, string>();
  const firstLineOf = new Map<string, number>();
  const matched: MatchedAnswer[] = [];

  for (const row of rows) {
    const record = `${ANSWERS_CSV} line ${String(row.line)}`;
    const refuse = (field: keyof SurveyCsvRow, message: string): void => {
      problems.push({ record, field, message });
    };
    const one = (field: 'respondent' | 'partner', found: readonly string[], whatIsMissing: () => string): string | undefined => {
      const [id, ...others] = found;
      if (id !== undefined && others.length === 0) return id;
      if (id === undefined) {
        if (!unmatched.has(normaliseName(row[field]))) unmatched.set(normaliseName(row[field]), row[field]);
        refuse(field, whatIsMissing());
      } else refuse(field, `"${row[field]}" is the name of ${String(found.length)} organisations (${found.join(', ')}); give the id`);
      return undefined;
    };

    const respondent = one('respondent', respondentFinder.find(row.respondent), () =>
      actorFinder.find(row.respondent).length > 0 ? `"${row.respondent}" is not a respondent of this round` : `unknown organisation "${row.respondent}"`,
    );
    const partner = one('partner', actorFinder.find(row.partner), () => `unknown organisation "${row.partner}"`);
    if (respondent !== undefined && respondent === partner) refuse('partner', `the respondent names itself ("${row.partner}")`);

    const type = row.type.trim().toLowerCase();
    if (!isSurveyLinkType(type)) refuse('type', `unknown relation "${row.type}"; known: ${SURVEY_LINK_TYPES.join(', ')}`);
    const frequency = FREQUENCY_WORDS.get(normaliseName(row.frequency));
    if (frequency === undefined) refuse('frequency', `unknown frequency "${row.frequency}"; known: wekelijks, maandelijks, per kwartaal, jaarlijks (or weekly, monthly, quarterly, yearly)`);
    const importance = /^\d+$/u.test(row.importance) ? Number(row.importance) : Number.NaN;
    if (!(importance >= IMPORTANCE.min && importance <= IMPORTANCE.max)) {
      refuse('importance', `"${row.importance}" is no whole number from ${String(IMPORTANCE.min)} to ${String(IMPORTANCE.max)}`);
    }

    if (respondent === undefined || partner === undefined || respondent === partner || !isSurveyLinkType(type) || frequency === undefined) continue;
    const key = JSON.stringify([respondent, partner, type]);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      refuse('partner', `repeats line ${String(first)}: the same respondent, partner and type`);
      continue;
    }
    firstLineOf.set(key, row.line);
    matched.push({ line: row.line, respondent, partner, type, frequency, importance });
  }

  if (problems.length > 0) {
    const names = [...unmatched.values()].map((name) => `"${name}"`).join(', ');
    throw badInput(problems, unmatched.size === 0 ? 'The answers were refused' : `The answers were refused; names not matched: ${names}`);
  }
  return matched;
}
