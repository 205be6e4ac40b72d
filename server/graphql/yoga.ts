/**
 * The GraphQL server as a fetch handler (createYoga); it never listens itself, so tests call
 * it directly and http/server.ts mounts it. Refusals keep their code and problems
 * (plugins/use-refusal-codes.ts); any other failure is masked so no stack trace or Neo4j
 * message reaches a caller.
 */
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';

import type { AnalysisService } from '../analysis-worker/analysis-service';
import { callerOf } from '../auth/tokens';
import type { NetworkStore } from '../neo4j/network-store';
import type { SurveyStore } from '../neo4j/survey-store';
import type { TokenStore } from '../neo4j/token-store';
import { createLoaders, type Context, type SaveLimiter } from './context';
import { useQueryLimits } from './plugins/use-query-limits';
import { useRefusalCodes } from './plugins/use-refusal-codes';
import { buildSchema } from './schema';

export interface YogaOptions {
  readonly store: NetworkStore;
  readonly tokens: TokenStore;
  readonly surveys: SurveyStore;
  /** Limits the saves of each survey form (its token hash is the client). */
  readonly surveySaves: SaveLimiter;
  /** Answers the analytics off the request thread; its owner closes it. */
  readonly analysis: AnalysisService;
  /** May callers without a token read? */
  readonly anonymousRead: boolean;
  readonly production: boolean;
  readonly plugins?: readonly Plugin[];
}

/** Runs `work` once, on first call, and hands every caller the same promise. */
function memo<T>(work: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= work());
}

export type BrugkaartYoga = YogaServerInstance<Record<string, never>, Context>;

export function createBrugkaartYoga(options: YogaOptions): BrugkaartYoga {
  return createYoga<Record<string, never>, Context>({
    schema: buildSchema(),
    context: ({ request }) => {
      const caller = memo(() => callerOf(options.tokens, request.headers.get('authorization')));
      return {
        store: options.store,
        analysis: options.analysis,
        loaders: createLoaders(options.store),
        tokens: options.tokens,
        surveys: options.surveys,
        surveySaves: options.surveySaves,
        caller,
        anonymousRead: options.anonymousRead,
        editor: async () => {
          const known = await caller();
          return { who: known.kind === 'token' ? known.name : 'anonymous' };
        },
      };
    },
    graphqlEndpoint: '/graphql',
    // The bundled GraphiQL: yoga's default page loads from a CDN and is blank offline.
    graphiql: options.production ? false : { title: 'brugkaart GraphiQL', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL,
    landingPage: false,
    logging: options.production ? 'warn' : 'info',
    plugins: [
      useRefusalCodes(),
      ...useQueryLimits(options.production),
      // In production the schema is not handed to outsiders: no introspection, no GraphiQL.
      ...(options.production ? [useDisableIntrospection()] : []),
      ...(options.plugins ?? []),
    ],
    // Refusals reach this as GraphQLErrors (use-refusal-codes.ts) and pass; anything else is masked.
    maskedErrors: true,
  });
}

const DEFAULT_QUERY = `# brugkaart: wie zit er in het netwerk?
query Actoren {
  actors(filter: { region: "holland-rijnland" }, limit: 10) {
    totalCount
    items { id name type domain degree }
  }
}
`;
