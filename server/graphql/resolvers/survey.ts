/**
 * Roster surveys (issue 17): rounds for editors, and the form a survey token opens. Thin: the
 * rules are the survey store's; what several fields of one request share (a round's answers,
 * ties, links and figures) is read once per request.
 */
import { hashToken } from '../../auth/tokens';
import { readSurveyCsv } from '../../exchange/survey-csv';
import type { SurveyRoundFigures } from '../../analytics/survey-round';
import { BrugkaartError, badInput } from '../../model/errors';
import { pairKey } from '../../model/survey';
import { isReminderLanguage, REMINDER_LANGUAGES, reminderText } from '../../model/survey-reminder';
import type { AnswerRecord, RoundSummary, SurveyRecord } from '../../neo4j/survey-store';
import type { Link } from '../../model/network';
import type { Context, Loaders } from '../context';
import type { Resolvers } from '../generated';
import { uploadText } from './exchange';
import type { ActorParent } from './parents';

const CANDIDATES = 5;

/** Memos of one request, so twenty answers of a round read its ties once. */
const requestMemos = new WeakMap<Context, Map<string, Promise<unknown>>>();

function perRequest<T>(context: Context, key: string, work: () => Promise<T>): Promise<T> {
  let memos = requestMemos.get(context);
  if (memos === undefined) {
    memos = new Map();
    requestMemos.set(context, memos);
  }
  let memo = memos.get(key) as Promise<T> | undefined;
  if (memo === undefined) {
    memo = work();
    memos.set(key, memo);
  }
  return memo;
}

/** Which of these actor ids are still in the network: a round outlives an actor deleted since. */
async function stillThere(loaders: Loaders, ids: readonly string[]): Promise<Set<string>> {
  const found = await loaders.actor.loadMany(ids);
  return new Set(ids.filter((_, index) => found[index] !== undefined && !(found[index] instanceof Error)));
}

/** The round's sent answers whose respondent is still an actor. */
const answersOf = (context: Context, surveyId: string): Promise<AnswerRecord[]> =>
  perRequest(context, `answers:${surveyId}`, async () => {
    const answers = await context.surveys.answers(surveyId);
    const present = await stillThere(context.loaders, [...new Set(answers.map((answer) => answer.respondentId))]);
    return answers.filter((answer) => present.has(answer.respondentId));
  });

const summaryOf = (context: Context, surveyId: string): Promise<RoundSummary> =>
  perRequest(context, `summary:${surveyId}`, () => context.surveys.summary(surveyId));

const linksOf = (context: Context, surveyId: string): Promise<Map<string, Link>> =>
  perRequest(context, `links:${surveyId}`, async () => context.surveys.linksOfAnswers(surveyId, await answersOf(context, surveyId)));

/** The round's network figures before and after its answers, from the analysis worker. */
const figuresOf = (context: Context, survey: SurveyRecord): Promise<SurveyRoundFigures> =>
  perRequest(context, `figures:${survey.id}`, async () =>
    context.analysis.surveyRound({ survey: survey.id, region: survey.region ?? null, ties: await context.surveys.roundTies(survey.id) }),
  );

/** An actor a round names by id, checked to be there (respondents and answers are filtered by stillThere). */
async function actorOf(loaders: Loaders, id: string): Promise<ActorParent> {
  const actor = await loaders.actor.load(id);
  if (actor === undefined) throw new BrugkaartError('NOT_FOUND', `Actor "${id}" of this survey round is no longer in the network.`, [{ record: 'survey', field: 'actor', message: `no actor has id "${id}" any more` }]);
  return actor;
}

