/**
 * Who may do what. The matrix is generated from the schema: every root field (and the guarded
 * Actor.history) is called with no token, a viewer, an editor and an admin token, on a server
 * that lets anonymous callers read and on one that does not, and each outcome is compared with
 * the policy table. Then the token lifecycle: shown once, stored as a hash, revoked for good.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { POLICY } from '../../server/auth/policy';
import { decide, type Caller, type Role } from '../../server/auth/roles';
import { buildSchema } from '../../server/graphql/schema';
import { SMALL_NETWORK } from '../fixtures/small-network';
import { errorCode, graphql, graphqlUpload, startTestApp, type GraphQLResponse, type TokenChoice } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let neo4j: SharedNeo4j;
let open: App;
let closed: App;
const tokens = new Map<Role, string>();
/** A working survey token: the key the public survey operations take in their arguments. */
let surveyToken = '';

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
  open = await startTestApp(neo4j, { seed: false, anonymousRead: true });
  closed = await startTestApp(neo4j, { seed: false, anonymousRead: false });
  await graphql(open, 'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors } }', { n: SMALL_NETWORK });
  for (const role of ['viewer', 'editor', 'admin'] as const) tokens.set(role, (await open.tokens.create(`matrix ${role}`, role)).token);
  const created = await graphql<{ createSurvey: { links: { token: string }[] } }>(
    open,
    'mutation($s: SurveyInput!) { createSurvey(survey: $s) { links { token } } }',
    { s: { title: 'Rollen', closesOn: new Date().toISOString().slice(0, 10), region: 'holland-rijnland' } },
  );
  surveyToken = created.data?.createSurvey.links[0]?.token ?? '';
});

afterAll(async () => {
  await open.close();
  await closed.close();
});

