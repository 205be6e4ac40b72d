/**
 * The policy table: what every root field and every guarded field needs. The schema is checked
 * against it at start-up, so a new operation without an entry stops the server instead of
 * being open by accident.
 */
import type { Requirement } from './roles';

export const POLICY: Readonly<Record<string, Requirement>> = {
  'Query.vocabulary': 'viewer',
  'Query.me': 'public',
  'Query.actors': 'viewer',
  'Query.actor': 'viewer',
  'Query.regions': 'viewer',
  'Query.region': 'viewer',
  'Query.sources': 'viewer',
  'Query.neighbourhood': 'viewer',
  'Query.paths': 'viewer',
  'Query.exportNetwork': 'viewer',
  'Query.actorMeasures': 'viewer',
  'Query.brokers': 'viewer',
  'Query.islands': 'viewer',
  'Query.missingLinks': 'viewer',
  'Query.regionScorecard': 'viewer',
  'Query.whatIf': 'viewer',
  'Query.analysis': 'viewer',
  'Query.forums': 'viewer',
  'Query.forum': 'viewer',
  'Query.compare': 'viewer',
  'Query.scope': 'viewer',
  'Query.tokens': 'admin',
  // Rounds name contacts (persons) and who has not answered: editors only.
  'Query.surveys': 'editor',
  'Query.survey': 'editor',
  // The survey token in the arguments is the key; it opens this one form and nothing else.
  'Query.surveyForm': 'public',
  'Actor.history': 'admin',
  'Mutation.importNetwork': 'editor',
  'Mutation.importNetworkFile': 'editor',
  'Mutation.importCsv': 'editor',
  'Mutation.upsertActor': 'editor',
  'Mutation.deleteActor': 'editor',
  'Mutation.addLink': 'editor',
  'Mutation.removeLink': 'editor',
  'Mutation.createSurvey': 'editor',
  'Mutation.closeSurvey': 'editor',
  'Mutation.reopenSurvey': 'editor',
  'Mutation.renewSurveyLinks': 'editor',
  'Mutation.revokeSurveyLink': 'editor',
  'Mutation.saveSurveyAnswers': 'public',
  'Mutation.reviewSurveyAnswer': 'editor',
  'Mutation.matchSurveyAnswer': 'editor',
  'Mutation.addSurveyAnswerActor': 'editor',
  'Mutation.importSurveyCsv': 'editor',
  'Mutation.undoChange': 'admin',
  'Mutation.erasePerson': 'admin',
  'Mutation.createToken': 'admin',
  'Mutation.revokeToken': 'admin',
};

/** What the /export/* downloads need: the whole network, so a viewer. */
export const DOWNLOADS: Requirement = 'viewer';
