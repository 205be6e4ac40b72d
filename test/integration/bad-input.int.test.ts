/**
 * Every kind of bad input is refused with a message that names the record and the field, and
 * leaves the database exactly as it was (compared through a full export before and after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { SMALL_NETWORK } from '../fixtures/small-network';
import { exportNetwork, graphql, graphqlUpload, startTestApp, type GraphQLResponse } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let neo4j: SharedNeo4j;
let app: App;
/** The personal link of respondent wsp in a round of wsp, leiden-wi and board. */
let surveyToken = '';

const today = (): string => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  neo4j = await sharedTestNeo4j();
  app = await startTestApp(neo4j, { seed: false });
  await graphql(app, 'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors } }', { n: SMALL_NETWORK });
  const created = await graphql<{ createSurvey: { links: { respondent: { id: string }; token: string }[] } }>(
    app,
    'mutation($s: SurveyInput!) { createSurvey(survey: $s) { links { respondent { id } token } } }',
    { s: { title: 'Slechte invoer', closesOn: today(), respondents: [{ actor: 'wsp' }, { actor: 'leiden-wi' }, { actor: 'board' }] } },
  );
  surveyToken = created.data?.createSurvey.links.find((link) => link.respondent.id === 'wsp')?.token ?? '';
});

afterAll(async () => {
  await app.close();
});

const IMPORT = 'mutation($n: JSON!, $mode: ImportMode) { importNetwork(network: $n, mode: $mode) { actors links } }';
const IMPORT_CSV = 'mutation($actors: File!, $links: File!) { importCsv(actors: $actors, links: $links, mode: REPLACE) { actors } }';
const IMPORT_FILE = 'mutation($file: File!) { importNetworkFile(file: $file, mode: REPLACE) { actors } }';

const actor = (id: string, extra: object = {}): object => ({ id, name: `Actor ${id}`, type: 'werkgever', domain: 'EZ', ...extra });
const link = (from: string, to: string, extra: object = {}): object => ({ from, to, type: 'samenwerking', ...extra });
const importing = (network: object, mode = 'REPLACE') => (): Promise<GraphQLResponse> => graphql(app, IMPORT, { n: network, mode });
const csv = (actors: string, links: string) => (): Promise<GraphQLResponse> =>
  graphqlUpload(app, IMPORT_CSV, { actors: { name: 'actors.csv', content: actors }, links: { name: 'links.csv', content: links } });

const GOOD_ACTORS_CSV = 'id,name,type,domain\nx,Actor x,werkgever,EZ\ny,Actor y,gemeente,SZ\n';
const GOOD_LINKS_CSV = 'from,to,type\nx,y,samenwerking\n';

const CREATE_SURVEY = 'mutation($s: SurveyInput!) { createSurvey(survey: $s) { survey { id } } }';
const survey = (extra: object) => (): Promise<GraphQLResponse> =>
  graphql(app, CREATE_SURVEY, { s: { title: 'Ronde', closesOn: today(), respondents: [{ actor: 'wsp' }, { actor: 'board' }], ...extra } });
const SAVE_ANSWERS = 'mutation($t: String!, $a: [FormAnswerInput!]!) { saveSurveyAnswers(token: $t, answers: $a, send: true) { sentAt } }';
const answer = (extra: object): object => ({ partner: 'board', type: 'samenwerking', frequency: 'MONTHLY', importance: 3, ...extra });
const answering = (answers: readonly object[]) => (): Promise<GraphQLResponse> => graphql(app, SAVE_ANSWERS, { t: surveyToken, a: answers }, null);

interface Case {
  readonly name: string;
  /** BAD_USER_INPUT unless given. */
  readonly code?: string;
  readonly send: () => Promise<GraphQLResponse>;
  readonly record: string;
  readonly field: string;
  readonly message: RegExp;
}

