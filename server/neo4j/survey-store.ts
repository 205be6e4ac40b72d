/**
 * Roster surveys in Neo4j (issue 17): rounds, their respondents with hashed personal links, the
 * answers, and the links sent answers make. Statements come from queries.ts. A round, a
 * respondent and an answer are nodes of their own with no relationship to an actor, so nothing
 * of a survey reaches a measure or an export until an answer is sent and becomes a link.
 *
 * A round's writes take the round's lock first (LOCK_SURVEY), so sending, closing and reviewing
 * happen one after another, and the confirmation of its links (unconfirmed until reciprocated
 * or accepted: `confirmRound`) is always worked out from all of its answers.
 */
import { randomUUID } from 'node:crypto';

import { formPath, newSurveyToken } from '../auth/survey-tokens';
import { hashToken } from '../auth/tokens';
import { isPresentOn, notADay } from '../model/dates';
import { badInput, BrugkaartError } from '../model/errors';
import { isForumType, type Domain, type Link, type LinkType } from '../model/network';
import { FIELD_LIMITS, hasLetterOrDigit, linkOutsideItsActors, parseActor, whyNotText, type Problem } from '../model/parse-network';
import {
  answerCounts,
  answerSource,
  DEFAULT_QUESTION,
  IMPORTANCE,
  isSurveyFrequency,
  isSurveyLinkType,
  pairKey,
  SURVEY_FREQUENCIES,
  SURVEY_LINK_TYPES,
  tiesOfRound,
  type NamedTie,
  type SurveyAnswerState,
  type SurveyFrequency,
} from '../model/survey';
import { matchSurveyRows, normaliseName, type NamedActor, type SurveyCsvRow } from '../model/survey-matching';
import { recordChange, type Editor } from './audit';
import { regionProblems } from './network-store';
import * as Q from './queries';
import { actorFromRow, labelOf, linkFromRow, linkProps, relationshipType, type StoredActor } from './records';
import type { Database, Row, Transaction } from './run';

/** Limits of what one round and one form may hold. */
const SURVEY_LIMITS = { title: 100, question: 500, contact: 200, partnerName: FIELD_LIMITS.name, answers: 200, minRespondents: 2 } as const;

/** The note every survey link carries: its `since` is the answer's day, not when the tie began. */
const SINCE_NOTE = 'Sinds: de dag van het antwoord; eerder onbekend.';

export interface SurveyRecord {
  readonly id: string;
  readonly title: string;
  readonly questionNl: string;
  readonly questionEn: string;
  readonly region?: string;
  readonly closesOn: string;
  readonly closedAt?: string;
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface RespondentRecord {
  readonly surveyId: string;
  readonly actorId: string;
  readonly contact?: string;
  readonly linkRevoked: boolean;
  readonly savedAt?: string;
  readonly sentAt?: string;
}

export type AnswerOrigin = 'FORM' | 'CSV';

export interface AnswerRecord {
  readonly id: string;
  readonly surveyId: string;
  readonly respondentId: string;
  readonly partnerId?: string;
  readonly partnerName?: string;
  readonly type: LinkType;
  readonly frequency: SurveyFrequency;
  readonly importance: number;
  readonly state: SurveyAnswerState;
  readonly origin: AnswerOrigin;
  /** Its place on the respondent's form (or in the CSV), so the form shows answers in order. */
  readonly position: number;
  /** The day it was sent: the `since` of its link, and the day in its source. */
  readonly sentOn?: string;
}

/** A personal link as made: the token is in it this once. */
export interface IssuedLink {
  readonly actorId: string;
  readonly token: string;
  readonly path: string;
}

export interface RosterEntry {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly domain: Domain;
}

export interface FormAnswerView {
  readonly partner: string | null;
  readonly partnerName: string | null;
  readonly type: string;
  readonly frequency: SurveyFrequency;
  readonly importance: number;
}

/** What a respondent's form shows: nothing of the network beyond the round's roster. */
export interface SurveyFormView {
  readonly title: string;
  readonly questionNl: string;
  readonly questionEn: string;
  readonly closesOn: string;
  readonly respondent: RosterEntry;
  readonly roster: readonly RosterEntry[];
  readonly linkTypes: readonly string[];
  readonly answers: readonly FormAnswerView[];
  readonly savedAt: string | null;
  readonly sentAt: string | null;
}

export interface SurveyInput {
  readonly title: string;
  readonly questionNl?: string | null | undefined;
  readonly questionEn?: string | null | undefined;
  readonly closesOn: string;
  readonly region?: string | null | undefined;
  readonly respondents?: readonly { readonly actor: string; readonly contact?: string | null | undefined }[] | null | undefined;
}

export interface FormAnswerInput {
  readonly partner?: string | null | undefined;
  readonly partnerName?: string | null | undefined;
  readonly type: string;
  readonly frequency: string;
  readonly importance: number;
}

/** An answer about to be stored: an AnswerRecord without the round it goes to. */
type NewAnswer = Omit<AnswerRecord, 'surveyId' | 'state' | 'origin' | 'sentOn'>;

/** What the dashboard reads from the store (the rest comes from the analysis worker). */
export interface RoundSummary {
  readonly respondents: number;
  readonly sent: number;
  readonly notSent: readonly string[];
  readonly namedTies: number;
  readonly reciprocatedTies: number;
  readonly unmatchedNames: number;
}

const utcToday = (): string => new Date().toISOString().slice(0, 10);

/** A row's map without the keys Neo4j answered null for. */
function withoutNulls(value: unknown): object {
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== null && item !== undefined));
}

const surveyFromRow = (row: Row | undefined): SurveyRecord | undefined =>
  row === undefined ? undefined : (withoutNulls(row['survey']) as SurveyRecord);

