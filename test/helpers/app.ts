/** The real server (HTTP, yoga, store) on a free port against a test Neo4j, and a GraphQL caller. */
import path from 'node:path';

import { startApp, type App } from '../../server/app';
import { PROJECT_ROOT, readConfig } from '../../server/config';
import type { TestNeo4j } from './neo4j';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string; problems?: { record: string; field: string; message: string }[] } }[];
}

/** Each test app's admin token, which the callers below send unless told otherwise. */
const adminTokens = new WeakMap<App, string>();

/** The admin token startTestApp made for `app`. */
export function adminTokenOf(app: App): string {
  const token = adminTokens.get(app);
  if (token === undefined) throw new Error('not a test app');
  return token;
}

/** `undefined`: the app's admin token; `null`: no token (anonymous); a string: that token. */
export type TokenChoice = string | null | undefined;

const authorization = (app: App, token: TokenChoice): Record<string, string> => {
  const chosen = token === undefined ? adminTokens.get(app) : token;
  return chosen === null || chosen === undefined ? {} : { authorization: `Bearer ${chosen}` };
};

export interface TestAppOptions {
  readonly seed?: boolean;
  readonly seedDir?: string;
  readonly production?: boolean;
  readonly rateLimit?: { perSecond: number; burst: number };
  readonly anonymousRead?: boolean;
  readonly maxBodyBytes?: number;
  readonly transactionTimeoutMs?: number;
  /** The explorer build to serve; dist/client when left out. */
  readonly clientDir?: string;
  /** The Chromium that prints reports; the default setting's when left out. */
  readonly chromiumPath?: string;
}

/** Starts the app and makes it an admin token the test callers send by default. */
export async function startTestApp(neo4j: Pick<TestNeo4j, 'uri' | 'password'>, options: TestAppOptions = {}): Promise<App> {
  const app = await startApp({
    target: { uri: neo4j.uri, user: 'neo4j', password: neo4j.password },
    database: 'neo4j',
    seedDir: options.seedDir ?? path.join(PROJECT_ROOT, 'seeds'),
    seed: options.seed ?? true,
    clientDir: options.clientDir ?? path.join(PROJECT_ROOT, 'dist', 'client'),
    maxBodyBytes: options.maxBodyBytes ?? 2 * 1024 * 1024,
    // Generous: tests fire many requests from one address; rate-limit tests pass their own.
    rateLimit: options.rateLimit ?? { perSecond: 10_000, burst: 10_000 },
    transactionTimeoutMs: options.transactionTimeoutMs ?? 60_000,
    production: options.production ?? false,
    anonymousRead: options.anonymousRead ?? !(options.production ?? false),
    host: '127.0.0.1',
    port: 0,
    chromiumPath: options.chromiumPath ?? readConfig({}).chromiumPath,
  });
  adminTokens.set(app, (await app.tokens.create('tests', 'admin')).token);
  return app;
}

/** POSTs a GraphQL request over real HTTP, as a client would. */
export async function graphql<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  token?: TokenChoice,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization(app, token) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

/** The first error's code, for refusal tests. */
export const errorCode = (response: GraphQLResponse<unknown>): string | undefined => response.errors?.[0]?.extensions?.code;

/** A file for a multipart GraphQL request (the GraphQL multipart request spec yoga reads). */
export interface Upload {
  readonly name: string;
  readonly content: string;
}

/** POSTs a GraphQL operation whose variables named in `files` are uploaded files. */
export async function graphqlUpload<T = Record<string, unknown>>(
  app: App,
  query: string,
  files: Readonly<Record<string, Upload>>,
  variables: Record<string, unknown> = {},
  token?: TokenChoice,
): Promise<GraphQLResponse<T>> {
  const names = Object.keys(files);
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: { ...variables, ...Object.fromEntries(names.map((name) => [name, null])) } }));
  form.set('map', JSON.stringify(Object.fromEntries(names.map((name, index) => [String(index), [`variables.${name}`]]))));
  names.forEach((name, index) => {
    const file = files[name];
    if (file !== undefined) form.set(String(index), new Blob([file.content], { type: 'text/plain' }), file.name);
  });
  const response = await fetch(`${app.url}/graphql`, { method: 'POST', body: form, headers: authorization(app, token) });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

/** The whole network as the API exports it: sorted, so equal networks give equal dumps. */
export async function exportNetwork(app: App): Promise<unknown> {
  const response = await graphql<{ exportNetwork: unknown }>(app, '{ exportNetwork }');
  if (response.errors !== undefined) throw new Error(response.errors[0]?.message);
  return response.data?.exportNetwork;
}
