/**
 * Roster surveys in the explorer (schema/survey.graphql): the rounds of a region, a new round and
 * its personal links (shown once), a round's dashboard with its answers, and what an editor does
 * with them (close, reopen, new links, accept or reject, match a typed name, import a CSV).
 */
import type {
  AddSurveyAnswerActorMutation,
  AddSurveyAnswerActorMutationVariables,
  CloseSurveyMutation,
  CloseSurveyMutationVariables,
  CreateSurveyMutation,
  CreateSurveyMutationVariables,
  ImportSurveyCsvMutation,
  ImportSurveyCsvMutationVariables,
  MatchSurveyAnswerMutation,
  MatchSurveyAnswerMutationVariables,
  RenewSurveyLinksMutation,
  RenewSurveyLinksMutationVariables,
  ReopenSurveyMutation,
  ReopenSurveyMutationVariables,
  ReviewSurveyAnswerMutation,
  ReviewSurveyAnswerMutationVariables,
  SurveyDashboardQuery,
  SurveyDashboardQueryVariables,
  SurveyInput as SchemaSurveyInput,
  SurveysQuery,
  SurveysQueryVariables,
} from '../generated';
import { operation } from './operation';

export type SurveyInput = SchemaSurveyInput;

const SURVEY_SUMMARY = /* GraphQL */ `
fragment SurveySummary on Survey {
  id title status closesOn closedAt createdAt questionNl questionEn
  region { id name }
  dashboard { respondents sent responseRate }
}`;

/** The rounds of a region (every round without one), newest first. */
export const SURVEYS = operation<SurveysQuery, SurveysQueryVariables>(/* GraphQL */ `
query Surveys($region: ID) {
  surveys(region: $region) { ...SurveySummary }
}`, SURVEY_SUMMARY);

export type SurveySummary = SurveysQuery['surveys'][number];

/** One round with everything its dashboard shows. */
export const SURVEY_DASHBOARD = operation<SurveyDashboardQuery, SurveyDashboardQueryVariables>(/* GraphQL */ `
query SurveyDashboard($id: ID!, $lang: String) {
  survey(id: $id) {
    ...SurveySummary
    reminder(lang: $lang)
    respondents { actor { id name } contact sentAt linkRevoked }
    dashboard {
      respondents sent responseRate namedTies reciprocatedTies reciprocity unmatchedNames
      notSent { id name }
      newLinksPerDomainPair { domains count }
      before { actors links components szEzWithinTwoSteps islands }
      after { actors links components szEzWithinTwoSteps islands }
    }
    answers {
      id type frequency importance state origin reciprocated partnerName
      respondent { id name }
      partner { id name }
      candidates { id name }
    }
  }
}`, SURVEY_SUMMARY);

export type SurveyDetail = NonNullable<SurveyDashboardQuery['survey']>;
export type SurveyAnswerRow = SurveyDetail['answers'][number];
export type DashboardFigures = SurveyDetail['dashboard']['before'];

const SURVEY_LINKS = /* GraphQL */ `
fragment SurveyLinks on SurveyLink { respondent { id name } path }`;

export const CREATE_SURVEY = operation<CreateSurveyMutation, CreateSurveyMutationVariables>(/* GraphQL */ `
mutation CreateSurvey($survey: SurveyInput!) {
  createSurvey(survey: $survey) {
    survey { ...SurveySummary }
    links { ...SurveyLinks }
  }
}`, SURVEY_SUMMARY, SURVEY_LINKS);

/** A personal link as the explorer shows it once: who it is for and the form's path. */
export type SurveyLink = CreateSurveyMutation['createSurvey']['links'][number];

export const CLOSE_SURVEY = operation<CloseSurveyMutation, CloseSurveyMutationVariables>(/* GraphQL */ `
mutation CloseSurvey($id: ID!) {
  closeSurvey(id: $id) { id status closedAt }
}`);

export const REOPEN_SURVEY = operation<ReopenSurveyMutation, ReopenSurveyMutationVariables>(/* GraphQL */ `
mutation ReopenSurvey($id: ID!, $closesOn: String) {
  reopenSurvey(id: $id, closesOn: $closesOn) { id status closesOn closedAt }
}`);

/** New links for those who have not sent (all of them without `actors`). */
export const RENEW_SURVEY_LINKS = operation<RenewSurveyLinksMutation, RenewSurveyLinksMutationVariables>(/* GraphQL */ `
mutation RenewSurveyLinks($id: ID!, $actors: [ID!]) {
  renewSurveyLinks(id: $id, actors: $actors) { ...SurveyLinks }
}`, SURVEY_LINKS);

export const REVIEW_SURVEY_ANSWER = operation<ReviewSurveyAnswerMutation, ReviewSurveyAnswerMutationVariables>(/* GraphQL */ `
mutation ReviewSurveyAnswer($id: ID!, $decision: SurveyAnswerDecision!) {
  reviewSurveyAnswer(id: $id, decision: $decision) { id state }
}`);

export const MATCH_SURVEY_ANSWER = operation<MatchSurveyAnswerMutation, MatchSurveyAnswerMutationVariables>(/* GraphQL */ `
mutation MatchSurveyAnswer($id: ID!, $actor: ID!) {
  matchSurveyAnswer(id: $id, actor: $actor) { id state partner { id name } }
}`);

export const ADD_SURVEY_ANSWER_ACTOR = operation<AddSurveyAnswerActorMutation, AddSurveyAnswerActorMutationVariables>(/* GraphQL */ `
mutation AddSurveyAnswerActor($id: ID!, $actor: ActorInput!) {
  addSurveyAnswerActor(id: $id, actor: $actor) { id state partner { id name } }
}`);

/** Sent as a GraphQL multipart request: `file` is the CSV the editor chose. */
export const IMPORT_SURVEY_CSV = operation<ImportSurveyCsvMutation, ImportSurveyCsvMutationVariables>(/* GraphQL */ `
mutation ImportSurveyCsv($id: ID!, $file: File!) {
  importSurveyCsv(id: $id, file: $file) { answers links }
}`);