const respondentFromRow = (row: Row): RespondentRecord => {
  const respondent = withoutNulls(row['respondent']) as Omit<RespondentRecord, 'linkRevoked'> & { readonly linkRevoked?: unknown };
  return { ...respondent, linkRevoked: respondent.linkRevoked === true };
};

const answerFromRow = (row: Row): AnswerRecord => withoutNulls(row['answer']) as AnswerRecord;

const notFound = (record: string, field: string, message: string): BrugkaartError =>
  new BrugkaartError('NOT_FOUND', `${record}: ${message}`, [{ record, field, message }]);

const unknownToken = (): BrugkaartError => {
  const message = 'is not the key of a personal survey link, or the link was revoked or replaced by a new one';
  return new BrugkaartError('UNAUTHENTICATED', `This survey link does not work (any more); ask the sender for a new one.`, [{ record: 'survey', field: 'token', message }]);
};

/** Why a round takes no answers on `today`, in Dutch and English; undefined while it is open. */
function closedBecause(survey: SurveyRecord, today: string): string | undefined {
  if (survey.closedAt !== undefined) return `gesloten op ${survey.closedAt.slice(0, 10)}; closed on ${survey.closedAt.slice(0, 10)}`;
  if (today > survey.closesOn) return `de sluitingsdatum ${survey.closesOn} is voorbij; its closing day ${survey.closesOn} has passed`;
  return undefined;
}

/** A text argument: trimmed, or a problem (required and empty, too long, a control character). */
function readText(problems: Problem[], record: string, field: string, value: string | null | undefined, limit: number, required: boolean): string | undefined {
  if (value === null || value === undefined || value.trim() === '') {
    if (required) problems.push({ record, field, message: 'is required and must not be empty' });
    return undefined;
  }
  const wrong = whyNotText(value, limit);
  if (wrong !== undefined) {
    problems.push({ record, field, message: wrong });
    return undefined;
  }
  return value.trim();
}

const rosterEntry = (actor: StoredActor): RosterEntry => ({ id: actor.id, name: actor.name, type: actor.type, domain: actor.domain });

export class SurveyStore {
  constructor(
    private readonly db: Database,
    /** The day answers are given on (YYYY-MM-DD, UTC); a test can fix it. */
    private readonly today: () => string = utcToday,
  ) {}

  // ── Reading ──────────────────────────────────────────────────────────────────────────────

  async surveys(region?: string): Promise<SurveyRecord[]> {
    const rows = await this.db.read((tx) => tx.run(Q.LIST_SURVEYS, { region: region ?? null }));
    return rows.flatMap((row) => surveyFromRow(row) ?? []);
  }

  async survey(id: string): Promise<SurveyRecord | undefined> {
    const [row] = await this.db.read((tx) => tx.run(Q.SURVEY_BY_ID, { id }));
    return surveyFromRow(row);
  }

  /** OPEN until its closing day has passed or an editor closed it. */
  status(survey: SurveyRecord): 'OPEN' | 'CLOSED' {
    return closedBecause(survey, this.today()) === undefined ? 'OPEN' : 'CLOSED';
  }

  async respondents(surveyId: string): Promise<RespondentRecord[]> {
    return (await this.db.read((tx) => tx.run(Q.RESPONDENTS_OF_SURVEY, { surveyId }))).map(respondentFromRow);
  }

  /** The round's sent answers (drafts stay with their respondent). */
  async answers(surveyId: string): Promise<AnswerRecord[]> {
    return (await this.db.read((tx) => tx.run(Q.ANSWERS_OF_SURVEY, { surveyId, withDrafts: false }))).map(answerFromRow);
  }

  /** A sent answer; undefined for an unknown id or a draft. */
  async answer(id: string): Promise<AnswerRecord | undefined> {
    const [row] = await this.db.read((tx) => tx.run(Q.ANSWER_BY_ID, { id }));
    const answer = row === undefined ? undefined : answerFromRow(row);
    return answer?.state === 'DRAFT' ? undefined : answer;
  }

  /** The link each answer made, by answer id; answers without one are left out. */
  async linksOfAnswers(surveyId: string, answers: readonly AnswerRecord[]): Promise<Map<string, Link>> {
    const rows = answers.flatMap((answer) =>
      answer.partnerId === undefined || answer.state === 'REJECTED' || answer.state === 'DRAFT'
        ? []
        : [{ id: answer.id, from: answer.respondentId, to: answer.partnerId, relType: relationshipType(answer.type) }],
    );
    if (rows.length === 0) return new Map();
    const found = await this.db.read((tx) => tx.run(Q.LINKS_OF_ANSWERS, { surveyId, answers: rows }));
    return new Map(found.map((row) => [row['answer'] as string, linkFromRow(row)]));
  }

  /** The named and reciprocated pairs of the round (model/survey.ts tiesOfRound). */
  async ties(surveyId: string): Promise<{ named: Set<string>; reciprocated: Set<string> }> {
    return this.db.read((tx) => tiesIn(tx, surveyId));
  }

  async summary(surveyId: string): Promise<RoundSummary> {
    return this.db.read(async (tx) => {
      const respondents = (await tx.run(Q.RESPONDENTS_OF_SURVEY, { surveyId })).map(respondentFromRow);
      const answers = (await tx.run(Q.ANSWERS_OF_SURVEY, { surveyId, withDrafts: false })).map(answerFromRow);
      const { named, reciprocated } = tiesOf(respondents, answers);
      return {
        respondents: respondents.length,
        sent: respondents.filter((respondent) => respondent.sentAt !== undefined).length,
        notSent: respondents.filter((respondent) => respondent.sentAt === undefined).map((respondent) => respondent.actorId),
        namedTies: named.size,
        reciprocatedTies: reciprocated.size,
        unmatchedNames: answers.filter((answer) => answer.partnerId === undefined && answer.state !== 'REJECTED').length,
      };
    });
  }

  // ── The form (the survey token is the key) ──────────────────────────────────────────────