/** A value of the right type for an argument: the gate is checked before the value is. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.name;
  if (isInputObjectType(named)) {
    return Object.fromEntries(Object.values(named.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  const scalars: Record<string, unknown> = { ID: 'wsp', String: 'wsp', Int: 1, Float: 1, Boolean: true, JSON: { actors: [], links: [] } };
  return scalars[named.name] ?? null;
}

const SURVEY_TOKEN_OPERATIONS = new Set(['surveyForm', 'saveSurveyAnswers']);

interface Call {
  readonly coordinate: string;
  readonly send: (app: App, token: TokenChoice) => Promise<GraphQLResponse>;
}

function callFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Call {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const files = required.filter((arg) => getNamedType(arg.type).name === 'File');
  const values = required.filter((arg) => !files.includes(arg));
  const declare = (arg: GraphQLArgument): string => `$${arg.name}: ${String(arg.type)}`;
  const variables = required.length === 0 ? '' : `(${required.map(declare).join(', ')})`;
  const args = required.length === 0 ? '' : `(${required.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})`;
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const document = `${operation}${variables} { ${field.name}${args}${selection} }`;
  const sampled = Object.fromEntries(values.map((arg) => [arg.name, sample(arg.type)]));
  // The public survey operations are let through by the policy, then opened by the survey token in their arguments.
  const given = (): Record<string, unknown> => (SURVEY_TOKEN_OPERATIONS.has(field.name) ? { ...sampled, token: surveyToken } : sampled);
  return {
    coordinate: `${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
    send: (app, token) =>
      files.length === 0
        ? graphql(app, document, given(), token)
        : graphqlUpload(app, document, Object.fromEntries(files.map((arg) => [arg.name, { name: `${arg.name}.csv`, content: 'id\n' }])), given(), token),
  };
}

const schema = buildSchema();
const calls: Call[] = [
  ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => callFor('query', field)),
  ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => callFor('mutation', field)),
  { coordinate: 'Actor.history', send: (app, token) => graphql(app, '{ actor(id: "vng") { history { id } } }', {}, token) },
];

const CALLERS: readonly { label: string; token: () => TokenChoice; caller: Caller }[] = [
  { label: 'no token', token: () => null, caller: { kind: 'anonymous' } },
  ...(['viewer', 'editor', 'admin'] as const).map((role) => ({
    label: role,
    token: () => tokens.get(role),
    caller: { kind: 'token', tokenId: '', name: '', role } as const,
  })),
];

describe.each([
  { server: 'anonymous reading on', app: () => open, anonymousRead: true },
  { server: 'anonymous reading off', app: () => closed, anonymousRead: false },
])('the policy table, $server', ({ app, anonymousRead }) => {
  it('has an entry for every root field of the schema', () => {
    expect(calls.filter((call) => POLICY[call.coordinate] === undefined).map((call) => call.coordinate)).toEqual([]);
  });

  it.each(calls.flatMap((call) => CALLERS.map((who) => ({ ...call, who }))))('$coordinate with $who.label', async ({ coordinate, send, who }) => {
    const required = POLICY[coordinate];
    if (required === undefined) throw new Error(`no policy for ${coordinate}`);
    const expected = decide(who.caller, required, anonymousRead);
    const code = errorCode(await send(app(), who.token()));
    const outcome = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? code : 'allow';
    expect(outcome).toBe(expected);
  });
});

describe('tokens', () => {
  it('are shown once, listed without their secret, name their holder in the audit trail, and die when revoked', async () => {
    const made = await graphql<{ createToken: { token: string; info: { id: string; role: string } } }>(
      open,
      'mutation { createToken(name: "WSP Holland Rijnland", role: EDITOR) { token info { id role } } }',
    );
    const editor = made.data?.createToken;
    if (editor === undefined) throw new Error(made.errors?.[0]?.message);
    expect(editor.token).toMatch(/^bk_[A-Za-z0-9_-]{43}$/);
    expect(editor.info.role).toBe('EDITOR');
    const listed = await graphql(open, '{ tokens { id name role createdAt revokedAt } }');
    expect(JSON.stringify(listed.data)).not.toContain(editor.token);

    const write = await graphql(open, 'mutation { addLink(link: { from: "vng", to: "eiland", type: "samenwerking", source: "test" }) { type } }', {}, editor.token);
    expect(write.errors).toBeUndefined();
    const history = await graphql<{ actor: { history: { who: string }[] } }>(open, '{ actor(id: "vng") { history(limit: 1) { who } } }');
    expect(history.data?.actor.history[0]?.who).toBe('WSP Holland Rijnland');

    await graphql(open, 'mutation($id: ID!) { revokeToken(id: $id) { revokedAt } }', { id: editor.info.id });
    const after = await graphql(open, '{ regions { id } }', {}, editor.token);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0]?.message).toMatch(/unknown or revoked/);
  });

  it('treat an unknown token as a refusal, never as anonymous', async () => {
    expect(errorCode(await graphql(open, '{ regions { id } }', {}, 'bk_not-a-real-token'))).toBe('UNAUTHENTICATED');
    const me = await graphql<{ me: { role: string | null; anonymousRead: boolean } }>(open, '{ me { role anonymousRead } }', {}, null);
    expect(me.data?.me).toEqual({ role: null, anonymousRead: true });
  });

  it('open a survey form to anyone only with a working survey token, which is no token for anything else', async () => {
    const form = 'query($t: String!) { surveyForm(token: $t) { respondent { id } } }';
    const opened = await graphql<{ surveyForm: { respondent: { id: string } } }>(closed, form, { t: surveyToken }, null);
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.surveyForm.respondent.id).toBeTruthy();
    const refused = await graphql(closed, form, { t: 'bks_not-a-real-link' }, null);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.extensions?.problems?.[0]).toMatchObject({ record: 'survey', field: 'token' });
    expect(errorCode(await graphql(closed, '{ surveys { id } }', {}, surveyToken))).toBe('UNAUTHENTICATED');
  });

  it('guard the downloads like the API', async () => {
    expect((await fetch(`${closed.url}/export/network.json`)).status).toBe(401);
    const viewer = await fetch(`${closed.url}/export/network.json`, { headers: { authorization: `Bearer ${tokens.get('viewer') ?? ''}` } });
    expect(viewer.status).toBe(200);
  });
});
