/**
 * The respondent's answers while the form is open: the partners chosen (roster actors, or
 * another organisation by name) and, per partner, one or more relations (a link type, how often,
 * how important). Pure: the page (view.ts) renders it and calls it; nothing here touches the DOM.
 *
 * The API takes one answer per (partner, type); the sheet keeps them grouped per partner as the
 * form shows them, and remembers which answer of the request is which relation, so a refusal
 * naming `answers[i]` is shown at the relation it concerns.
 */
import type { FormAnswerInput, SurveyFrequency } from '../api/generated';
import type { Problem } from '../api/graphql-client';
import type { FormAnswer, RosterEntry } from '../api/operations/survey-form';

export const FREQUENCIES: readonly SurveyFrequency[] = ['WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'];

/** The importance scale of the schema: 1 (not important) to 5 (very important). */
export const IMPORTANCE_SCALE: readonly number[] = [1, 2, 3, 4, 5];

export interface Relation {
  /** A link type id; '' until one is chosen. */
  type: string;
  frequency: SurveyFrequency | null;
  importance: number | null;
}

export interface Partner {
  /** `actor:<id>` or `name:<normalised name>`: one per partner on the sheet. */
  readonly key: string;
  /** The roster actor; null for another organisation. */
  readonly actor: string | null;
  /** The roster name, or the name as the respondent typed it. */
  readonly name: string;
  readonly relations: Relation[];
}

export type RelationField = 'partner' | 'type' | 'frequency' | 'importance';

/** A message key of the client (client/i18n), or a sentence of the server to show as it is. */
export type ProblemText = { readonly key: string } | { readonly text: string };

/** Something wrong with one relation of one partner. */
export interface FieldProblem {
  readonly partner: string;
  readonly relation: number;
  readonly field: RelationField;
  readonly message: ProblemText;
}

/** Why a typed organisation was not added. */
export type OtherRefusal = 'empty' | 'onRoster' | 'duplicate';

/** Lower case, accents and repeated spaces gone: how names are compared and searched. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const wordsOf = (text: string): string[] => normaliseName(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

/**
 * Whether a name matches what was typed in the search field: every typed word begins a word of
 * the name ("leid werk" finds "Gemeente Leiden – Werk & Inkomen"). An empty search matches all.
 */
export function matchesSearch(name: string, query: string): boolean {
  const nameWords = wordsOf(name);
  return wordsOf(query).every((typed) => nameWords.some((word) => word.startsWith(typed)));
}

/** The survey token of a form's path `/enquete/<token>`; null when the path holds none. */
export function surveyTokenFromPath(pathname: string): string | null {
  const match = /^\/enquete\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1] === undefined) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

const emptyRelation = (): Relation => ({ type: '', frequency: null, importance: null });

/** Where each answer of a request came from on the sheet, in the request's order. */
interface AnswerPlace {
  readonly partner: string;
  readonly relation: number;
}

export class AnswerSheet {
  readonly #partners: Partner[] = [];
  readonly #roster: ReadonlyMap<string, RosterEntry>;
  /** The places of the last request's answers (see {@link toInput}). */
  #places: AnswerPlace[] = [];

  constructor(roster: readonly RosterEntry[], saved: readonly FormAnswer[] = []) {
    this.#roster = new Map(roster.map((entry) => [entry.id, entry]));
    for (const answer of saved) {
      const partner =
        answer.partner !== null
          ? this.#partnerFor(answer.partner, this.#roster.get(answer.partner)?.name ?? answer.partner)
          : this.#partnerFor(null, answer.partnerName ?? '');
      const relation = { type: answer.type, frequency: answer.frequency, importance: answer.importance };
      // A partner chosen by this loop starts with one empty relation: the first saved one takes its place.
      if (partner.relations.length === 1 && partner.relations[0]?.type === '') partner.relations[0] = relation;
      else partner.relations.push(relation);
    }
  }

  get partners(): readonly Partner[] {
    return this.#partners;
  }

  find(key: string): Partner | undefined {
    return this.#partners.find((partner) => partner.key === key);
  }

  isChosen(actor: string): boolean {
    return this.find(`actor:${actor}`) !== undefined;
  }

  /** Adds a roster actor (with one relation to fill in), or removes it with its relations. */
  setChosen(actor: string, chosen: boolean): void {
    const entry = this.#roster.get(actor);
    if (entry === undefined) throw new Error(`Actor "${actor}" is not on this form's roster`);
    if (chosen) this.#partnerFor(actor, entry.name);
    else this.remove(`actor:${actor}`);
  }