  /** The form of the respondent whose token this is; refused when unknown, revoked or closed. */
  async form(token: string): Promise<SurveyFormView> {
    return this.db.read(async (tx) => {
      const { survey, respondent } = await this.openRespondent(tx, token);
      return formIn(tx, survey, respondent);
    });
  }

  /**
   * Replaces the respondent's saved answers; with `send`, sends them: each answer naming an
   * actor becomes a link (unconfirmed until reciprocated), audited as the respondent's.
   */
  async saveAnswers(token: string, input: readonly FormAnswerInput[], send: boolean): Promise<SurveyFormView> {
    return this.db.writeOnce(async (tx) => {
      const { survey } = await this.openRespondent(tx, token);
      await tx.run(Q.LOCK_SURVEY, { id: survey.id });
      // Read again behind the lock: a close or a send of a moment ago counts.
      const { respondent } = await this.openRespondent(tx, token);
      if (respondent.sentAt !== undefined) {
        throw new BrugkaartError('CONFLICT', 'These answers were sent already and cannot be changed.', [
          { record: 'saveSurveyAnswers', field: 'answers', message: `were sent on ${respondent.sentAt.slice(0, 10)}; a sent form is read-only` },
        ]);
      }
      const roster = (await tx.run(Q.RESPONDENTS_OF_SURVEY, { surveyId: survey.id })).map((row) => respondentFromRow(row).actorId);
      const answers = checkFormAnswers(input, respondent.actorId, new Set(roster));
      await tx.run(Q.DELETE_DRAFTS, { surveyId: survey.id, actorId: respondent.actorId });
      await tx.run(Q.CREATE_ANSWERS, { answers: answers.map((answer) => storedAnswer(survey.id, answer, 'DRAFT', 'FORM')) });
      await tx.run(Q.MARK_SAVED, { surveyId: survey.id, actorId: respondent.actorId });
      if (send) await this.sendIn(tx, survey, respondent.actorId);
      const [saved] = await tx.run(Q.RESPONDENT_BY_TOKEN, { hash: hashToken(token) });
      return formIn(tx, survey, saved === undefined ? respondent : respondentFromRow(saved));
    });
  }

  /** The respondent of a token and its round; refused unless the link works and the round is open. */
  private async openRespondent(tx: Transaction, token: string): Promise<{ survey: SurveyRecord; respondent: RespondentRecord }> {
    const [row] = await tx.run(Q.RESPONDENT_BY_TOKEN, { hash: hashToken(token) });
    const respondent = row === undefined ? undefined : respondentFromRow(row);
    if (respondent === undefined || respondent.linkRevoked) throw unknownToken();
    const survey = surveyFromRow((await tx.run(Q.SURVEY_BY_ID, { id: respondent.surveyId }))[0]);
    if (survey === undefined) throw unknownToken();
    const closed = closedBecause(survey, this.today());
    if (closed !== undefined) {
      throw new BrugkaartError('FORBIDDEN', `Deze enquêteronde is gesloten (${closed}).`, [{ record: 'survey', field: 'token', message: `the round is closed (${closed})` }]);
    }
    return { survey, respondent };
  }

  /** Sends a respondent's drafts: links made, the respondent counted as sent, the round's confirmations worked out. */
  private async sendIn(tx: Transaction, survey: SurveyRecord, actorId: string): Promise<void> {
    const day = this.today();
    const drafts = (await tx.run(Q.ANSWERS_OF_RESPONDENT, { surveyId: survey.id, actorId }))
      .map(answerFromRow)
      .filter((answer) => answer.state === 'DRAFT')
      .map((answer) => ({ ...answer, state: 'SENT' as const, sentOn: day }));
    const links = await makeLinks(tx, survey, drafts, (answer) => `answers[${String(answer.position)}]`);
    await tx.run(Q.SEND_DRAFTS, { surveyId: survey.id, actorId, day });
    await tx.run(Q.MARK_SENT, { surveyId: survey.id, actorIds: [actorId] });
    await confirmRound(tx, survey.id);
    const [respondent] = await tx.run(Q.ACTORS_BY_IDS, { ids: [actorId] });
    const name = respondent === undefined ? actorId : actorFromRow(respondent['actor']).name;
    const touched = [...new Set([actorId, ...links.map((link) => link.to)])];
    await recordChange(tx, { who: `enquête: ${name}` }, 'sendSurveyAnswers', `survey:${survey.id}`, touched, undefined, { respondent: actorId, answers: drafts.length, links });
    await tx.run(Q.BUMP_VERSION);
  }

  // ── Editors ──────────────────────────────────────────────────────────────────────────────