async function surveyOf(context: Context, id: string): Promise<SurveyRecord> {
  const survey = await perRequest(context, `survey:${id}`, () => context.surveys.survey(id));
  if (survey === undefined) throw new BrugkaartError('NOT_FOUND', `No survey round has id "${id}".`, [{ record: 'survey', field: 'id', message: `no survey round has id "${id}"` }]);
  return survey;
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export const surveyResolvers: Resolvers = {
  Query: {
    surveys: (_, { region }, { surveys }) => surveys.surveys(orUndefined(region)),
    survey: async (_, { id }, { surveys }) => (await surveys.survey(id)) ?? null,
    surveyForm: (_, { token }, { surveys }) => surveys.form(token),
  },
  Mutation: {
    createSurvey: async (_, { survey }, { surveys, editor }) => surveys.createSurvey(survey, await editor()),
    closeSurvey: async (_, { id }, { surveys, editor }) => surveys.closeSurvey(id, await editor()),
    reopenSurvey: async (_, { id, closesOn }, { surveys, editor }) => surveys.reopenSurvey(id, orUndefined(closesOn), await editor()),
    renewSurveyLinks: async (_, { id, actors }, { surveys, editor }) => surveys.renewLinks(id, orUndefined(actors), await editor()),
    revokeSurveyLink: async (_, { id, actor }, { surveys, editor }) => surveys.revokeLink(id, actor, await editor()),
    saveSurveyAnswers: async (_, { token, answers, send }, { surveys, surveySaves }) => {
      const wait = surveySaves.take(hashToken(token));
      if (wait > 0) {
        const message = `too many saves of this form; try again in ${String(wait)} s`;
        throw new BrugkaartError('RATE_LIMITED', `Too many saves of this form; wait ${String(wait)} seconds.`, [{ record: 'saveSurveyAnswers', field: 'token', message }]);
      }
      return surveys.saveAnswers(token, answers, send);
    },
    reviewSurveyAnswer: async (_, { id, decision }, { surveys, editor }) => surveys.reviewAnswer(id, decision, await editor()),
    matchSurveyAnswer: async (_, { id, actor }, { surveys, editor }) => surveys.matchAnswer(id, actor, await editor()),
    addSurveyAnswerActor: async (_, { id, actor }, { surveys, editor }) => surveys.addAnswerActor(id, actor, await editor()),
    importSurveyCsv: async (_, { id, file }, { surveys, editor }) => surveys.importCsv(id, readSurveyCsv(await uploadText(file, 'file')), await editor()),
  },
  Survey: {
    region: async (survey, _, { loaders }) =>
      survey.region === undefined ? null : ((await loaders.regions()).find((region) => region.id === survey.region) ?? null),
    status: (survey, _, { surveys }) => surveys.status(survey),
    respondents: async (survey, _, { surveys, loaders }) => {
      const respondents = await surveys.respondents(survey.id);
      const present = await stillThere(loaders, respondents.map((respondent) => respondent.actorId));
      return respondents.filter((respondent) => present.has(respondent.actorId));
    },
    answers: (survey, _, context) => answersOf(context, survey.id),
    dashboard: (survey) => ({ survey }),
    reminder: async (survey, { lang }, context) => {
      if (!isReminderLanguage(lang)) throw badInput([{ record: 'reminder', field: 'lang', message: `unknown language "${lang}"; expected one of ${REMINDER_LANGUAGES.join(', ')}` }]);
      const { notSent } = await summaryOf(context, survey.id);
      const names = await Promise.all(notSent.map(async (id) => (await context.loaders.actor.load(id))?.name ?? id));
      return reminderText(lang, survey, names.sort((a, b) => a.localeCompare(b, 'nl')));
    },
  },
  SurveyRespondent: {
    actor: (respondent, _, { loaders }) => actorOf(loaders, respondent.actorId),
  },
  SurveyAnswer: {
    survey: (answer, _, context) => surveyOf(context, answer.surveyId),
    respondent: (answer, _, { loaders }) => actorOf(loaders, answer.respondentId),
    partner: async (answer, _, { loaders }) => (answer.partnerId === undefined ? null : ((await loaders.actor.load(answer.partnerId)) ?? null)),
    reciprocated: async (answer, _, context) => {
      if (answer.partnerId === undefined) return false;
      const { reciprocated } = await perRequest(context, `ties:${answer.surveyId}`, () => context.surveys.ties(answer.surveyId));
      return reciprocated.has(pairKey(answer.respondentId, answer.partnerId));
    },
    link: async (answer, _, context) => (await linksOf(context, answer.surveyId)).get(answer.id) ?? null,
    candidates: async (answer, _, { store }) => {
      if (answer.partnerId !== undefined || answer.partnerName === undefined) return [];
      // The respondent itself may share a word with the name; an answer cannot name its own respondent.
      const similar = await store.similarlyNamed(answer.partnerName, CANDIDATES + 1);
      return similar.filter((actor) => actor.id !== answer.respondentId).slice(0, CANDIDATES);
    },
  },
  SurveyLink: {
    respondent: (link, _, { loaders }) => actorOf(loaders, link.actorId),
  },
  SurveyDashboard: {
    respondents: async ({ survey }, _, context) => (await summaryOf(context, survey.id)).respondents,
    sent: async ({ survey }, _, context) => (await summaryOf(context, survey.id)).sent,
    responseRate: async ({ survey }, _, context) => {
      const { sent, respondents } = await summaryOf(context, survey.id);
      return respondents === 0 ? 0 : sent / respondents;
    },
    notSent: async ({ survey }, _, context) => {
      const { notSent } = await summaryOf(context, survey.id);
      const present = await stillThere(context.loaders, notSent);
      return Promise.all(notSent.filter((id) => present.has(id)).map((id) => actorOf(context.loaders, id)));
    },
    namedTies: async ({ survey }, _, context) => (await summaryOf(context, survey.id)).namedTies,
    reciprocatedTies: async ({ survey }, _, context) => (await summaryOf(context, survey.id)).reciprocatedTies,
    reciprocity: async ({ survey }, _, context) => {
      const { namedTies, reciprocatedTies } = await summaryOf(context, survey.id);
      return namedTies === 0 ? null : reciprocatedTies / namedTies;
    },
    unmatchedNames: async ({ survey }, _, context) => (await summaryOf(context, survey.id)).unmatchedNames,
    before: async ({ survey }, _, context) => (await figuresOf(context, survey)).before,
    after: async ({ survey }, _, context) => (await figuresOf(context, survey)).after,
    newLinksPerDomainPair: async ({ survey }, _, context) => (await figuresOf(context, survey)).newLinksPerDomainPair,
  },
};