  /**
   * Adds another organisation by name; refused when the name is empty, is a roster actor's
   * (choose it in the list: no duplicate of an actor the round knows) or is on the sheet already.
   */
  addOther(name: string): Partner | OtherRefusal {
    const normalised = normaliseName(name);
    if (normalised === '') return 'empty';
    if ([...this.#roster.values()].some((entry) => normaliseName(entry.name) === normalised)) return 'onRoster';
    if (this.find(`name:${normalised}`) !== undefined) return 'duplicate';
    return this.#partnerFor(null, name.trim().replace(/\s+/g, ' '));
  }

  remove(key: string): void {
    const index = this.#partners.findIndex((partner) => partner.key === key);
    if (index >= 0) this.#partners.splice(index, 1);
  }

  addRelation(key: string): void {
    this.#partner(key).relations.push(emptyRelation());
  }

  /** Removes one relation; the last one goes with its partner. */
  removeRelation(key: string, index: number): void {
    const partner = this.#partner(key);
    partner.relations.splice(index, 1);
    if (partner.relations.length === 0) this.remove(key);
  }

  relation(key: string, index: number): Relation {
    const relation = this.#partner(key).relations[index];
    if (relation === undefined) throw new Error(`Partner "${key}" has no relation ${String(index)}`);
    return relation;
  }

  /** What must be filled in before the answers can be saved: each relation complete, no type twice per partner. */
  problems(): FieldProblem[] {
    return this.#partners.flatMap((partner) =>
      partner.relations.flatMap((relation, index): FieldProblem[] => {
        const at = { partner: partner.key, relation: index };
        const problems: FieldProblem[] = [];
        if (relation.type === '') problems.push({ ...at, field: 'type', message: { key: 'enquete.problem.type' } });
        else if (partner.relations.findIndex((other) => other.type === relation.type) < index) {
          problems.push({ ...at, field: 'type', message: { key: 'enquete.problem.typeTwice' } });
        }
        if (relation.frequency === null) problems.push({ ...at, field: 'frequency', message: { key: 'enquete.problem.frequency' } });
        if (relation.importance === null) problems.push({ ...at, field: 'importance', message: { key: 'enquete.problem.importance' } });
        return problems;
      }),
    );
  }

  /** The answers to send, one per relation, in the sheet's order; call only when {@link problems} is empty. */
  toInput(): FormAnswerInput[] {
    this.#places = [];
    return this.#partners.flatMap((partner) =>
      partner.relations.map((relation, index): FormAnswerInput => {
        if (relation.frequency === null || relation.importance === null || relation.type === '') {
          throw new Error(`Relation ${String(index)} of "${partner.name}" is not complete`);
        }
        this.#places.push({ partner: partner.key, relation: index });
        return {
          ...(partner.actor === null ? { partnerName: partner.name } : { partner: partner.actor }),
          type: relation.type,
          frequency: relation.frequency,
          importance: relation.importance,
        };
      }),
    );
  }

  /**
   * The server's refusal of the last request, each problem at the relation it names
   * (`answers[i]`, field type, frequency, importance, or partner/partnerName). Problems that
   * name no answer come back in `general`.
   */
  placeProblems(problems: readonly Problem[]): { placed: FieldProblem[]; general: Problem[] } {
    const placed: FieldProblem[] = [];
    const general: Problem[] = [];
    for (const problem of problems) {
      const index = /^answers\[(\d+)\]/.exec(problem.record)?.[1];
      const place = index === undefined ? undefined : this.#places[Number(index)];
      if (place === undefined || this.find(place.partner) === undefined) {
        general.push(problem);
        continue;
      }
      const field: RelationField = problem.field === 'type' || problem.field === 'frequency' || problem.field === 'importance' ? problem.field : 'partner';
      placed.push({ ...place, field, message: { text: problem.message } });
    }
    return { placed, general };
  }

  #partner(key: string): Partner {
    const partner = this.find(key);
    if (partner === undefined) throw new Error(`No partner "${key}" on the sheet`);
    return partner;
  }

  #partnerFor(actor: string | null, name: string): Partner {
    const key = actor === null ? `name:${normaliseName(name)}` : `actor:${actor}`;
    const existing = this.find(key);
    if (existing !== undefined) return existing;
    const partner: Partner = { key, actor, name, relations: [emptyRelation()] };
    this.#partners.push(partner);
    return partner;
  }
}