  /**
   * Starts a round; the respondents' personal links are in the answer, once. Run as a plain
   * write, not writeOnce: a write's stored result would keep the tokens in the database, which
   * holds only their hashes. A retried start after a dropped commit makes a second round.
   */
  async createSurvey(input: SurveyInput, editor: Editor): Promise<{ survey: SurveyRecord; links: IssuedLink[] }> {
    const record = 'survey';
    const problems: Problem[] = [];
    const today = this.today();
    const title = readText(problems, record, 'title', input.title, SURVEY_LIMITS.title, true);
    const questionNl = readText(problems, record, 'questionNl', input.questionNl, SURVEY_LIMITS.question, false) ?? DEFAULT_QUESTION.nl;
    const questionEn = readText(problems, record, 'questionEn', input.questionEn, SURVEY_LIMITS.question, false) ?? DEFAULT_QUESTION.en;
    const wrongDay = notADay(input.closesOn);
    if (wrongDay !== undefined) problems.push({ record, field: 'closesOn', message: wrongDay });
    else if (input.closesOn < today) problems.push({ record, field: 'closesOn', message: `is before today (${today}); a round closes today or later` });
    const given = input.respondents ?? undefined;
    const contacts = new Map<string, string | undefined>();
    const firstIndex = new Map<string, number>();
    given?.forEach((respondent, index) => {
      const where = `survey.respondents[${String(index)}]`;
      const contact = readText(problems, where, 'contact', respondent.contact, SURVEY_LIMITS.contact, false);
      const first = firstIndex.get(respondent.actor);
      if (first !== undefined) problems.push({ record: where, field: 'actor', message: `"${respondent.actor}" is a respondent already (survey.respondents[${String(first)}])` });
      else firstIndex.set(respondent.actor, index);
      contacts.set(respondent.actor, contact);
    });
    const region = input.region ?? undefined;
    return this.db.write(async (tx) => {
      if (region !== undefined) {
        const known = (await tx.run(Q.REGION_IDS)).some((row) => row['id'] === region);
        if (!known) problems.push({ record, field: 'region', message: `unknown arbeidsmarktregio "${region}"` });
      }
      let respondentIds: string[] = [];
      if (given !== undefined) {
        const found = new Map((await tx.run(Q.ACTORS_BY_IDS, { ids: [...firstIndex.keys()] })).map((row) => {
          const actor = actorFromRow(row['actor']);
          return [actor.id, actor] as const;
        }));
        for (const [id, index] of firstIndex) {
          const where = `survey.respondents[${String(index)}]`;
          const actor = found.get(id);
          if (actor === undefined) problems.push({ record: where, field: 'actor', message: `no actor has id "${id}"` });
          else if (isForumType(actor.type)) problems.push({ record: where, field: 'actor', message: `"${id}" is a forum (${actor.type}); a meeting or programme cannot answer, its members can` });
          else if (!isPresentOn(actor, today)) problems.push({ record: where, field: 'actor', message: `"${id}" is not present today (${today})` });
        }
        respondentIds = [...firstIndex.keys()];
        if (respondentIds.length < SURVEY_LIMITS.minRespondents) problems.push({ record, field: 'respondents', message: `must name at least ${String(SURVEY_LIMITS.minRespondents)} actors, got ${String(respondentIds.length)}` });
      } else if (region !== undefined) {
        respondentIds = (await tx.run(Q.ACTORS_OF_REGION, { region }))
          .map((row) => actorFromRow(row['actor']))
          .filter((actor) => !isForumType(actor.type) && isPresentOn(actor, today))
          .map((actor) => actor.id);
        if (respondentIds.length < SURVEY_LIMITS.minRespondents && problems.every((problem) => problem.field !== 'region')) {
          problems.push({ record, field: 'region', message: `has ${String(respondentIds.length)} actors who can answer today; a round needs at least ${String(SURVEY_LIMITS.minRespondents)}` });
        }
      } else {
        problems.push({ record, field: 'respondents', message: 'give the respondents, or a region whose actors are asked' });
      }
      if (problems.length > 0) throw badInput(problems, 'The survey was refused');
      const id = randomUUID();
      const links = respondentIds.map((actorId) => {
        const token = newSurveyToken();
        return { actorId, token, path: formPath(token) };
      });
      const survey = { id, title, questionNl, questionEn, region: region ?? null, closesOn: input.closesOn, createdBy: editor.who };
      const respondents = links.map(({ actorId, token }) => ({ actorId, tokenHash: hashToken(token), contact: contacts.get(actorId) ?? null }));
      const created = surveyFromRow((await tx.run(Q.CREATE_SURVEY, { survey, respondents }))[0]);
      if (created === undefined) throw new Error('The new survey was not stored');
      // Contacts name persons: they stay out of the audit trail.
      await recordChange(tx, editor, 'createSurvey', `survey:${id}`, respondentIds, undefined, { title, region: region ?? null, closesOn: input.closesOn, respondents: respondentIds });
      return { survey: created, links };
    });
  }

  async closeSurvey(id: string, editor: Editor): Promise<SurveyRecord> {
    return this.db.writeOnce(async (tx) => {
      const before = await lockedSurvey(tx, id, 'closeSurvey');
      const after = surveyFromRow((await tx.run(Q.CLOSE_SURVEY, { id }))[0]) ?? before;
      await recordChange(tx, editor, 'closeSurvey', `survey:${id}`, [], { closedAt: before.closedAt ?? null }, { closedAt: after.closedAt ?? null });
      return after;
    });
  }

  async reopenSurvey(id: string, closesOn: string | undefined, editor: Editor): Promise<SurveyRecord> {
    return this.db.writeOnce(async (tx) => {
      const before = await lockedSurvey(tx, id, 'reopenSurvey');
      const day = closesOn ?? before.closesOn;
      const today = this.today();
      const wrong = notADay(day);
      if (wrong !== undefined) throw badInput([{ record: 'reopenSurvey', field: 'closesOn', message: wrong }]);
      if (day < today) {
        const message = closesOn === undefined ? `the round's closing day ${day} has passed; give a new one (today or later)` : `is before today (${today})`;
        throw badInput([{ record: 'reopenSurvey', field: 'closesOn', message }], 'The round was not reopened');
      }
      const after = surveyFromRow((await tx.run(Q.REOPEN_SURVEY, { id, closesOn: day }))[0]) ?? before;
      await recordChange(tx, editor, 'reopenSurvey', `survey:${id}`, [], { closedAt: before.closedAt ?? null, closesOn: before.closesOn }, { closesOn: day });
      return after;
    });
  }

