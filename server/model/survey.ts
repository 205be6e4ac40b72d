/**
 * Roster surveys (issue 17): the vocabulary of an answer and the rules every part shares (the
 * store, the CSV import, the dashboard). No I/O here.
 *
 * A round asks its respondents (actors) which of the round's other actors they work with; each
 * answer names a partner (a roster actor, or another organisation by name), the kind of relation
 * (a link type), how often and how important. A sent answer about a known actor becomes a link,
 * unconfirmed until the partner names the respondent too.
 */
import type { LinkType } from './network';

export const SURVEY_FREQUENCIES = ['WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
export type SurveyFrequency = (typeof SURVEY_FREQUENCIES)[number];

export const isSurveyFrequency = (value: unknown): value is SurveyFrequency =>
  typeof value === 'string' && (SURVEY_FREQUENCIES as readonly string[]).includes(value);

/** Importance on the form's scale, 1 (not important) to 5 (very important). */
export const IMPORTANCE = { min: 1, max: 5 } as const;

export const SURVEY_ANSWER_STATES = ['DRAFT', 'SENT', 'ACCEPTED', 'REJECTED'] as const;
export type SurveyAnswerState = (typeof SURVEY_ANSWER_STATES)[number];

export const DEFAULT_QUESTION = {
  nl: 'Met welke van deze organisaties werkt u samen?',
  en: 'Which of these organisations do you work with?',
} as const;

/**
 * The relations a respondent can name: the link types that describe working with another
 * organisation. `centrumgemeente` (a legal designation), `portefeuille` (a role's own
 * portfolio) and `ondertekening` (signing a document) are facts of record, not something a
 * respondent reports about a partner.
 */
export const SURVEY_LINK_TYPES = [
  'samenwerking',
  'financiering',
  'advies',
  'dienstverlening',
  'uitvoering',
  'opleiding',
  'bestuur',
  'lidmaatschap',
  'vertegenwoordiging',
] as const satisfies readonly LinkType[];

export const isSurveyLinkType = (value: unknown): value is (typeof SURVEY_LINK_TYPES)[number] =>
  typeof value === 'string' && (SURVEY_LINK_TYPES as readonly string[]).includes(value);

/** The `source` of a link an answer made: "Enquête <round> (<day>), antwoord van <respondent>". */
export const answerSource = (roundTitle: string, day: string, respondentName: string): string =>
  `Enquête ${roundTitle} (${day}), antwoord van ${respondentName}`;

/** An answer as far as reciprocity is concerned: who named whom, and whether it still counts. */
export interface NamedTie {
  readonly respondent: string;
  /** The partner's actor id; undefined for a name not yet matched to an actor. */
  readonly partner: string | undefined;
  readonly state: SurveyAnswerState;
}

/** One key per unordered pair of actor ids. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * An answer counts (for reciprocity, as a link, in the round's figures) once it is sent and names
 * an actor, and while it is not rejected; drafts, rejections and unmatched names do not.
 */
export const answerCounts = <T extends NamedTie>(tie: T): tie is T & { readonly partner: string } =>
  tie.partner !== undefined && (tie.state === 'SENT' || tie.state === 'ACCEPTED');

/**
 * The named and the reciprocated pairs of a round. A pair is named when at least one of the two
 * named the other in a counting answer (of any link type), and reciprocated when each named the
 * other. Only pairs of two respondents are counted: an actor that was not asked cannot
 * reciprocate. O(answers).
 */
export function tiesOfRound(respondents: Iterable<string>, answers: Iterable<NamedTie>): { named: Set<string>; reciprocated: Set<string> } {
  const asked = new Set(respondents);
  const directions = new Map<string, Set<string>>();
  for (const tie of answers) {
    if (!answerCounts(tie) || tie.partner === tie.respondent || !asked.has(tie.respondent) || !asked.has(tie.partner)) continue;
    const key = pairKey(tie.respondent, tie.partner);
    const namers = directions.get(key) ?? new Set<string>();
    namers.add(tie.respondent);
    directions.set(key, namers);
  }
  const reciprocated = new Set([...directions].filter(([, namers]) => namers.size === 2).map(([key]) => key));
  return { named: new Set(directions.keys()), reciprocated };
}