const CASES: readonly Case[] = [
  { name: 'a link to an actor that is not in the file', send: importing({ actors: [actor('a'), actor('b')], links: [link('a', 'b'), link('a', 'ghost')] }), record: 'links[1]', field: 'to', message: /"ghost", which is not in the file/ },
  { name: 'a duplicate actor id', send: importing({ actors: [actor('a'), actor('b'), actor('a')], links: [] }), record: 'actors[2]', field: 'id', message: /duplicate id "a" \(first used by actors\[0\]\)/ },
  { name: 'an unknown actor type', send: importing({ actors: [actor('a', { type: 'bakkerij' })], links: [] }), record: 'actors[0]', field: 'type', message: /unknown actor type "bakkerij"/ },
  { name: 'an unknown domain', send: importing({ actors: [actor('a', { domain: 'ZORG' })], links: [] }), record: 'actors[0]', field: 'domain', message: /unknown domain "ZORG"/ },
  { name: 'an unknown link type', send: importing({ actors: [actor('a'), actor('b')], links: [link('a', 'b', { type: 'vriendschap' })] }), record: 'links[0]', field: 'type', message: /unknown link type "vriendschap"/ },
  { name: 'a self-link', send: importing({ actors: [actor('a')], links: [link('a', 'a')] }), record: 'links[0]', field: 'to', message: /links actor "a" to itself/ },
  { name: 'an empty name', send: importing({ actors: [actor('a', { name: '   ' })], links: [] }), record: 'actors[0]', field: 'name', message: /required and must not be empty/ },
  { name: 'a null byte in a name', send: importing({ actors: [actor('a', { name: 'Gemeente\u0000X' })], links: [] }), record: 'actors[0]', field: 'name', message: /control character/ },
  { name: 'a name of 10,000 characters', send: importing({ actors: [actor('a', { name: 'x'.repeat(10_000) })], links: [] }), record: 'actors[0]', field: 'name', message: /at most 300/ },
  { name: 'an unknown region', send: importing({ actors: [actor('a', { region: 'atlantis' })], links: [] }), record: 'actors[0]', field: 'region', message: /unknown arbeidsmarktregio "atlantis"/ },
  { name: 'an id that already exists (ADD)', send: importing({ actors: [actor('nieuw'), actor('wsp')], links: [] }, 'ADD'), record: 'actors[1]', field: 'id', message: /"wsp" already exists/ },
  {
    name: 'one bad link after a thousand good actors',
    send: importing({ actors: Array.from({ length: 1000 }, (_, i) => actor(`a${String(i)}`)), links: [link('a1', 'a2'), link('a3', 'a3')] }),
    record: 'links[1]', field: 'to', message: /to itself/,
  },
  { name: 'a file that is not JSON', send: () => graphqlUpload(app, IMPORT_FILE, { file: { name: 'netwerk.json', content: '{"actors": [ {"id": "a",, }' } }), record: 'file', field: '(json)', message: /not valid JSON/ },
  { name: 'JSON that is not a network', send: () => graphqlUpload(app, IMPORT_FILE, { file: { name: 'netwerk.json', content: '[1, 2]' } }), record: 'file', field: '(root)', message: /"actors" and "links"/ },
  { name: 'a CSV without the domain column', send: csv('id,name,type\nx,Actor x,werkgever\n', GOOD_LINKS_CSV), record: 'actors.csv line 1', field: 'domain', message: /required column is missing/ },
  { name: 'a CSV row with too many cells', send: csv(GOOD_ACTORS_CSV, 'from,to,type\nx,y,samenwerking\ny,x,samenwerking,extra\n'), record: 'links.csv line 3', field: '(csv)', message: /has 4 cells; the header has 3/ },
  { name: 'a CSV with an unclosed quote', send: csv('id,name,type,domain\nx,"Actor x,werkgever,EZ\n', GOOD_LINKS_CSV), record: 'actors.csv line 2', field: '(csv)', message: /quote/i },
  { name: 'a semicolon CSV (Dutch Excel) with an unknown type', send: csv('\uFEFFid;name;type;domain\nx;Actor x;werkgever;EZ\ny;Actor y;bakkerij;SZ\n', 'from;to;type\nx;y;samenwerking\n'), record: 'actors.csv line 3', field: 'type', message: /unknown actor type "bakkerij"/ },
  { name: 'a CSV link to a missing actor', send: csv(GOOD_ACTORS_CSV, 'from,to,type\nx,y,samenwerking\nx,z,samenwerking\n'), record: 'links.csv line 3', field: 'to', message: /"z", which is not in the file/ },
  { name: 'an edit with an empty name', send: () => graphql(app, 'mutation($a: ActorInput!) { upsertActor(actor: $a) { id } }', { a: actor('wsp', { name: '' }) }), record: 'actor', field: 'name', message: /required/ },
  { name: 'a new link to an unknown actor', send: () => graphql(app, 'mutation($l: LinkInput!) { addLink(link: $l) { type } }', { l: link('wsp', 'ghost') }), record: 'link', field: 'to', message: /no actor has id "ghost"/ },
  { name: 'a new self-link', send: () => graphql(app, 'mutation($l: LinkInput!) { addLink(link: $l) { type } }', { l: link('wsp', 'wsp') }), record: 'link', field: 'to', message: /itself/ },
  { name: 'a query nested 12 deep', code: 'QUERY_TOO_COMPLEX', send: () => graphql(app, `{ actor(id: "wsp") { ${'neighbours { '.repeat(11)}id${' }'.repeat(11)} } }`), record: 'query', field: '(document)', message: /depth limit of 10/ },
  { name: 'a query with 50 aliases', code: 'QUERY_TOO_COMPLEX', send: () => graphql(app, `{ ${Array.from({ length: 50 }, (_, i) => `a${String(i)}: actor(id: "wsp") { id }`).join(' ')} }`), record: 'query', field: '(document)', message: /Aliases limit of 20/ },
  { name: 'a query of 5,000 tokens', code: 'QUERY_TOO_COMPLEX', send: () => graphql(app, `{ actor(id: "wsp") { ${'id '.repeat(5_000)}} }`), record: 'query', field: '(document)', message: /Token limit of 4000/ },
  { name: 'a fan-out too costly to run', code: 'QUERY_TOO_COMPLEX', send: () => graphql(app, `{ ${Array.from({ length: 19 }, (_, i) => `a${String(i)}: actors(limit: 500) { items { neighbours { neighbours { neighbours { links { from { name } to { name } } } } } } }`).join(' ')} }`), record: 'query', field: '(document)', message: /cost/i },
  { name: 'a survey round without a title', send: survey({ title: '  ' }), record: 'survey', field: 'title', message: /required/ },
  { name: 'a survey round title of 101 characters', send: survey({ title: 'x'.repeat(101) }), record: 'survey', field: 'title', message: /at most 100/ },
  { name: 'a survey round closing yesterday', send: survey({ closesOn: '2020-01-01' }), record: 'survey', field: 'closesOn', message: /before today/ },
  { name: 'a survey round closing on no real day', send: survey({ closesOn: '2026-02-30' }), record: 'survey', field: 'closesOn', message: /real day/ },
  { name: 'a survey round in an unknown region', send: survey({ region: 'atlantis', respondents: undefined }), record: 'survey', field: 'region', message: /unknown arbeidsmarktregio "atlantis"/ },
  { name: 'a survey round of one respondent', send: survey({ respondents: [{ actor: 'wsp' }] }), record: 'survey', field: 'respondents', message: /at least 2/ },
  { name: 'a survey respondent that is no actor', send: survey({ respondents: [{ actor: 'wsp' }, { actor: 'ghost' }] }), record: 'survey.respondents[1]', field: 'actor', message: /no actor has id "ghost"/ },
  { name: 'a survey respondent named twice', send: survey({ respondents: [{ actor: 'wsp' }, { actor: 'board' }, { actor: 'wsp' }] }), record: 'survey.respondents[2]', field: 'actor', message: /respondent already \(survey.respondents\[0\]\)/ },
  { name: 'a survey contact with a null byte', send: survey({ respondents: [{ actor: 'wsp', contact: 'Jan\u0000' }, { actor: 'board' }] }), record: 'survey.respondents[0]', field: 'contact', message: /control character/ },
  { name: 'a survey contact of 201 characters', send: survey({ respondents: [{ actor: 'wsp', contact: 'x'.repeat(201) }, { actor: 'board' }] }), record: 'survey.respondents[0]', field: 'contact', message: /at most 200/ },
  { name: 'a survey answer naming an actor outside the round', send: answering([answer({}), answer({ partner: 'vng' })]), record: 'answers[1]', field: 'partner', message: /not on this round's list/ },
  { name: 'a survey answer naming the respondent itself', send: answering([answer({ partner: 'wsp' })]), record: 'answers[0]', field: 'partner', message: /respondent itself/ },
  { name: 'a survey answer with a partner and a typed name', send: answering([answer({ partnerName: 'Bibliotheek' })]), record: 'answers[0]', field: 'partnerName', message: /not both/ },
  { name: 'a survey answer with neither partner nor name', send: answering([answer({ partner: null })]), record: 'answers[0]', field: 'partner', message: /required/ },
  { name: 'a survey answer with a typed name of 301 characters', send: answering([answer({ partner: null, partnerName: 'x'.repeat(301) })]), record: 'answers[0]', field: 'partnerName', message: /at most 300/ },
  { name: 'a survey answer with a relation the form does not offer', send: answering([answer({ type: 'centrumgemeente' })]), record: 'answers[0]', field: 'type', message: /unknown relation "centrumgemeente"/ },
  { name: 'a survey answer of importance 6', send: answering([answer({ importance: 6 })]), record: 'answers[0]', field: 'importance', message: /1 to 5, got 6/ },
  { name: 'a survey answer given twice', send: answering([answer({}), answer({ frequency: 'WEEKLY' })]), record: 'answers[1]', field: 'type', message: /repeats answers\[0\]/ },
  { name: 'a survey form of 201 answers', send: answering(Array.from({ length: 201 }, () => answer({}))), record: 'saveSurveyAnswers', field: 'answers', message: /at most 200/ },
  { name: 'an actor filter with an unknown type', send: () => graphql(app, '{ actors(filter: { types: ["gemeente", "bakkerij"] }) { totalCount } }'), record: 'actors', field: 'filter.types[1]', message: /unknown value "bakkerij"/ },
];

describe('bad input is refused, named and leaves the database unchanged', () => {
  it.each(CASES)('$name', async ({ send, record, field, message, code = 'BAD_USER_INPUT' }) => {
    const before = await exportNetwork(app);
    const response = await send();
    const error = response.errors?.[0];
    expect(error?.extensions?.code, error?.message).toBe(code);
    const problem = error?.extensions?.problems?.find((p) => p.record === record && p.field === field);
    expect(problem, JSON.stringify(error?.extensions?.problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
    expect(await exportNetwork(app)).toEqual(before);
  });

  it('refuses an oversized request before reading it', async () => {
    const before = await exportNetwork(app);
    const huge = { actors: Array.from({ length: 30_000 }, (_, i) => actor(`big-${String(i)}`, { description: 'x'.repeat(60) })), links: [] };
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: IMPORT, variables: { n: huge, mode: 'ADD' } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]?.message).toMatch(/at most 2097152 are accepted/);
    expect(await exportNetwork(app)).toEqual(before);
  });

  it('refuses a request body that is not JSON', async () => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
  });
});