  /** New links for these respondents (all who have not sent, when none are given); their old links stop working. */
  async renewLinks(id: string, actors: readonly string[] | undefined, editor: Editor): Promise<IssuedLink[]> {
    // A plain write for the reason createSurvey gives.
    return this.db.write(async (tx) => {
      await lockedSurvey(tx, id, 'renewSurveyLinks');
      const respondents = (await tx.run(Q.RESPONDENTS_OF_SURVEY, { surveyId: id })).map(respondentFromRow);
      const asked = new Set(respondents.map((respondent) => respondent.actorId));
      const problems = (actors ?? []).flatMap((actor, index): Problem[] =>
        asked.has(actor) ? [] : [{ record: 'renewSurveyLinks', field: `actors[${String(index)}]`, message: `"${actor}" is not a respondent of this round` }],
      );
      if (problems.length > 0) throw badInput(problems, 'No links were renewed');
      const chosen = actors === undefined ? respondents.filter((respondent) => respondent.sentAt === undefined).map((respondent) => respondent.actorId) : [...new Set(actors)];
      const links = chosen.map((actorId) => {
        const token = newSurveyToken();
        return { actorId, token, path: formPath(token) };
      });
      await tx.run(Q.SET_RESPONDENT_TOKENS, { surveyId: id, rows: links.map(({ actorId, token }) => ({ actorId, tokenHash: hashToken(token) })) });
      await recordChange(tx, editor, 'renewSurveyLinks', `survey:${id}`, chosen, undefined, { respondents: chosen });
      return links;
    });
  }

  async revokeLink(id: string, actorId: string, editor: Editor): Promise<RespondentRecord> {
    return this.db.writeOnce(async (tx) => {
      await lockedSurvey(tx, id, 'revokeSurveyLink');
      const [row] = await tx.run(Q.REVOKE_RESPONDENT, { surveyId: id, actorId });
      if (row === undefined) throw notFound('revokeSurveyLink', 'actor', `"${actorId}" is not a respondent of this round`);
      await recordChange(tx, editor, 'revokeSurveyLink', `survey:${id}`, [actorId], undefined, { respondent: actorId, linkRevoked: true });
      return respondentFromRow(row);
    });
  }

  /** ACCEPT confirms an answer's link (making it again if it was rejected); REJECT removes it. */
  async reviewAnswer(id: string, decision: 'ACCEPT' | 'REJECT', editor: Editor): Promise<AnswerRecord> {
    return this.db.writeOnce(async (tx) => {
      const { survey, answer } = await this.lockedAnswer(tx, id, 'reviewSurveyAnswer');
      if (decision === 'ACCEPT' && answer.partnerId === undefined) {
        throw badInput([{ record: 'reviewSurveyAnswer', field: 'id', message: `names "${answer.partnerName ?? ''}", which is not yet an actor; match it (matchSurveyAnswer) or add it (addSurveyAnswerActor) first` }]);
      }
      const state = decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED';
      let links: Link[] = [];
      if (answer.partnerId !== undefined) {
        if (decision === 'ACCEPT' && answer.state === 'REJECTED') links = await makeLinks(tx, survey, [answer], () => 'reviewSurveyAnswer');
        if (decision === 'REJECT' && answer.state !== 'REJECTED') {
          const [removed] = await tx.run(Q.REMOVE_SURVEY_LINK, { surveyId: survey.id, from: answer.respondentId, to: answer.partnerId, relType: relationshipType(answer.type) });
          if (removed !== undefined) links = [linkFromRow({ props: removed['props'], from: answer.respondentId, to: answer.partnerId, type: answer.type })];
        }
      }
      const after = answerFromRow((await tx.run(Q.UPDATE_ANSWER, { id, props: { state } }))[0] ?? {});
      await confirmRound(tx, survey.id);
      const touched = [answer.respondentId, ...(answer.partnerId === undefined ? [] : [answer.partnerId])];
      await recordChange(tx, editor, 'reviewSurveyAnswer', `survey:${survey.id}`, touched, { answer: id, state: answer.state }, { answer: id, state, [decision === 'ACCEPT' ? 'made' : 'removed']: links });
      await tx.run(Q.BUMP_VERSION);
      return after;
    });
  }

  /** Merges an answer's typed name into an existing actor: the answer names it, and its link is made (confirmed). */
  async matchAnswer(id: string, actorId: string, editor: Editor): Promise<AnswerRecord> {
    return this.db.writeOnce(async (tx) => {
      const { survey, answer } = await this.lockedAnswer(tx, id, 'matchSurveyAnswer');
      const [actor] = await tx.run(Q.ACTORS_BY_IDS, { ids: [actorId] });
      if (actor === undefined) throw badInput([{ record: 'matchSurveyAnswer', field: 'actor', message: `no actor has id "${actorId}"` }]);
      const { after, links } = await this.matchIn(tx, survey, answer, actorId, 'matchSurveyAnswer');
      await recordChange(tx, editor, 'matchSurveyAnswer', `survey:${survey.id}`, [answer.respondentId, actorId], { answer: id, partnerName: answer.partnerName }, { answer: id, partner: actorId, made: links });
      await tx.run(Q.BUMP_VERSION);
      return after;
    });
  }

  /**
   * Adds the typed name as a new actor (the actor rules of any edit) and matches the answer to
   * it. Refused when an actor of that name exists, case and spacing ignored: a
   * survey never makes a silent duplicate.
   */
  async addAnswerActor(id: string, input: unknown, editor: Editor): Promise<AnswerRecord> {
    const record = 'addSurveyAnswerActor';
    const parsed = parseActor(input, record);
    if (!parsed.ok) throw badInput(parsed.problems.map((problem) => ({ ...problem, field: `actor.${problem.field}` })), 'The actor was refused');
    const actor = parsed.value;
    return this.db.writeOnce(async (tx) => {
      const { survey, answer } = await this.lockedAnswer(tx, id, record);
      const problems = (await regionProblems(tx, [actor], () => record)).map((problem) => ({ ...problem, field: 'actor.region' }));
      // Compared in the way a CSV's names are matched (normaliseName), so the two never disagree.
      const wanted = normaliseName(actor.name);
      const sameName = (await tx.run(Q.ACTOR_NAMES)).find((row) => normaliseName(row['name'] as string) === wanted);
      if (sameName !== undefined) {
        problems.push({ record, field: 'actor.name', message: `an actor with this name exists ("${String(sameName['id'])}"); match the answer to it with matchSurveyAnswer` });
      }
      const [sameId] = await tx.run(Q.EXISTING_ACTOR_IDS, { ids: [actor.id] });
      if (sameId !== undefined) problems.push({ record, field: 'actor.id', message: `an actor with id "${actor.id}" exists` });
      if (problems.length > 0) throw badInput(problems, 'The actor was not added');
      const [row] = await tx.run(Q.UPSERT_ACTOR, { props: { ...actor }, label: labelOf(actor.type), version: 1 });
      const created = actorFromRow(row?.['actor']);
      const { after, links } = await this.matchIn(tx, survey, answer, actor.id, record);
      await recordChange(tx, editor, 'addSurveyAnswerActor', `survey:${survey.id}`, [answer.respondentId, actor.id], { answer: id, partnerName: answer.partnerName }, { answer: id, actor: created, made: links });
      await tx.run(Q.BUMP_VERSION);
      return after;
    });
  }

