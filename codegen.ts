/**
 * GraphQL Code Generator: the TypeScript types of schema/*.graphql, for the explorer's operations
 * (client/api/generated.ts) and the server's resolvers (server/graphql/generated.ts). Both files
 * are committed; `npm run codegen` rewrites them and `npm run codegen:check` (part of `npm test`)
 * fails while they differ from what the SDL and the operations give.
 *
 * Only local files are read: the SDL in schema/ and the operations in client/api/operations/.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

import { ENUM_VALUES } from './server/graphql/resolvers/enum-values';

/** Where the files are written; the check writes them elsewhere to compare (scripts/codegen-check.sh). */
const outputRoot = process.env['CODEGEN_OUTPUT_ROOT'] ?? '.';

/** The SDL's scalars: JSON and File carry any value, so resolvers and the explorer check them. */
const scalars = {
  ID: 'string',
  JSON: 'unknown',
  File: 'unknown',
};

const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/*.graphql',
  generates: {
    [`${outputRoot}/client/api/generated.ts`]: {
      documents: 'client/api/operations/*.ts',
      plugins: ['typescript-operations'],
      config: {
        scalars,
        enumsAsTypes: true,
        immutableTypes: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        // A query's result holds what it selects; the inline fragments of a spread are merged in.
        inlineFragmentTypes: 'combine',
        preResolveTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
      },
    },
    [`${outputRoot}/server/graphql/generated.ts`]: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        scalars,
        enumsAsTypes: true,
        immutableTypes: true,
        useTypeImports: true,
        // graphql-js answers null for a nullable field whose resolver returns undefined.
        maybeValue: 'T | null | undefined',
        // Resolvers see the values graphql-js passes: enums as the values of their value maps.
        enumValues: ENUM_VALUES,
        contextType: './context#Context',
        mapperTypeSuffix: 'Model',
        // The model objects resolvers return in place of the SDL's types; their fields are resolved from them.
        mappers: {
          Actor: './resolvers/parents#ActorParent',
          ActorPage: './resolvers/parents#ActorPageParent',
          Link: '../model/network#Link',
          Region: '../model/reference#Region',
          Source: '../model/reference#Source',
          Change: './resolvers/parents#ChangeParent',
          DomainCounts: './resolvers/parents#DomainCountsParent',
          Survey: '../neo4j/survey-store#SurveyRecord',
          SurveyRespondent: '../neo4j/survey-store#RespondentRecord',
          SurveyAnswer: '../neo4j/survey-store#AnswerRecord',
          SurveyLink: '../neo4j/survey-store#IssuedLink',
          SurveyDashboard: './resolvers/parents#SurveyDashboardParent',
        },
      },
    },
  },
};

export default config;
