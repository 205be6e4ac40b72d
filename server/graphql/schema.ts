/** The executable schema: the SDL files in schema/ joined with the resolvers. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';

import { ACTOR_TYPES, DOMAINS, LINK_TYPES } from '../model/network';
import { PROJECT_ROOT } from '../config';
import { guardSchema } from './guard';
import { analyticsResolvers } from './resolvers/analytics';
import { authResolvers } from './resolvers/auth';
import { ENUM_VALUES } from './resolvers/enum-values';
import { exchangeResolvers } from './resolvers/exchange';
import { networkResolvers } from './resolvers/network';
import { surveyResolvers } from './resolvers/survey';

const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

export function readTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}

const vocabularyResolvers = {
  ActorMode: ENUM_VALUES.ActorMode,
  Query: {
    vocabulary: () => ({
      actorTypes: Object.entries(ACTOR_TYPES).map(([id, info]) => ({ id, defaultDomain: info.defaultDomain, mode: info.mode })),
      domains: DOMAINS,
      linkTypes: Object.entries(LINK_TYPES).map(([id, info]) => ({ id, directed: info.directed })),
    }),
  },
};

export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers: [{ JSON: GraphQLJSON }, vocabularyResolvers, networkResolvers, exchangeResolvers, analyticsResolvers, authResolvers, surveyResolvers],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
  return guardSchema(schema);
}