  /**
   * Imports the answers of another survey tool, all or nothing, in one transaction: every row
   * matched (model/survey-matching.ts, refusing the file naming every row that matches no
   * actor), stored as sent with origin CSV, its link made, the round's confirmations worked
   * out, the respondents with answers counted as sent, one audit record.
   */
  async importCsv(id: string, rows: readonly SurveyCsvRow[], editor: Editor): Promise<{ survey: SurveyRecord; answers: number; links: number }> {
    return this.db.writeOnce(async (tx) => {
      const survey = await lockedSurvey(tx, id, 'importSurveyCsv');
      const respondentIds = (await tx.run(Q.RESPONDENTS_OF_SURVEY, { surveyId: id })).map((row) => respondentFromRow(row).actorId);
      const actors = (await tx.run(Q.ACTOR_NAMES)).map((row): NamedActor => ({ id: row['id'] as string, name: row['name'] as string }));
      const asked = new Set(respondentIds);
      const matched = matchSurveyRows(rows, actors.filter((actor) => asked.has(actor.id)), actors);
      const given = new Map(
        (await tx.run(Q.ANSWERS_OF_SURVEY, { surveyId: id, withDrafts: false }))
          .map(answerFromRow)
          .filter((answer) => answer.partnerId !== undefined && answer.state !== 'REJECTED')
          .map((answer) => [`${answer.respondentId}\u0000${answer.partnerId ?? ''}\u0000${answer.type}`, answer.id] as const),
      );
      const repeated = matched.flatMap((answer): Problem[] => {
        const earlier = given.get(`${answer.respondent}\u0000${answer.partner}\u0000${answer.type}`);
        return earlier === undefined ? [] : [{ record: `answers.csv line ${String(answer.line)}`, field: 'partner', message: `this round has this answer already (answer ${earlier}); leave the row out` }];
      });
      if (repeated.length > 0) throw badInput(repeated, 'The answers were refused');
      const day = this.today();
      const answers: AnswerRecord[] = matched.map((answer) => ({
        id: randomUUID(),
        surveyId: id,
        respondentId: answer.respondent,
        partnerId: answer.partner,
        type: answer.type,
        frequency: answer.frequency,
        importance: answer.importance,
        state: 'SENT',
        origin: 'CSV',
        position: answer.line,
        sentOn: day,
      }));
      await tx.run(Q.CREATE_ANSWERS, { answers: answers.map((answer) => storedAnswer(id, answer, 'SENT', 'CSV', day)) });
      const links = await makeLinks(tx, survey, answers, (answer) => `answers.csv line ${String(answer.position)}`);
      const senders = [...new Set(answers.map((answer) => answer.respondentId))];
      await tx.run(Q.MARK_SENT, { surveyId: id, actorIds: senders });
      await confirmRound(tx, id);
      const touched = [...new Set(answers.flatMap((answer) => [answer.respondentId, answer.partnerId ?? answer.respondentId]))];
      await recordChange(tx, editor, 'importSurveyCsv', `survey:${id}`, touched, undefined, { answers: answers.length, respondents: senders, links });
      await tx.run(Q.BUMP_VERSION);
      return { survey, answers: answers.length, links: links.length };
    });
  }

  /** The ties the round's counting answers name (sent or accepted, matched to an actor): what the dashboard's "after" adds. */
  async roundTies(surveyId: string): Promise<{ from: string; to: string; type: LinkType }[]> {
    const answers = await this.answers(surveyId);
    return linkingAnswers(answers).map((answer) => ({ from: answer.respondentId, to: answer.partnerId, type: answer.type }));
  }

  /** A sent answer and its round, the round locked; NOT_FOUND for an unknown id or a draft. */
  private async lockedAnswer(tx: Transaction, id: string, record: string): Promise<{ survey: SurveyRecord; answer: AnswerRecord }> {
    const [first] = await tx.run(Q.ANSWER_BY_ID, { id });
    const found = first === undefined ? undefined : answerFromRow(first);
    if (found === undefined || found.state === 'DRAFT') throw notFound(record, 'id', `no sent survey answer has id "${id}"`);
    const survey = await lockedSurvey(tx, found.surveyId, record);
    // Read again behind the lock: another review of a moment ago counts.
    const answer = answerFromRow((await tx.run(Q.ANSWER_BY_ID, { id }))[0] ?? first ?? {});
    return { survey, answer };
  }

