/**
 * The survey form's page (enquete.html), opened at /enquete/<token> from a respondent's mail,
 * without signing in: the survey token in the path is the key, and goes to the API as the
 * operations' argument, never as a bearer token.
 */
import { GraphQLClient } from '../api/graphql-client';
import { setLanguage } from '../i18n/i18n';
import { surveyTokenFromPath } from './answers';
import { storedLanguage, SurveyFormPage } from './view';

const root = document.getElementById('form');
const status = document.getElementById('form-status');
if (root === null || status === null) throw new Error('enquete.html lacks #form or #form-status');

setLanguage(storedLanguage());
void new SurveyFormPage(root, status, new GraphQLClient(), surveyTokenFromPath(location.pathname)).load();
