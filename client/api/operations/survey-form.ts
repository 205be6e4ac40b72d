/**
 * What the survey form (client/enquete) asks: a respondent's own form, and saving (or sending)
 * its answers. Both carry the survey token as an argument; the form is opened without signing
 * in, so no bearer token goes along.
 */
import type { SaveSurveyAnswersMutation, SaveSurveyAnswersMutationVariables, SurveyFormQuery, SurveyFormQueryVariables } from '../generated';
import { operation } from './operation';

const FORM_FIELDS = /* GraphQL */ `
fragment SurveyFormFields on SurveyForm {
  title questionNl questionEn closesOn
  respondent { id name type domain }
  roster { id name type domain }
  linkTypes
  answers { partner partnerName type frequency importance }
  savedAt sentAt
}`;

export const SURVEY_FORM = operation<SurveyFormQuery, SurveyFormQueryVariables>(
  /* GraphQL */ `
query SurveyForm($token: String!) {
  surveyForm(token: $token) { ...SurveyFormFields }
}`,
  FORM_FIELDS,
);

export const SAVE_SURVEY_ANSWERS = operation<SaveSurveyAnswersMutation, SaveSurveyAnswersMutationVariables>(
  /* GraphQL */ `
mutation SaveSurveyAnswers($token: String!, $answers: [FormAnswerInput!]!, $send: Boolean) {
  saveSurveyAnswers(token: $token, answers: $answers, send: $send) { ...SurveyFormFields }
}`,
  FORM_FIELDS,
);

export type SurveyFormData = SurveyFormQuery['surveyForm'];
export type RosterEntry = SurveyFormData['roster'][number];
export type FormAnswer = SurveyFormData['answers'][number];