  private async matchIn(tx: Transaction, survey: SurveyRecord, answer: AnswerRecord, actorId: string, record: string): Promise<{ after: AnswerRecord; links: Link[] }> {
    if (answer.partnerId !== undefined) {
      throw new BrugkaartError('CONFLICT', `This answer names actor "${answer.partnerId}" already.`, [{ record, field: 'id', message: `names actor "${answer.partnerId}" already` }]);
    }
    if (answer.state === 'REJECTED') throw badInput([{ record, field: 'id', message: 'was rejected; a rejected answer is not matched' }]);
    if (actorId === answer.respondentId) throw badInput([{ record, field: 'actor', message: `is the respondent itself ("${actorId}")` }]);
    const same = (await tx.run(Q.ANSWERS_OF_RESPONDENT, { surveyId: survey.id, actorId: answer.respondentId }))
      .map(answerFromRow)
      .find((other) => other.partnerId === actorId && other.type === answer.type && other.state !== 'DRAFT' && other.state !== 'REJECTED');
    if (same !== undefined) throw badInput([{ record, field: 'actor', message: `the respondent named "${actorId}" as ${answer.type} already (answer ${same.id})` }]);
    const matched: AnswerRecord = { ...answer, partnerId: actorId, state: 'ACCEPTED' };
    const links = await makeLinks(tx, survey, [matched], () => record);
    const after = answerFromRow((await tx.run(Q.UPDATE_ANSWER, { id: answer.id, props: { partnerId: actorId, partnerName: null, state: 'ACCEPTED' } }))[0] ?? {});
    await confirmRound(tx, survey.id);
    return { after, links };
  }
}

/** The round with this id, its lock taken; NOT_FOUND naming `record`'s id. */
async function lockedSurvey(tx: Transaction, id: string, record: string): Promise<SurveyRecord> {
  const survey = surveyFromRow((await tx.run(Q.LOCK_SURVEY, { id }))[0]);
  if (survey === undefined) throw notFound(record, 'id', `no survey round has id "${id}"`);
  return survey;
}

const asTie = (answer: AnswerRecord): NamedTie => ({ respondent: answer.respondentId, partner: answer.partnerId, state: answer.state });

/** The answers that make a link (model/survey.ts answerCounts): sent or accepted, naming an actor. */
const linkingAnswers = (answers: readonly AnswerRecord[]): (AnswerRecord & { readonly partnerId: string })[] =>
  answers.filter((answer): answer is AnswerRecord & { readonly partnerId: string } => answerCounts(asTie(answer)));

function tiesOf(respondents: readonly RespondentRecord[], answers: readonly AnswerRecord[]): { named: Set<string>; reciprocated: Set<string> } {
  return tiesOfRound(respondents.map((respondent) => respondent.actorId), answers.map(asTie));
}

async function tiesIn(tx: Transaction, surveyId: string): Promise<{ named: Set<string>; reciprocated: Set<string> }> {
  const respondents = (await tx.run(Q.RESPONDENTS_OF_SURVEY, { surveyId })).map(respondentFromRow);
  const answers = (await tx.run(Q.ANSWERS_OF_SURVEY, { surveyId, withDrafts: false })).map(answerFromRow);
  return tiesOf(respondents, answers);
}

/**
 * Sets whether each link of the round is confirmed: it is when its answer was accepted or the
 * pair named each other (model/survey.ts tiesOfRound, the one reciprocity rule), else it is
 * unconfirmed. Worked out from all of the round's answers, so a rejection undoes the
 * reciprocation it made. O(answers of the round).
 */
async function confirmRound(tx: Transaction, surveyId: string): Promise<void> {
  const respondents = (await tx.run(Q.RESPONDENTS_OF_SURVEY, { surveyId })).map(respondentFromRow);
  const answers = (await tx.run(Q.ANSWERS_OF_SURVEY, { surveyId, withDrafts: false })).map(answerFromRow);
  const { reciprocated } = tiesOf(respondents, answers);
  const links = linkingAnswers(answers).map((answer) => ({
    from: answer.respondentId,
    to: answer.partnerId,
    relType: relationshipType(answer.type),
    unconfirmed: !(answer.state === 'ACCEPTED' || reciprocated.has(pairKey(answer.respondentId, answer.partnerId))),
  }));
  await tx.run(Q.SET_SURVEY_LINK_CONFIRMATION, { surveyId, links });
}

/**
 * Makes the link of each answer that names an actor: from the respondent to the partner, of the
 * answer's type, unconfirmed (confirmRound decides), its source naming the round, the day and
 * the respondent. Refused, naming `where(answer)`, when a link would fall outside an actor's life.
 */
async function makeLinks(tx: Transaction, survey: SurveyRecord, answers: readonly AnswerRecord[], where: (answer: AnswerRecord) => string): Promise<Link[]> {
  const named = answers.filter((answer): answer is AnswerRecord & { partnerId: string } => answer.partnerId !== undefined);
  const ids = [...new Set(named.flatMap((answer) => [answer.respondentId, answer.partnerId]))];
  const actors = new Map((await tx.run(Q.ACTORS_BY_IDS, { ids })).map((row) => {
    const actor = actorFromRow(row['actor']);
    return [actor.id, actor] as const;
  }));
  const problems: Problem[] = [];
  const links = named.map((answer): Link => {
    const day = answer.sentOn ?? utcToday();
    const respondentName = actors.get(answer.respondentId)?.name ?? answer.respondentId;
    const link: Link = {
      from: answer.respondentId,
      to: answer.partnerId,
      type: answer.type,
      source: answerSource(survey.title, day, respondentName),
      note: SINCE_NOTE,
      since: day,
      frequency: answer.frequency,
      importance: answer.importance,
      survey: survey.id,
      unconfirmed: true,
    };
    for (const end of [answer.respondentId, answer.partnerId]) {
      if (!actors.has(end)) problems.push({ record: where(answer), field: end === answer.respondentId ? 'respondent' : 'partner', message: `no actor has id "${end}" (any more)` });
    }
    problems.push(...linkOutsideItsActors(link, actors, where(answer)));
    return link;
  });
  if (problems.length > 0) throw badInput(problems, 'The answers were refused: their links cannot be made');
  if (links.length > 0) {
    await tx.run(Q.CREATE_LINKS, { links: links.map((link) => ({ from: link.from, to: link.to, relType: relationshipType(link.type), props: linkProps(link) })) });
  }
  return links;
}

/** An answer as CREATE_ANSWERS stores it: absent fields as nulls, which Neo4j leaves out. */
function storedAnswer(surveyId: string, answer: NewAnswer, state: SurveyAnswerState, origin: AnswerOrigin, sentOn?: string): Record<string, unknown> {
  return {
    id: answer.id,
    surveyId,
    respondentId: answer.respondentId,
    partnerId: answer.partnerId ?? null,
    partnerName: answer.partnerName ?? null,
    type: answer.type,
    frequency: answer.frequency,
    importance: answer.importance,
    state,
    origin,
    position: answer.position,
    sentOn: sentOn ?? null,
  };
}

/**
 * The form's answers checked, each problem naming `answers[i]` and the field: a partner on the
 * roster and not the respondent itself, or (not both) another organisation's name; a link type
 * the form offers, a frequency, an importance of 1 to 5; no (partner, type) twice; at most 200.
 */
function checkFormAnswers(input: readonly FormAnswerInput[], respondentId: string, roster: ReadonlySet<string>): NewAnswer[] {
  const problems: Problem[] = [];
  if (input.length > SURVEY_LIMITS.answers) {
    throw badInput([{ record: 'saveSurveyAnswers', field: 'answers', message: `holds ${String(input.length)} answers; at most ${String(SURVEY_LIMITS.answers)} are taken` }]);
  }
  const seen = new Map<string, number>();
  const answers = input.flatMap((answer, index): NewAnswer[] => {
    const record = `answers[${String(index)}]`;
    const count = problems.length;
    const partner = answer.partner ?? undefined;
    const typed = answer.partnerName ?? undefined;
    let partnerName: string | undefined;
    if (partner !== undefined && typed !== undefined) problems.push({ record, field: 'partnerName', message: 'give either a partner from the list or the name of another organisation, not both' });
    else if (partner === undefined && typed === undefined) problems.push({ record, field: 'partner', message: 'is required: a partner from the list, or partnerName for another organisation' });
    else if (partner !== undefined) {
      if (partner === respondentId) problems.push({ record, field: 'partner', message: 'is the respondent itself; name the organisations you work with' });
      else if (!roster.has(partner)) problems.push({ record, field: 'partner', message: `"${partner}" is not on this round's list` });
    } else {
      partnerName = readText(problems, record, 'partnerName', typed, SURVEY_LIMITS.partnerName, true);
      if (partnerName !== undefined && !hasLetterOrDigit(partnerName)) problems.push({ record, field: 'partnerName', message: 'must contain at least one letter or digit' });
    }
    if (!isSurveyLinkType(answer.type)) problems.push({ record, field: 'type', message: `unknown relation "${answer.type}"; expected one of ${SURVEY_LINK_TYPES.join(', ')}` });
    if (!isSurveyFrequency(answer.frequency)) problems.push({ record, field: 'frequency', message: `unknown frequency "${answer.frequency}"; expected one of ${SURVEY_FREQUENCIES.join(', ')}` });
    if (!Number.isInteger(answer.importance) || answer.importance < IMPORTANCE.min || answer.importance > IMPORTANCE.max) {
      problems.push({ record, field: 'importance', message: `must be a whole number from ${String(IMPORTANCE.min)} to ${String(IMPORTANCE.max)}, got ${String(answer.importance)}` });
    }
    if (problems.length > count) return [];
    const key = `${partner ?? `name:${normaliseName(partnerName ?? '')}`}\u0000${answer.type}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ record, field: 'type', message: `repeats answers[${String(first)}] (the same partner and relation)` });
      return [];
    }
    seen.set(key, index);
    return [{
      id: randomUUID(),
      respondentId,
      ...(partner === undefined ? {} : { partnerId: partner }),
      ...(partnerName === undefined ? {} : { partnerName }),
      type: answer.type as LinkType,
      frequency: answer.frequency as SurveyFrequency,
      importance: answer.importance,
      position: index,
    }];
  });
  if (problems.length > 0) throw badInput(problems.slice(0, 100), 'The answers were refused');
  return answers;
}

/** What the respondent's form shows: the round, the roster without the respondent, its answers. */
async function formIn(tx: Transaction, survey: SurveyRecord, respondent: RespondentRecord): Promise<SurveyFormView> {
  const ids = (await tx.run(Q.RESPONDENTS_OF_SURVEY, { surveyId: survey.id })).map((row) => respondentFromRow(row).actorId);
  const actors = new Map((await tx.run(Q.ACTORS_BY_IDS, { ids })).map((row) => {
    const actor = actorFromRow(row['actor']);
    return [actor.id, actor] as const;
  }));
  const self = actors.get(respondent.actorId);
  if (self === undefined) throw notFound('survey', 'token', 'the organisation this link was made for is no longer in the network');
  const answers = (await tx.run(Q.ANSWERS_OF_RESPONDENT, { surveyId: survey.id, actorId: respondent.actorId })).map(answerFromRow);
  return {
    title: survey.title,
    questionNl: survey.questionNl,
    questionEn: survey.questionEn,
    closesOn: survey.closesOn,
    respondent: rosterEntry(self),
    roster: [...actors.values()].filter((actor) => actor.id !== respondent.actorId).sort((a, b) => a.name.localeCompare(b.name, 'nl')).map(rosterEntry),
    linkTypes: [...SURVEY_LINK_TYPES],
    answers: answers.map((answer) => ({
      partner: answer.partnerId ?? null,
      partnerName: answer.partnerName ?? null,
      type: answer.type,
      frequency: answer.frequency,
      importance: answer.importance,
    })),
    savedAt: respondent.savedAt ?? null,
    sentAt: respondent.sentAt ?? null,
  };
}
