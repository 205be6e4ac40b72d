/**
 * Hostile input, one table: every case sends one request a careless user, a curious outsider or
 * a broken file would send, to the real server over HTTP, and checks
 *
 *  1. the refusal: `extensions.code` of the first error (or, for refusals before GraphQL, the
 *     HTTP status), and where the server names it the record and the field;
 *  2. that nothing leaked (no stack trace, no Neo4j message) and nothing was answered as if the
 *     request had succeeded;
 *  3. that the database is exactly as it was: a canonical dump of every node and relationship,
 *     read directly with neo4j-driver (test/helpers/dump.ts), before and after.
 *
 * Codes: the server's own set (server/model/errors.ts) where a resolver or a limit refuses;
 * where graphql-js or yoga refuse a document before any resolver runs, the server maps their own
 * codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, OPERATION_RESOLUTION_FAILURE)
 * to BAD_USER_INPUT,
 * which are pinned here as current behaviour. Refusals that carry no code at all (variable
 * coercion errors, malformed multipart requests) and requests that end in INTERNAL_SERVER_ERROR
 * are left out of the table: they are server weaknesses, reported separately.
 *
 * A last block proves that hostile strings that are valid data (quotes, backticks, Cypher
 * fragments in a name) are stored verbatim and inject nothing.
 */
import { request } from 'node:http';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { SMALL_NETWORK } from '../fixtures/small-network';
import { adminTokenOf, graphql, startTestApp } from '../helpers/app';
import { openDumper, type DatabaseDumper } from '../helpers/dump';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let testNeo4j: SharedNeo4j;
let app: App;
let dumper: DatabaseDumper;

beforeAll(async () => {
  testNeo4j = await sharedTestNeo4j();
  app = await startTestApp(testNeo4j, { seed: false });
  dumper = openDumper(testNeo4j);
  const loaded = await graphql(app, 'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors } }', { n: SMALL_NETWORK });
  if (loaded.errors !== undefined) throw new Error(loaded.errors[0]?.message);
});

afterAll(async () => {
  await dumper?.close();
  await app?.close();
});

// ---------------------------------------------------------------------------------------------
// Sending
// ---------------------------------------------------------------------------------------------

interface Problem {
  readonly record: string;
  readonly field: string;
  readonly message: string;
}

interface ErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string; readonly problems?: readonly Problem[] };
}

interface Body {
  readonly data?: Readonly<Record<string, unknown>> | null;
  readonly errors?: readonly ErrorEntry[];
}

/** What came back: the status, the raw text (for leak checks) and the body when it is JSON. */
interface Reply {
  readonly status: number;
  readonly text: string;
  readonly body: Body | undefined;
}

function parseBody(text: string): Body | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Every hostile request carries the admin token: the refusals tested here come after the role check. */
const asAdmin = (): Record<string, string> => ({ authorization: `Bearer ${adminTokenOf(app)}` });

async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  return { status: response.status, text, body: parseBody(text) };
}

/** POSTs a raw body to /graphql. */
const post = async (body: string, contentType = 'application/json'): Promise<Reply> =>
  reply(await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, ...asAdmin() }, body }));

/** POSTs one GraphQL operation as JSON. */
const gql = (query: string, variables: Readonly<Record<string, unknown>> = {}, operationName?: string): Promise<Reply> =>
  post(JSON.stringify(operationName === undefined ? { query, variables } : { query, variables, operationName }));

/** A GraphQL multipart request (the spec yoga reads) whose variables named in `files` are uploads. */
async function upload(query: string, files: Readonly<Record<string, string | Uint8Array>>, variables: Readonly<Record<string, unknown>> = {}): Promise<Reply> {
  const names = Object.keys(files);
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: { ...variables, ...Object.fromEntries(names.map((name) => [name, null])) } }));
  form.set('map', JSON.stringify(Object.fromEntries(names.map((name, index) => [String(index), [`variables.${name}`]]))));
  names.forEach((name, index) => {
    const content = files[name];
    if (content === undefined) return;
    const part = typeof content === 'string' ? content : new Uint8Array(content);
    form.set(String(index), new Blob([part], { type: 'application/octet-stream' }), name === 'file' ? 'netwerk.json' : `${name}.csv`);
  });
  return reply(await fetch(`${app.url}/graphql`, { method: 'POST', body: form, headers: asAdmin() }));
}

/** A request fetch cannot make: chosen headers (a chunked body, a lying Content-Length). */
function rawRequest(method: string, headers: Readonly<Record<string, string>>, chunks: readonly string[]): Promise<Reply> {
  const url = new URL(`${app.url}/graphql`);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: url.hostname, port: url.port, path: url.pathname, method, headers: { ...headers } }, (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text, body: parseBody(text) }));
    });
    // The server may answer and close before the body is sent; the answer is what counts.
    outgoing.on('error', (error) => reject(error));
    for (const chunk of chunks) outgoing.write(chunk);
    outgoing.end();
  });
}

const getQuery = async (query: string): Promise<Reply> =>
  reply(await fetch(`${app.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', ...asAdmin() } }));

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const IMPORT = 'mutation($n: JSON!, $mode: ImportMode) { importNetwork(network: $n, mode: $mode) { actors links } }';
const IMPORT_FILE = 'mutation($file: File!) { importNetworkFile(file: $file, mode: REPLACE) { actors } }';
const IMPORT_CSV = 'mutation($actors: File!, $links: File!) { importCsv(actors: $actors, links: $links, mode: REPLACE) { actors } }';
const UPSERT = 'mutation($a: ActorInput!, $v: Int) { upsertActor(actor: $a, expectedVersion: $v) { id version } }';
const ADD_LINK = 'mutation($l: LinkInput!) { addLink(link: $l) { type } }';
const REMOVE_LINK = 'mutation($from: ID!, $to: ID!, $type: String!) { removeLink(from: $from, to: $to, type: $type) }';
const DELETE = 'mutation($id: ID!, $v: Int) { deleteActor(id: $id, expectedVersion: $v) { id removedLinks } }';
const ERASE = 'mutation($name: String!) { erasePerson(name: $name) { actors links auditRecords } }';
const WHAT_IF = 'query($links: [ProposedLink!]!) { whatIf(addLinks: $links) { added { from { id } } } }';

/** Hostile strings. */
const CYPHER = "x'}) MATCH (n) DETACH DELETE n //";
const CYPHER_DQ = 'x"}) MATCH (n) DETACH DELETE n //';
const BACKTICK = 'samenwerking`]->() MATCH (n) DETACH DELETE n //';
const DYNAMIC = 'werkgever $(n) CALL { MATCH (n) DETACH DELETE n } //';
const SHELL = '$(rm -rf /) `reboot` ${process.exit()}';
const LONE_HIGH = 'ghost-\uD800';
const LONE_LOW = 'ghost-\uDC00';
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
/** Under the 2 MiB body limit, so the field check (not the body limit) must refuse it. */
const ONE_AND_A_HALF_MB = 'x'.repeat(1_500_000);

const actor = (id: string, extra: Readonly<Record<string, unknown>> = {}): Record<string, unknown> => ({ id, name: `Actor ${id}`, type: 'werkgever', domain: 'EZ', ...extra });
const link = (from: string, to: string, extra: Readonly<Record<string, unknown>> = {}): Record<string, unknown> => ({ from, to, type: 'samenwerking', ...extra });
/** A valid pair for ADD/REPLACE imports that one bad field spoils. */
const pair = (first: Readonly<Record<string, unknown>> = {}, theLink: Readonly<Record<string, unknown>> = {}): Record<string, unknown> => ({
  actors: [actor('p', first), actor('q', { type: 'gemeente', domain: 'SZ' })],
  links: [link('p', 'q', theLink)],
});

const importing = (network: unknown, mode: 'ADD' | 'REPLACE' = 'REPLACE') => (): Promise<Reply> => gql(IMPORT, { n: network, mode });
/** The JSON variable written by hand, for values JSON.stringify cannot make (1e309, own __proto__). */
const importingRaw = (networkJson: string) => (): Promise<Reply> =>
  post(`{"query": ${JSON.stringify(IMPORT)}, "variables": {"mode": "REPLACE", "n": ${networkJson}}}`);
const importingFile = (content: string | Uint8Array) => (): Promise<Reply> => upload(IMPORT_FILE, { file: content });
const importingCsv = (actors: string | Uint8Array, links: string | Uint8Array) => (): Promise<Reply> =>
  upload(IMPORT_CSV, { actors, links });
const upserting = (input: Readonly<Record<string, unknown>>, expectedVersion?: number) => (): Promise<Reply> =>
  gql(UPSERT, expectedVersion === undefined ? { a: input } : { a: input, v: expectedVersion });
const addingLink = (input: Readonly<Record<string, unknown>>) => (): Promise<Reply> => gql(ADD_LINK, { l: input });
const removingLink = (from: string, to: string, type: string) => (): Promise<Reply> => gql(REMOVE_LINK, { from, to, type });
const deleting = (id: string, expectedVersion?: number) => (): Promise<Reply> =>
  gql(DELETE, expectedVersion === undefined ? { id } : { id, v: expectedVersion });
const erasing = (name: string) => (): Promise<Reply> => gql(ERASE, { name });
const whatIfWith = (links: readonly Readonly<Record<string, unknown>>[]) => (): Promise<Reply> => gql(WHAT_IF, { links });
const asking = (query: string, variables: Readonly<Record<string, unknown>> = {}) => (): Promise<Reply> => gql(query, variables);

const GOOD_ACTORS_CSV = 'id,name,type,domain\nx,Actor x,werkgever,EZ\ny,Actor y,gemeente,SZ\n';
const GOOD_LINKS_CSV = 'from,to,type\nx,y,samenwerking\n';

/** Bytes no text editor writes: NULs, stray continuation bytes, an invalid UTF-8 lead. */
const BINARY = Uint8Array.from([0x00, 0xff, 0xfe, 0x80, 0x81, 0xc3, 0x28, 0x00, 0x1b, 0x5b, 0x32, 0x4a, 0x0a, 0xf0, 0x28, 0x8c, 0x28, 0x07]);

const aliases = (count: number, field = 'actor(id: "wsp") { id }'): string =>
  Array.from({ length: count }, (_, index) => `a${String(index)}: ${field}`).join(' ');
const nested = (depth: number, field = 'neighbours'): string => `${`${field} { `.repeat(depth)}id${' }'.repeat(depth)}`;

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

type Category =
  | 'transport'
  | 'document limits'
  | 'document validity'
  | 'enums'
  | 'argument ranges'
  | 'not found'
  | 'whatIf'
  | 'edits'
  | 'hostile strings'
  | 'network JSON'
  | 'network file'
  | 'CSV pair';

interface Case {
  readonly category: Category;
  readonly name: string;
  readonly send: () => Promise<Reply>;
  /** `extensions.code` of the first error; omitted for refusals that carry no GraphQL body (415, 431). */
  readonly code?: string;
  /** The HTTP status; 200 unless given. */
  readonly status?: number;
  /** A problem with this record and field must be among `extensions.problems`. */
  readonly record?: string;
  readonly field?: string;
  /** Matched against that problem's message, or the first error's message without record/field. */
  readonly message?: RegExp;
}

const PARSE = 'BAD_USER_INPUT';
const INVALID = 'BAD_USER_INPUT';
const TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
const BAD_INPUT = 'BAD_USER_INPUT';
const NOT_FOUND = 'NOT_FOUND';

const CASES: readonly Case[] = [
  // --- Transport: refused before GraphQL runs -----------------------------------------------
  { category: 'transport', name: 'a body that is cut off mid-JSON', send: () => post('{"query": '), status: 400, code: 'BAD_USER_INPUT', message: /invalid JSON/ },
  { category: 'transport', name: 'an empty body', send: () => post(''), status: 400, code: 'BAD_USER_INPUT', message: /invalid JSON/ },
  { category: 'transport', name: 'a body of binary garbage', send: () => post('\u0000\u00ff\u0001{{{'), status: 400, code: 'BAD_USER_INPUT', message: /invalid JSON/ },
  { category: 'transport', name: 'a batched array of two queries (batching is off)', send: () => post(JSON.stringify([{ query: '{ vocabulary { domains } }' }, { query: '{ regions { id } }' }])), status: 400, code: 'BAD_USER_INPUT', message: /Batching is not supported/ },
  { category: 'transport', name: 'a batched empty array', send: () => post('[]'), status: 400, code: 'BAD_USER_INPUT', message: /Batching is not supported/ },
  { category: 'transport', name: 'a batched array hiding a mutation', send: () => post(JSON.stringify([{ query: 'mutation { erasePerson(name: "Leiden") { links } }' }])), status: 400, code: 'BAD_USER_INPUT', message: /Batching is not supported/ },
  { category: 'transport', name: 'a batched array of 100 queries', send: () => post(JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ vocabulary { domains } }' })))), status: 400, code: 'BAD_USER_INPUT', message: /Batching is not supported/ },
  { category: 'transport', name: 'a query that is a number', send: () => post(JSON.stringify({ query: 42 })), status: 400, code: 'BAD_USER_INPUT', message: /"query" param to be a string/ },
  { category: 'transport', name: 'variables that are a list', send: () => post(JSON.stringify({ query: '{ vocabulary { domains } }', variables: [1, 2] })), status: 400, code: 'BAD_USER_INPUT', message: /"variables" param/ },
  { category: 'transport', name: 'variables that are a string', send: () => post(JSON.stringify({ query: '{ vocabulary { domains } }', variables: "'; DROP TABLE actors; --" })), status: 400, code: 'BAD_USER_INPUT', message: /"variables" param/ },
  { category: 'transport', name: 'no query at all', send: () => post(JSON.stringify({ variables: {} })), code: 'BAD_USER_INPUT', message: /Must provide query string/ },
  { category: 'transport', name: 'a body sent as text/plain', send: () => post(JSON.stringify({ query: 'mutation { erasePerson(name: "Leiden") { links } }' }), 'text/plain'), status: 415 },
  { category: 'transport', name: 'a mutation sent with GET', send: () => getQuery('mutation { erasePerson(name: "Leiden") { links } }'), status: 405, code: 'BAD_USER_INPUT', message: /mutation operation from a POST request/ },
  { category: 'transport', name: 'a GET query of 100,000 characters', send: () => getQuery(`{ vocabulary { domains } }${' '.repeat(100_000)}`), status: 431 },
  { category: 'transport', name: 'an operation name the document does not have', send: () => gql('query Actoren { vocabulary { domains } }', {}, 'DropAll'), status: 400, code: 'BAD_USER_INPUT' },
  { category: 'transport', name: 'two operations and no operation name', send: () => gql('query A { vocabulary { domains } } mutation B { erasePerson(name: "Leiden") { links } }'), status: 400, code: 'BAD_USER_INPUT' },
  { category: 'transport', name: 'a chunked body without Content-Length', send: () => rawRequest('POST', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, ['{"query":"mutation { erasePerson(name: \\"Leiden\\") { links } }"}']), status: 411, code: 'PAYLOAD_TOO_LARGE', message: /Content-Length/ },
  { category: 'transport', name: 'a declared Content-Length of 1 GB', send: () => rawRequest('POST', { 'content-type': 'application/json', 'content-length': '999999999' }, ['{}']), status: 413, code: 'PAYLOAD_TOO_LARGE', message: /at most 2097152/ },
  { category: 'transport', name: 'a Content-Length that is not a number', send: () => rawRequest('POST', { 'content-type': 'application/json', 'content-length': 'lots' }, []), status: 400 },
  { category: 'transport', name: 'a 10 MB actor name in the variables', send: upserting(actor('huge', { name: TEN_MB })), status: 413, code: 'PAYLOAD_TOO_LARGE', message: /at most 2097152/ },
  { category: 'transport', name: 'a 2.1 MB document', send: () => gql(`{ vocabulary { domains } } # ${'x'.repeat(2_200_000)}`), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { category: 'transport', name: 'a 3 MB network file', send: importingFile(JSON.stringify({ actors: [actor('a', { description: 'x'.repeat(3_000_000) })], links: [] })), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { category: 'transport', name: 'a 10 MB actors.csv', send: importingCsv(`id,name,type,domain\nx,${TEN_MB},werkgever,EZ\n`, GOOD_LINKS_CSV), status: 413, code: 'PAYLOAD_TOO_LARGE' },

  // --- Document limits: depth, aliases, tokens, directives, cost -----------------------------
  { category: 'document limits', name: 'nesting 11 deep', send: asking(`{ actor(id: "wsp") { ${nested(11)} } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /depth limit of 10/ },
  { category: 'document limits', name: 'nesting 60 deep', send: asking(`{ actor(id: "wsp") { ${nested(60)} } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /depth limit of 10/ },
  { category: 'document limits', name: 'nesting 1,000 deep', send: asking(`{ actor(id: "wsp") { ${nested(1_000)} } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /nested more than 64 levels/ },
  { category: 'document limits', name: 'nesting 20,000 deep (refused before the parser recurses)', send: asking(`{ actor(id: "wsp") { ${nested(20_000)} } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /nested more than 64 levels/ },
  { category: 'document limits', name: 'an inline list literal nested 1,000 deep', send: asking(`{ whatIf(addLinks: ${'['.repeat(1_000)}${']'.repeat(1_000)}) { before { actors } } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /nested more than 64 levels/ },
  { category: 'document limits', name: 'nesting hidden in a chain of 12 fragments', send: asking(`{ actor(id: "wsp") { ...F1 } } ${Array.from({ length: 12 }, (_, i) => `fragment F${String(i + 1)} on Actor { neighbours { ${i < 11 ? `...F${String(i + 2)}` : 'id'} } }`).join(' ')}`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /depth limit of 10/ },
  { category: 'document limits', name: 'nesting hidden in inline fragments', send: asking(`{ actor(id: "wsp") { ${'... on Actor { neighbours { '.repeat(12)}id${' } }'.repeat(12)} } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /depth limit of 10/ },
  { category: 'document limits', name: 'nesting through links and their ends', send: asking(`{ actor(id: "wsp") { ${'links { from { '.repeat(6)}id${' } }'.repeat(6)} } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /depth limit of 10/ },
  { category: 'document limits', name: 'a deep introspection query', send: asking(`{ __type(name: "Actor") { ${'fields { type { ofType { '.repeat(10)}name${' } } }'.repeat(10)} } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /depth limit of 10/ },
  { category: 'document limits', name: '21 aliases', send: asking(`{ ${aliases(21, 'vocabulary { domains }')} }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /Aliases limit of 20 exceeded, found 21/ },
  { category: 'document limits', name: '200 aliases of a write', send: asking(`mutation { ${aliases(200, 'erasePerson(name: "Leiden") { links }')} }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /Aliases limit of 20/ },
  { category: 'document limits', name: '30 aliases inside a named fragment', send: asking(`{ ...F } fragment F on Query { ${aliases(30)} }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /Aliases limit of 20/ },
  { category: 'document limits', name: '30 aliases inside an inline fragment', send: asking(`{ ... on Query { ${aliases(30)} } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /Aliases limit of 20/ },
  { category: 'document limits', name: 'aliases spread over two fields (2 × 15)', send: asking(`{ a: actor(id: "wsp") { ${aliases(15, 'name')} } b: actor(id: "vng") { ${aliases(15, 'name')} } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /Aliases limit of 20/ },
  { category: 'document limits', name: '5,000 tokens of one field', send: asking(`{ actor(id: "wsp") { ${'id '.repeat(5_000)}} }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /Token limit of 4000/ },
  { category: 'document limits', name: 'a 1.9 MB document of tokens (under the body limit)', send: asking(`{ actor(id: "wsp") { ${'id '.repeat(630_000)}} }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /Token limit of 4000/ },
  { category: 'document limits', name: 'an inline list argument of 10,000 proposed links', send: asking(`{ whatIf(addLinks: [${Array.from({ length: 10_000 }, () => '{from: "wsp", to: "vng"}').join(',')}]) { added { from { id } } } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /Token limit of 4000/ },
  { category: 'document limits', name: 'an inline JSON network of 2,000 actors', send: asking(`mutation { importNetwork(network: {actors: [${Array.from({ length: 2_000 }, (_, i) => `{id: "n${String(i)}", name: "N", type: "werkgever", domain: "EZ"}`).join(',')}], links: []}, mode: REPLACE) { actors } }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /Token limit of 4000/ },
  { category: 'document limits', name: '30 directives on one field', send: asking(`{ vocabulary { domains ${'@include(if: true) '.repeat(30)}} }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /Directives limit of 20/ },
  { category: 'document limits', name: 'a fan-out of 19 pages of 500 with three hops', send: asking(`{ ${aliases(19, 'actors(limit: 500) { items { neighbours { neighbours { neighbours { links { from { name } to { name } } } } } } }')} }`), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /cost limit of 100000/ },
  { category: 'document limits', name: 'one page of 500 actors with neighbours of neighbours of neighbours', send: asking('{ actors(limit: 500) { items { neighbours { neighbours { neighbours { id } } } } } }'), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /cost limit of 100000/ },
  { category: 'document limits', name: 'a costly page size given in a variable', send: asking('query($l: Int) { actors(limit: $l) { items { neighbours { neighbours { neighbours { name } } } } } }', { l: 500 }), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /cost limit/ },
  { category: 'document limits', name: '500 brokers with their neighbourhoods', send: asking('{ brokers(top: 500) { actor { neighbours { neighbours { neighbours { links { type } } } } } } }'), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /cost limit/ },
  { category: 'document limits', name: 'communities of members of neighbours, five lists deep', send: asking('{ islands { communities { members { neighbours { neighbours { neighbours { id } } } } } } }'), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /cost limit/ },

  // --- Document validity: parse and validation errors (graphql-js codes) ----------------------
  { category: 'document validity', name: 'an unclosed selection', send: asking('{ actor(id: "wsp") { id '), code: PARSE, message: /Syntax Error/ },
  { category: 'document validity', name: 'a Cypher statement as the document', send: asking('MATCH (n) DETACH DELETE n'), code: PARSE, message: /Syntax Error/ },
  { category: 'document validity', name: 'an unterminated string', send: asking('{ actor(id: "wsp) { id } }'), code: PARSE, message: /Unterminated string/ },
  { category: 'document validity', name: 'an invalid escape in a string', send: asking('{ actor(id: "\\x00") { id } }'), code: PARSE, message: /Invalid character escape/ },
  { category: 'document validity', name: 'a raw null byte in the document', send: asking('{ actor(id: "wsp") { id \u0000 } }'), code: PARSE, message: /Syntax Error/ },
  { category: 'document validity', name: 'an unknown field', send: asking('{ actor(id: "wsp") { id password } }'), code: INVALID, message: /Cannot query field "password"/ },
  { category: 'document validity', name: 'an unknown root mutation', send: asking('mutation { dropDatabase }'), code: INVALID, message: /Cannot query field "dropDatabase"/ },
  { category: 'document validity', name: 'an unknown argument', send: asking('{ actor(id: "wsp", cascade: true) { id } }'), code: INVALID, message: /Unknown argument "cascade"/ },
  { category: 'document validity', name: 'a mutation field asked in a query', send: asking('query { importNetwork(network: {actors: [], links: []}, mode: REPLACE) { actors } }'), code: INVALID, message: /Cannot query field "importNetwork" on type "Query"/ },
  { category: 'document validity', name: 'a fragment cycle (A → B → A)', send: asking('{ actor(id: "wsp") { ...A } } fragment A on Actor { neighbours { ...B } } fragment B on Actor { neighbours { ...A } }'), code: INVALID, message: /Cannot spread fragment "A" within itself via "B"/ },
  { category: 'document validity', name: 'a fragment that spreads itself', send: asking('{ actor(id: "wsp") { ...A } } fragment A on Actor { id ...A }'), code: INVALID, message: /Cannot spread fragment "A" within itself/ },
  { category: 'document validity', name: 'an unknown fragment', send: asking('{ actor(id: "wsp") { ...Missing } }'), code: INVALID, message: /Unknown fragment "Missing"/ },
  { category: 'document validity', name: 'a fragment on the wrong type', send: asking('{ actor(id: "wsp") { ...R } } fragment R on Region { code }'), code: INVALID, message: /cannot be spread here/ },
  { category: 'document validity', name: 'a variable used but not declared', send: asking('{ actor(id: $id) { id } }'), code: INVALID, message: /Variable "\$id" is not defined/ },
  { category: 'document validity', name: 'two operations with one name', send: () => gql('query A { vocabulary { domains } } query A { regions { id } }', {}, 'A'), code: INVALID, message: /only one operation named "A"/ },
  { category: 'document validity', name: 'a required argument missing', send: asking('{ actor { id } }'), code: INVALID, message: /argument "id" of type "ID!" is required/ },
  { category: 'document validity', name: 'an inline actor without its required name', send: asking('mutation { upsertActor(actor: {id: "wsp", type: "wsp", domain: SZ}) { id } }'), code: INVALID, message: /Field "ActorInput.name" of required type "String!" was not provided/ },
  { category: 'document validity', name: 'an inline actor with a special-category field', send: asking('mutation { upsertActor(actor: {id: "wsp", name: "W", type: "wsp", domain: SZ, party: "X"}) { id } }'), code: INVALID, message: /Field "party" is not defined by type "ActorInput"/ },
  { category: 'document validity', name: 'a limit of 2^31', send: asking('{ actors(limit: 2147483648) { totalCount } }'), code: INVALID, message: /non 32-bit signed integer/ },
  { category: 'document validity', name: 'a fractional limit', send: asking('{ actors(limit: 1.5) { totalCount } }'), code: INVALID, message: /Int cannot represent non-integer value: 1.5/ },
  { category: 'document validity', name: 'a limit given as a string', send: asking('{ actors(limit: "10") { totalCount } }'), code: INVALID, message: /Int cannot represent non-integer value/ },
  { category: 'document validity', name: 'a boolean argument given as a string', send: asking('{ exportNetwork(persons: "no") }'), code: INVALID, message: /Boolean cannot represent a non boolean value/ },
  { category: 'document validity', name: '1,000 repetitions of one field (validation aborts)', send: asking(`{ actor(id: "wsp") { ${'id '.repeat(1_000)}} }`), code: INVALID, message: /Validation aborted/ },
  { category: 'document validity', name: 'a wide selection of 500 root fields', send: asking(`{ ${'vocabulary { domains } '.repeat(500)}}`), code: INVALID, message: /Validation aborted/ },

  // --- Enums ----------------------------------------------------------------------------------
  { category: 'enums', name: 'an unknown Domain in a filter', send: asking('{ actors(filter: {domains: [ZORG]}) { totalCount } }'), code: INVALID, message: /"ZORG" does not exist in "Domain" enum/ },
  { category: 'enums', name: 'a lower-case Domain', send: asking('{ actors(filter: {domains: [sz]}) { totalCount } }'), code: INVALID, message: /"sz" does not exist in "Domain" enum/ },
  { category: 'enums', name: 'a Domain given as a string', send: asking('mutation { upsertActor(actor: {id: "wsp", name: "W", type: "wsp", domain: "SZ"}) { id } }'), code: INVALID, message: /Enum "Domain" cannot represent non-enum value/ },
  { category: 'enums', name: 'an unknown ImportMode', send: asking('mutation { importNetwork(network: {actors: [], links: []}, mode: WIPE) { actors } }'), code: INVALID, message: /"WIPE" does not exist in "ImportMode" enum/ },
  { category: 'enums', name: 'an ImportMode given as a string', send: asking('mutation { importNetwork(network: {actors: [], links: []}, mode: "REPLACE") { actors } }'), code: INVALID, message: /Enum "ImportMode" cannot represent non-enum value/ },
  { category: 'enums', name: 'an unknown BrokerMeasure', send: asking('{ brokers(by: POWER) { degree } }'), code: INVALID, message: /"POWER" does not exist in "BrokerMeasure" enum/ },
  { category: 'enums', name: 'a lower-case BrokerMeasure', send: asking('{ brokers(by: betweenness) { degree } }'), code: INVALID, message: /"betweenness" does not exist in "BrokerMeasure" enum/ },
  { category: 'enums', name: 'an unknown actor type in a filter', send: asking('{ actors(filter: { types: ["gemeente", "bakkerij"] }) { totalCount } }'), code: BAD_INPUT, record: 'actors', field: 'filter.types[1]', message: /unknown value "bakkerij"/ },
  { category: 'enums', name: 'an unknown link type for removeLink', send: removingLink('leiden-wi', 'wsp', 'vriendschap'), code: BAD_INPUT, record: 'removeLink', field: 'type[0]', message: /unknown value "vriendschap"/ },

  // --- Argument ranges ------------------------------------------------------------------------
  { category: 'argument ranges', name: 'actors limit 0', send: asking('{ actors(limit: 0) { totalCount } }'), code: BAD_INPUT, record: 'actors', field: 'limit', message: /from 1 to 500, got 0/ },
  { category: 'argument ranges', name: 'actors limit 501', send: asking('{ actors(limit: 501) { totalCount } }'), code: BAD_INPUT, record: 'actors', field: 'limit', message: /from 1 to 500, got 501/ },
  { category: 'argument ranges', name: 'actors limit -5', send: asking('{ actors(limit: -5) { totalCount } }'), code: BAD_INPUT, record: 'actors', field: 'limit', message: /got -5/ },
  { category: 'argument ranges', name: 'actors limit 2^31-1 in a variable', send: asking('query($l: Int) { actors(limit: $l) { totalCount } }', { l: 2_147_483_647 }), code: TOO_COMPLEX, record: 'query', field: '(document)', message: /cost limit of 100000 exceeded, found 2147483648/ },
  { category: 'argument ranges', name: 'actors offset -1', send: asking('{ actors(offset: -1) { totalCount } }'), code: BAD_INPUT, record: 'actors', field: 'offset', message: /got -1/ },
  { category: 'argument ranges', name: 'history limit 0', send: asking('{ actor(id: "wsp") { history(limit: 0) { id } } }'), code: BAD_INPUT, record: 'history', field: 'limit', message: /from 1 to 500, got 0/ },
  { category: 'argument ranges', name: 'history limit 501', send: asking('{ actor(id: "wsp") { history(limit: 501) { id } } }'), code: BAD_INPUT, record: 'history', field: 'limit', message: /got 501/ },
  { category: 'argument ranges', name: 'neighbourhood hops 0', send: asking('{ neighbourhood(id: "wsp", hops: 0) { actors { id } } }'), code: BAD_INPUT, record: 'neighbourhood', field: 'hops', message: /from 1 to 3, got 0/ },
  { category: 'argument ranges', name: 'neighbourhood hops 4', send: asking('{ neighbourhood(id: "wsp", hops: 4) { actors { id } } }'), code: BAD_INPUT, record: 'neighbourhood', field: 'hops', message: /from 1 to 3, got 4/ },
  { category: 'argument ranges', name: 'neighbourhood hops -1', send: asking('{ neighbourhood(id: "wsp", hops: -1) { actors { id } } }'), code: BAD_INPUT, record: 'neighbourhood', field: 'hops', message: /got -1/ },
  { category: 'argument ranges', name: 'paths maxHops 0', send: asking('{ paths(from: "wsp", to: "vng", maxHops: 0) { length } }'), code: BAD_INPUT, record: 'paths', field: 'maxHops', message: /from 1 to 10, got 0/ },
  { category: 'argument ranges', name: 'paths maxHops 11', send: asking('{ paths(from: "wsp", to: "vng", maxHops: 11) { length } }'), code: BAD_INPUT, record: 'paths', field: 'maxHops', message: /from 1 to 10, got 11/ },
  { category: 'argument ranges', name: 'brokers top 0', send: asking('{ brokers(top: 0) { degree } }'), code: BAD_INPUT, record: 'brokers', field: 'top', message: /from 1 to 500, got 0/ },
  { category: 'argument ranges', name: 'brokers top 501', send: asking('{ brokers(top: 501) { degree } }'), code: BAD_INPUT, record: 'brokers', field: 'top', message: /got 501/ },
  { category: 'argument ranges', name: 'missingLinks top 0', send: asking('{ missingLinks(top: 0) { score } }'), code: BAD_INPUT, record: 'missingLinks', field: 'top', message: /from 1 to 500, got 0/ },
  { category: 'argument ranges', name: 'missingLinks top -1', send: asking('{ missingLinks(top: -1) { score } }'), code: BAD_INPUT, record: 'missingLinks', field: 'top', message: /got -1/ },

  // --- Not found: unknown regions, actors, links ------------------------------------------------
  { category: 'not found', name: 'actorMeasures of an unknown region', send: asking('{ actorMeasures(region: "atlantis") { degree } }'), code: NOT_FOUND, record: 'actorMeasures', field: 'region', message: /"atlantis"/ },
  { category: 'not found', name: 'brokers of an unknown region', send: asking('{ brokers(region: "atlantis") { degree } }'), code: NOT_FOUND, record: 'brokers', field: 'region' },
  { category: 'not found', name: 'islands of an unknown region', send: asking('{ islands(region: "atlantis") { modularity } }'), code: NOT_FOUND, record: 'islands', field: 'region' },
  { category: 'not found', name: 'missingLinks of an unknown region', send: asking('{ missingLinks(region: "atlantis") { score } }'), code: NOT_FOUND, record: 'missingLinks', field: 'region' },
  { category: 'not found', name: 'regionScorecard of an unknown region', send: asking('{ regionScorecard(region: "atlantis") { actors } }'), code: NOT_FOUND, record: 'regionScorecard', field: 'region' },
  { category: 'not found', name: 'a region that is a region code, not an id', send: asking('{ regionScorecard(region: "AM01") { actors } }'), code: NOT_FOUND, record: 'regionScorecard', field: 'region' },
  { category: 'not found', name: 'paths to an unknown actor', send: asking('{ paths(from: "wsp", to: "ghost") { length } }'), code: NOT_FOUND, record: 'paths', field: 'to', message: /"ghost"/ },
  { category: 'not found', name: 'paths from an unknown actor', send: asking('{ paths(from: "ghost", to: "wsp") { length } }'), code: NOT_FOUND, record: 'paths', field: 'from' },
  { category: 'not found', name: 'deleting an actor that does not exist', send: deleting('ghost'), code: NOT_FOUND, record: 'deleteActor', field: 'id', message: /"ghost"/ },
  { category: 'not found', name: 'removing a link that does not exist', send: removingLink('wsp', 'vng', 'samenwerking'), code: NOT_FOUND, record: 'removeLink', field: 'type', message: /no samenwerking link between "wsp" and "vng"/ },
  { category: 'not found', name: 'removing a link between unknown actors', send: removingLink('ghost-a', 'ghost-b', 'samenwerking'), code: NOT_FOUND, record: 'removeLink', field: 'type' },
  { category: 'not found', name: 'removing a link of the wrong type', send: removingLink('leiden-ez', 'board', 'samenwerking'), code: NOT_FOUND, record: 'removeLink', field: 'type' },

  // --- whatIf -----------------------------------------------------------------------------------
  { category: 'whatIf', name: 'a proposed link to an unknown actor', send: whatIfWith([{ from: 'leiden-wi', to: 'ghost' }]), code: BAD_INPUT, record: 'addLinks[0]', field: 'to', message: /unknown actor "ghost"/ },
  { category: 'whatIf', name: 'a proposed link from an unknown actor', send: whatIfWith([{ from: 'ghost', to: 'board' }]), code: BAD_INPUT, record: 'addLinks[0]', field: 'from', message: /unknown actor "ghost"/ },
  { category: 'whatIf', name: 'a proposed self-link', send: whatIfWith([{ from: 'wsp', to: 'wsp' }]), code: BAD_INPUT, record: 'addLinks[0]', field: 'to', message: /two different actors/ },
  { category: 'whatIf', name: 'a bad proposal after two good ones', send: whatIfWith([{ from: 'leiden-wi', to: 'board' }, { from: 'wsp', to: 'werkgever-a' }, { from: 'vng', to: 'vng' }]), code: BAD_INPUT, record: 'addLinks[2]', field: 'to' },
  { category: 'whatIf', name: '101 proposed links', send: whatIfWith(Array.from({ length: 101 }, () => ({ from: 'leiden-wi', to: 'board' }))), code: BAD_INPUT, record: 'whatIf', field: 'addLinks', message: /at most 100/ },
  { category: 'whatIf', name: 'a variable list of 10,000 proposed links', send: whatIfWith(Array.from({ length: 10_000 }, (_, i) => ({ from: 'leiden-wi', to: `a${String(i)}` }))), code: BAD_INPUT, record: 'whatIf', field: 'addLinks', message: /at most 100/ },
  { category: 'whatIf', name: 'a proposed link to "__proto__"', send: whatIfWith([{ from: 'wsp', to: '__proto__' }]), code: BAD_INPUT, record: 'addLinks[0]', field: 'to', message: /unknown actor "__proto__"/ },
  { category: 'whatIf', name: 'a proposed link to "constructor"', send: whatIfWith([{ from: 'constructor', to: 'wsp' }]), code: BAD_INPUT, record: 'addLinks[0]', field: 'from', message: /unknown actor "constructor"/ },

  // --- Edits: upsertActor, addLink, removeLink, deleteActor, erasePerson ------------------------
  { category: 'edits', name: 'upsertActor with an empty name', send: upserting(actor('wsp', { name: '' })), code: BAD_INPUT, record: 'actor', field: 'name', message: /required/ },
  { category: 'edits', name: 'upsertActor with a name of spaces and tabs', send: upserting(actor('wsp', { name: ' \t ' })), code: BAD_INPUT, record: 'actor', field: 'name', message: /required/ },
  { category: 'edits', name: 'upsertActor with an id of spaces', send: upserting(actor('   ')), code: BAD_INPUT, record: 'actor', field: 'id', message: /required/ },
  { category: 'edits', name: 'upsertActor with a name of 301 characters', send: upserting(actor('wsp', { name: 'x'.repeat(301) })), code: BAD_INPUT, record: 'actor', field: 'name', message: /301 characters long; at most 300/ },
  { category: 'edits', name: 'upsertActor with an id of 201 characters', send: upserting(actor('i'.repeat(201))), code: BAD_INPUT, record: 'actor', field: 'id', message: /at most 200/ },
  { category: 'edits', name: 'upsertActor with a description of 5,001 characters', send: upserting(actor('wsp', { description: 'd'.repeat(5_001) })), code: BAD_INPUT, record: 'actor', field: 'description', message: /at most 5000/ },
  { category: 'edits', name: 'upsertActor with an unknown type', send: upserting(actor('nieuw', { type: 'bakkerij' })), code: BAD_INPUT, record: 'actor', field: 'type', message: /unknown actor type "bakkerij"/ },
  { category: 'edits', name: 'upsertActor with an empty domains list', send: upserting(actor('nieuw', { domains: [] })), code: BAD_INPUT, record: 'actor', field: 'domains', message: /non-empty list/ },
  { category: 'edits', name: 'upsertActor with an unknown region', send: upserting(actor('nieuw', { region: 'atlantis' })), code: BAD_INPUT, record: 'actor', field: 'region', message: /unknown arbeidsmarktregio "atlantis"/ },
  { category: 'edits', name: 'upsertActor with a stale expectedVersion', send: upserting(actor('wsp', { type: 'wsp', domain: 'SZ' }), 7), code: 'CONFLICT', record: 'actor', field: 'expectedVersion', message: /is 7, but the actor is at version 1/ },
  { category: 'edits', name: 'upsertActor with expectedVersion 0 for an existing actor', send: upserting(actor('wsp', { type: 'wsp', domain: 'SZ' }), 0), code: 'CONFLICT', record: 'actor', field: 'expectedVersion' },
  { category: 'edits', name: 'upsertActor with expectedVersion -1', send: upserting(actor('wsp', { type: 'wsp', domain: 'SZ' }), -1), code: 'CONFLICT', record: 'actor', field: 'expectedVersion' },
  { category: 'edits', name: 'upsertActor of a new actor with expectedVersion 3', send: upserting(actor('brand-new'), 3), code: 'CONFLICT', record: 'actor', field: 'expectedVersion', message: /at version 0/ },
  { category: 'edits', name: 'deleteActor with a stale expectedVersion', send: deleting('wsp', 7), code: 'CONFLICT', record: 'actor', field: 'expectedVersion', message: /is 7, but the actor is at version 1/ },
  { category: 'edits', name: 'deleteActor with an empty id', send: deleting(''), code: NOT_FOUND, record: 'deleteActor', field: 'id' },
  { category: 'edits', name: 'addLink to an unknown actor', send: addingLink(link('wsp', 'ghost')), code: BAD_INPUT, record: 'link', field: 'to', message: /no actor has id "ghost"/ },
  { category: 'edits', name: 'addLink between two unknown actors', send: addingLink(link('ghost-a', 'ghost-b')), code: BAD_INPUT, record: 'link', field: 'from' },
  { category: 'edits', name: 'addLink of an actor to itself', send: addingLink(link('wsp', 'wsp')), code: BAD_INPUT, record: 'link', field: 'to', message: /itself/ },
  { category: 'edits', name: 'addLink with an unknown type', send: addingLink(link('wsp', 'vng', { type: 'vriendschap' })), code: BAD_INPUT, record: 'link', field: 'type', message: /unknown link type "vriendschap"/ },
  { category: 'edits', name: 'addLink with an empty from', send: addingLink(link(' ', 'vng')), code: BAD_INPUT, record: 'link', field: 'from', message: /required/ },
  { category: 'edits', name: 'addLink with a since that is not a date', send: addingLink(link('wsp', 'vng', { since: 'gisteren' })), code: BAD_INPUT, record: 'link', field: 'since', message: /YYYY/ },
  { category: 'edits', name: 'addLink with an until of 11 characters', send: addingLink(link('wsp', 'vng', { until: '2023-01-011' })), code: BAD_INPUT, record: 'link', field: 'until', message: /at most 10/ },
  { category: 'edits', name: 'addLink with a quote of 5,001 characters', send: addingLink(link('wsp', 'vng', { quote: 'q'.repeat(5_001) })), code: BAD_INPUT, record: 'link', field: 'quote', message: /at most 5000/ },
  { category: 'edits', name: 'addLink with a source of 301 characters', send: addingLink(link('wsp', 'vng', { source: 's'.repeat(301) })), code: BAD_INPUT, record: 'link', field: 'source', message: /at most 300/ },
  { category: 'edits', name: 'removeLink with an empty type', send: removingLink('leiden-wi', 'wsp', ''), code: BAD_INPUT, record: 'removeLink', field: 'type[0]' },
  { category: 'edits', name: 'erasePerson with an empty name', send: erasing(''), code: BAD_INPUT, record: 'erasePerson', field: 'name', message: /must not be empty/ },
  { category: 'edits', name: 'erasePerson with two letters', send: erasing('Le'), code: BAD_INPUT, record: 'erasePerson', field: 'name', message: /at least 3 characters/ },
  { category: 'edits', name: 'erasePerson with two letters padded by spaces', send: erasing('  ab  '), code: BAD_INPUT, record: 'erasePerson', field: 'name', message: /at least 3 characters/ },
  { category: 'edits', name: 'erasePerson with only whitespace', send: erasing(' \t\n '), code: BAD_INPUT, record: 'erasePerson', field: 'name' },

  // --- Hostile strings where they must be refused -----------------------------------------------
  { category: 'hostile strings', name: 'a Cypher fragment as a dangling link id', send: addingLink(link('wsp', CYPHER)), code: BAD_INPUT, record: 'link', field: 'to', message: /no actor has id "x'\}\) MATCH \(n\) DETACH DELETE n \/\/"/ },
  { category: 'hostile strings', name: 'a double-quoted Cypher fragment as a dangling link id', send: addingLink(link(CYPHER_DQ, 'wsp')), code: BAD_INPUT, record: 'link', field: 'from' },
  { category: 'hostile strings', name: 'a backtick relationship type', send: addingLink(link('wsp', 'vng', { type: BACKTICK })), code: BAD_INPUT, record: 'link', field: 'type', message: /unknown link type/ },
  { category: 'hostile strings', name: 'a backtick relationship type for removeLink', send: removingLink('leiden-wi', 'wsp', BACKTICK), code: BAD_INPUT, record: 'removeLink', field: 'type[0]' },
  { category: 'hostile strings', name: 'a dynamic-label $(...) actor type', send: upserting(actor('nieuw', { type: DYNAMIC })), code: BAD_INPUT, record: 'actor', field: 'type', message: /unknown actor type/ },
  { category: 'hostile strings', name: 'a label-injecting actor type', send: upserting(actor('nieuw', { type: 'werkgever:Admin' })), code: BAD_INPUT, record: 'actor', field: 'type' },
  { category: 'hostile strings', name: 'a Cypher fragment as a region', send: upserting(actor('nieuw', { region: CYPHER })), code: BAD_INPUT, record: 'actor', field: 'region', message: /unknown arbeidsmarktregio/ },
  { category: 'hostile strings', name: 'a Cypher fragment as an analytics region', send: asking('query($r: ID) { islands(region: $r) { modularity } }', { r: CYPHER }), code: NOT_FOUND, record: 'islands', field: 'region' },
  { category: 'hostile strings', name: 'a Cypher fragment as an id to delete', send: deleting(CYPHER), code: NOT_FOUND, record: 'deleteActor', field: 'id' },
  { category: 'hostile strings', name: 'a Cypher fragment as a filter type', send: asking('query($t: [String!]) { actors(filter: {types: $t}) { totalCount } }', { t: ['gemeente`) DETACH DELETE a //'] }), code: BAD_INPUT, record: 'actors', field: 'filter.types[0]' },
  { category: 'hostile strings', name: '10,000 unknown filter types', send: asking('query($t: [String!]) { actors(filter: {types: $t}) { totalCount } }', { t: Array.from({ length: 10_000 }, () => 'bakkerij') }), code: BAD_INPUT, record: 'actors', field: 'filter.types[99]' },
  { category: 'hostile strings', name: 'a shell substitution as a paths end', send: asking('query($to: ID!) { paths(from: "wsp", to: $to) { length } }', { to: SHELL }), code: NOT_FOUND, record: 'paths', field: 'to' },
  { category: 'hostile strings', name: 'an actor id "__proto__"', send: upserting(actor('__proto__')), code: BAD_INPUT, record: 'actor', field: 'id', message: /reserved word/ },
  { category: 'hostile strings', name: 'an actor id "constructor"', send: upserting(actor('constructor')), code: BAD_INPUT, record: 'actor', field: 'id', message: /reserved word/ },
  { category: 'hostile strings', name: 'an actor id "hasOwnProperty"', send: upserting(actor('hasOwnProperty')), code: BAD_INPUT, record: 'actor', field: 'id', message: /reserved word/ },
  { category: 'hostile strings', name: 'deleting "__proto__"', send: deleting('__proto__'), code: NOT_FOUND, record: 'deleteActor', field: 'id' },
  { category: 'hostile strings', name: 'a null byte in a name', send: upserting(actor('wsp', { name: 'WSP\u0000Holland' })), code: BAD_INPUT, record: 'actor', field: 'name', message: /control character/ },
  { category: 'hostile strings', name: 'a null byte in an id', send: upserting(actor('wsp\u0000')), code: BAD_INPUT, record: 'actor', field: 'id', message: /control character/ },
  { category: 'hostile strings', name: 'a Cypher fragment hidden behind a null byte', send: upserting(actor('nieuw', { name: `Gemeente\u0000${CYPHER}` })), code: BAD_INPUT, record: 'actor', field: 'name', message: /control character/ },
  { category: 'hostile strings', name: 'a terminal escape sequence in a description', send: upserting(actor('wsp', { description: 'Beschrijving \u001b[2J\u001b[31mrood' })), code: BAD_INPUT, record: 'actor', field: 'description', message: /control character/ },
  { category: 'hostile strings', name: 'a bell character in a person', send: upserting(actor('wsp', { person: 'J. Jansen\u0007' })), code: BAD_INPUT, record: 'actor', field: 'person', message: /control character/ },
  { category: 'hostile strings', name: 'a DEL character in a gemeente', send: upserting(actor('wsp', { gemeente: 'Leiden\u007f' })), code: BAD_INPUT, record: 'actor', field: 'gemeente', message: /control character/ },
  { category: 'hostile strings', name: 'a vertical tab in a link quote', send: addingLink(link('wsp', 'vng', { quote: 'a\u000bb' })), code: BAD_INPUT, record: 'link', field: 'quote', message: /control character/ },
  { category: 'hostile strings', name: 'a 1.5 MB name (under the body limit)', send: upserting(actor('wsp', { name: ONE_AND_A_HALF_MB })), code: BAD_INPUT, record: 'actor', field: 'name', message: /1500000 characters long; at most 300/ },
  { category: 'hostile strings', name: 'a 1.5 MB id to delete', send: deleting(ONE_AND_A_HALF_MB), code: NOT_FOUND, record: 'deleteActor', field: 'id' },
  { category: 'hostile strings', name: 'a lone high surrogate in a dangling link id', send: addingLink(link('wsp', LONE_HIGH)), code: BAD_INPUT, record: 'link', field: 'to' },
  { category: 'hostile strings', name: 'a lone low surrogate in a dangling whatIf id', send: whatIfWith([{ from: LONE_LOW, to: 'wsp' }]), code: BAD_INPUT, record: 'addLinks[0]', field: 'from' },
  { category: 'hostile strings', name: 'a lone surrogate in an over-long name', send: upserting(actor('wsp', { name: `${'x'.repeat(300)}\uD800` })), code: BAD_INPUT, record: 'actor', field: 'name', message: /at most 300/ },
  { category: 'hostile strings', name: 'a lone surrogate in an unknown region', send: asking('query($r: ID) { brokers(region: $r) { degree } }', { r: '\uDFFFholland-rijnland' }), code: NOT_FOUND, record: 'brokers', field: 'region' },
  { category: 'hostile strings', name: 'a name of only a byte-order mark', send: upserting(actor('wsp', { name: '\uFEFF' })), code: BAD_INPUT, record: 'actor', field: 'name', message: /required/ },

  // --- The network as a JSON value (importNetwork) ----------------------------------------------
  { category: 'network JSON', name: 'a network that is a list', send: importing([actor('a')]), code: BAD_INPUT, record: 'file', field: '(root)' },
  { category: 'network JSON', name: 'a network that is a string', send: importing('{"actors": [], "links": []}'), code: BAD_INPUT, record: 'file', field: '(root)' },
  { category: 'network JSON', name: 'a network that is a number', send: importing(42), code: BAD_INPUT, record: 'file', field: '(root)' },
  { category: 'network JSON', name: 'actors that is a string', send: importing({ actors: 'a,b,c', links: [] }), code: BAD_INPUT, record: 'file', field: 'actors', message: /must be a list/ },
  { category: 'network JSON', name: 'links that is an object', send: importing({ actors: [actor('a')], links: { 0: link('a', 'b') } }), code: BAD_INPUT, record: 'file', field: 'links', message: /must be a list/ },
  { category: 'network JSON', name: 'no actors at all', send: importing({ links: [] }), code: BAD_INPUT, record: 'file', field: 'actors' },
  { category: 'network JSON', name: 'an actor that is a string', send: importing({ actors: ['a'], links: [] }), code: BAD_INPUT, record: 'actors[0]', field: '(record)', message: /must be an object, got "a"/ },
  { category: 'network JSON', name: 'an actor that is null', send: importing({ actors: [actor('a'), null], links: [] }), code: BAD_INPUT, record: 'actors[1]', field: '(record)', message: /got null/ },
  { category: 'network JSON', name: 'a number where the id belongs', send: importing({ actors: [actor('a', { id: 42 })], links: [] }), code: BAD_INPUT, record: 'actors[0]', field: 'id', message: /must be a string, got number 42/ },
  { category: 'network JSON', name: 'a boolean where the type belongs', send: importing({ actors: [actor('a', { type: true })], links: [] }), code: BAD_INPUT, record: 'actors[0]', field: 'type', message: /must be a string/ },
  { category: 'network JSON', name: 'a boolean written as a string', send: importing(pair({ illustrative: 'true' })), code: BAD_INPUT, record: 'actors[0]', field: 'illustrative', message: /must be true or false, got "true"/ },
  { category: 'network JSON', name: 'a weight written as a string', send: importing(pair({}, { weight: '2.5' })), code: BAD_INPUT, record: 'links[0]', field: 'weight', message: /finite number/ },
  { category: 'network JSON', name: 'a weight of 1e309 (Infinity)', send: importingRaw('{"actors": [{"id": "p", "name": "P", "type": "werkgever", "domain": "EZ"}, {"id": "q", "name": "Q", "type": "gemeente", "domain": "SZ"}], "links": [{"from": "p", "to": "q", "type": "samenwerking", "weight": 1e309}]}'), code: BAD_INPUT, record: 'links[0]', field: 'weight', message: /finite number/ },
  { category: 'network JSON', name: 'domains that is a string', send: importing(pair({ domains: 'SZ' })), code: BAD_INPUT, record: 'actors[0]', field: 'domains', message: /non-empty list/ },
  { category: 'network JSON', name: 'an unknown domain in domains', send: importing(pair({ domains: ['EZ', 'ZORG'] })), code: BAD_INPUT, record: 'actors[0]', field: 'domains', message: /unknown domain "ZORG"/ },
  { category: 'network JSON', name: 'an unknown primary domain', send: importing(pair({ domain: 'ZORG' })), code: BAD_INPUT, record: 'actors[0]', field: 'domain', message: /unknown domain "ZORG"/ },
  { category: 'network JSON', name: 'a political party (AVG art. 9)', send: importing(pair({ partij: 'Partij X' })), code: BAD_INPUT, record: 'actors[0]', field: 'partij', message: /special category/ },
  { category: 'network JSON', name: 'a union membership (AVG art. 9)', send: importing(pair({ unionMembership: 'FNV' })), code: BAD_INPUT, record: 'actors[0]', field: 'unionMembership', message: /special category/ },
  { category: 'network JSON', name: 'a duplicate id', send: importing({ actors: [actor('a'), actor('b'), actor('a')], links: [] }), code: BAD_INPUT, record: 'actors[2]', field: 'id', message: /duplicate id "a" \(first used by actors\[0\]\)/ },
  { category: 'network JSON', name: 'a link to a Cypher-fragment id', send: importing(pair({}, { to: CYPHER })), code: BAD_INPUT, record: 'links[0]', field: 'to', message: /which is not in the file/ },
  { category: 'network JSON', name: 'a self-link', send: importing(pair({}, { to: 'p' })), code: BAD_INPUT, record: 'links[0]', field: 'to', message: /to itself/ },
  { category: 'network JSON', name: 'an unknown link type', send: importing(pair({}, { type: 'vriendschap' })), code: BAD_INPUT, record: 'links[0]', field: 'type' },
  { category: 'network JSON', name: 'a since with slashes', send: importing(pair({}, { since: '2023/01/01' })), code: BAD_INPUT, record: 'links[0]', field: 'since', message: /YYYY/ },
  { category: 'network JSON', name: 'a null byte in a link source', send: importing(pair({}, { source: 'doc\u0000' })), code: BAD_INPUT, record: 'links[0]', field: 'source', message: /control character/ },
  { category: 'network JSON', name: 'an unknown region', send: importing(pair({ region: 'atlantis' })), code: BAD_INPUT, record: 'actors[0]', field: 'region', message: /unknown arbeidsmarktregio/ },
  { category: 'network JSON', name: 'an id that exists (ADD)', send: importing({ actors: [actor('nieuw'), actor('wsp')], links: [] }, 'ADD'), code: BAD_INPUT, record: 'actors[1]', field: 'id', message: /"wsp" already exists/ },
  { category: 'network JSON', name: 'an id "constructor"', send: importing(pair({ id: 'constructor' })), code: BAD_INPUT, record: 'actors[0]', field: 'id', message: /reserved word/ },
  { category: 'network JSON', name: 'an own "__proto__" key instead of the lists', send: importingRaw('{"__proto__": {"actors": [], "links": []}}'), code: BAD_INPUT, record: 'file', field: 'actors' },
  { category: 'network JSON', name: 'an actor whose fields hide under "__proto__"', send: importingRaw('{"actors": [{"__proto__": {"id": "x", "name": "X", "type": "werkgever", "domain": "EZ"}}], "links": []}'), code: BAD_INPUT, record: 'actors[0]', field: 'id', message: /required/ },
  { category: 'network JSON', name: 'actors nested 10,000 lists deep', send: importingRaw(`{"actors": ${'['.repeat(10_000)}${']'.repeat(10_000)}, "links": []}`), code: BAD_INPUT, record: 'actors[0]', field: '(record)', message: /got a list/ },
  { category: 'network JSON', name: '150 bad actors (the first screenful is named)', send: importing({ actors: Array.from({ length: 150 }, (_, i) => actor(`a${String(i)}`, { name: '' })), links: [] }), code: BAD_INPUT, record: 'actors[99]', field: 'name' },
  { category: 'network JSON', name: 'one bad link after 1,000 good actors', send: importing({ actors: Array.from({ length: 1_000 }, (_, i) => actor(`a${String(i)}`)), links: [link('a1', 'a2'), link('a3', 'a3')] }), code: BAD_INPUT, record: 'links[1]', field: 'to', message: /to itself/ },

  // --- The network as an uploaded JSON file (importNetworkFile) -----------------------------------
  { category: 'network file', name: 'a truncated file', send: importingFile('{"actors": [{"id": "a", "name": "A"'), code: BAD_INPUT, record: 'file', field: '(json)', message: /not valid JSON/ },
  { category: 'network file', name: 'trailing garbage after the network', send: importingFile(`${JSON.stringify(pair())} MATCH (n) DETACH DELETE n`), code: BAD_INPUT, record: 'file', field: '(json)', message: /not valid JSON/ },
  { category: 'network file', name: 'a byte-order mark and garbage', send: importingFile('\uFEFF{actors: [}'), code: BAD_INPUT, record: 'file', field: '(json)', message: /not valid JSON/ },
  { category: 'network file', name: 'an empty file', send: importingFile(''), code: BAD_INPUT, record: 'file', field: '(json)', message: /not valid JSON/ },
  { category: 'network file', name: 'a file of null bytes', send: importingFile('\u0000\u0000\u0000\u0000'), code: BAD_INPUT, record: 'file', field: '(json)' },
  { category: 'network file', name: 'a file of binary garbage', send: importingFile(BINARY), code: BAD_INPUT, record: 'file', field: '(json)' },
  { category: 'network file', name: 'JSON with comments', send: importingFile('{"actors": [], // leeg\n "links": []}'), code: BAD_INPUT, record: 'file', field: '(json)' },
  { category: 'network file', name: 'a NaN weight', send: importingFile('{"actors": [], "links": [{"from": "a", "to": "b", "type": "samenwerking", "weight": NaN}]}'), code: BAD_INPUT, record: 'file', field: '(json)' },
  { category: 'network file', name: 'lists nested 100,000 deep', send: importingFile(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), code: BAD_INPUT, record: 'file', field: '(root)' },
  { category: 'network file', name: 'objects nested 100,000 deep', send: importingFile(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`), code: BAD_INPUT, record: 'file', field: 'actors' },
  { category: 'network file', name: 'a top level that is a list', send: importingFile('[1, 2]'), code: BAD_INPUT, record: 'file', field: '(root)' },
  { category: 'network file', name: 'a top level that is null', send: importingFile('null'), code: BAD_INPUT, record: 'file', field: '(root)' },
  { category: 'network file', name: 'a top level that is a string', send: importingFile('"network"'), code: BAD_INPUT, record: 'file', field: '(root)' },
  { category: 'network file', name: 'actors that is a number', send: importingFile('{"actors": 3, "links": []}'), code: BAD_INPUT, record: 'file', field: 'actors', message: /must be a list/ },
  { category: 'network file', name: 'numbers where strings belong', send: importingFile('{"actors": [{"id": 1, "name": 2, "type": "werkgever", "domain": "EZ"}], "links": []}'), code: BAD_INPUT, record: 'actors[0]', field: 'name', message: /must be a string, got number 2/ },
  { category: 'network file', name: 'booleans written as strings', send: importingFile(JSON.stringify(pair({ unconfirmed: 'false' }))), code: BAD_INPUT, record: 'actors[0]', field: 'unconfirmed', message: /must be true or false/ },
  { category: 'network file', name: 'a 1.5 MB name inside the file', send: importingFile(JSON.stringify(pair({ name: ONE_AND_A_HALF_MB }))), code: BAD_INPUT, record: 'actors[0]', field: 'name', message: /at most 300/ },
  { category: 'network file', name: 'a dangling link in the file', send: importingFile(JSON.stringify(pair({}, { from: 'ghost' }))), code: BAD_INPUT, record: 'links[0]', field: 'from' },

  // --- The CSV pair (importCsv) -------------------------------------------------------------------
  { category: 'CSV pair', name: 'an unclosed quote', send: importingCsv('id,name,type,domain\nx,"Actor x,werkgever,EZ\n', GOOD_LINKS_CSV), code: BAD_INPUT, record: 'actors.csv line 2', field: '(csv)', message: /Quoted field unterminated/ },
  { category: 'CSV pair', name: 'a row with too many cells', send: importingCsv(GOOD_ACTORS_CSV, 'from,to,type\nx,y,samenwerking\ny,x,samenwerking,extra\n'), code: BAD_INPUT, record: 'links.csv line 3', field: '(csv)', message: /has 4 cells; the header has 3/ },
  { category: 'CSV pair', name: 'a row with too few cells', send: importingCsv('id,name,type,domain\nx,Actor x,werkgever\n', GOOD_LINKS_CSV), code: BAD_INPUT, record: 'actors.csv line 2', field: '(csv)', message: /has 3 cells; the header has 4/ },
  { category: 'CSV pair', name: 'no domain column', send: importingCsv('id,name,type\nx,Actor x,werkgever\n', GOOD_LINKS_CSV), code: BAD_INPUT, record: 'actors.csv line 1', field: 'domain', message: /required column is missing/ },
  { category: 'CSV pair', name: 'no to column in links.csv', send: importingCsv(GOOD_ACTORS_CSV, 'from,type\nx,samenwerking\n'), code: BAD_INPUT, record: 'links.csv line 1', field: 'to', message: /required column is missing/ },
  { category: 'CSV pair', name: 'two empty files', send: importingCsv('', ''), code: BAD_INPUT, record: 'actors.csv line 1', field: '(header)', message: /the file is empty/ },
  { category: 'CSV pair', name: 'an empty links.csv', send: importingCsv(GOOD_ACTORS_CSV, '\n\n'), code: BAD_INPUT, record: 'links.csv line 1', field: '(header)' },
  { category: 'CSV pair', name: 'binary garbage as actors.csv', send: importingCsv(BINARY, GOOD_LINKS_CSV), code: BAD_INPUT, record: 'actors.csv line 1', field: 'id', message: /required column is missing/ },
  { category: 'CSV pair', name: 'control characters in a row under a good header', send: importingCsv('id,name,type,domain\n\u0000\u0001,\u0007\u0008,werkgever,EZ\n', 'from,to,type\n'), code: BAD_INPUT, record: 'actors.csv line 2', field: 'id', message: /control character/ },
  { category: 'CSV pair', name: 'a semicolon CSV (Dutch Excel) with an unknown type', send: importingCsv('\uFEFFid;name;type;domain\nx;Actor x;werkgever;EZ\ny;Actor y;bakkerij;SZ\n', 'from;to;type\nx;y;samenwerking\n'), code: BAD_INPUT, record: 'actors.csv line 3', field: 'type', message: /unknown actor type "bakkerij"/ },
  { category: 'CSV pair', name: 'a semicolon CSV with a word as weight', send: importingCsv('id;name;type;domain\nx;X;werkgever;EZ\ny;Y;gemeente;SZ\n', 'from;to;type;weight\nx;y;samenwerking;veel\n'), code: BAD_INPUT, record: 'links.csv line 2', field: 'weight', message: /finite number, got "veel"/ },
  { category: 'CSV pair', name: 'a semicolon CSV with MISSCHIEN as a boolean', send: importingCsv('id;name;type;domain;illustrative\nx;X;werkgever;EZ;WAAR\ny;Y;gemeente;SZ;MISSCHIEN\n', 'from;to;type\nx;y;samenwerking\n'), code: BAD_INPUT, record: 'actors.csv line 3', field: 'illustrative', message: /must be true or false, got "MISSCHIEN"/ },
  { category: 'CSV pair', name: 'a semicolon CSV with a date in Dutch order', send: importingCsv('id;name;type;domain\nx;X;werkgever;EZ\ny;Y;gemeente;SZ\n', 'from;to;type;since\nx;y;samenwerking;22-02-2023\n'), code: BAD_INPUT, record: 'links.csv line 2', field: 'since', message: /YYYY/ },
  { category: 'CSV pair', name: 'a duplicate id on another line', send: importingCsv('id,name,type,domain\nx,X,werkgever,EZ\ny,Y,gemeente,SZ\nx,X2,gemeente,SZ\n', 'from,to,type\n'), code: BAD_INPUT, record: 'actors.csv line 4', field: 'id', message: /duplicate id "x" \(first used by actors.csv line 2\)/ },
  { category: 'CSV pair', name: 'a link to a missing actor', send: importingCsv(GOOD_ACTORS_CSV, 'from,to,type\nx,y,samenwerking\nx,z,samenwerking\n'), code: BAD_INPUT, record: 'links.csv line 3', field: 'to', message: /"z", which is not in the file/ },
  { category: 'CSV pair', name: 'a link to a missing actor behind a formula', send: importingCsv(GOOD_ACTORS_CSV, 'from,to,type\nx,"=HYPERLINK(""http://evil"")",samenwerking\n'), code: BAD_INPUT, record: 'links.csv line 2', field: 'to', message: /which is not in the file/ },
  { category: 'CSV pair', name: 'a self-link line', send: importingCsv(GOOD_ACTORS_CSV, 'from,to,type\nx,x,samenwerking\n'), code: BAD_INPUT, record: 'links.csv line 2', field: 'to', message: /to itself/ },
  { category: 'CSV pair', name: 'a header with semicolons and rows with commas', send: importingCsv('id;name;type;domain\nx,X,werkgever,EZ\n', GOOD_LINKS_CSV), code: BAD_INPUT, record: 'actors.csv line 1', field: 'id' },
  { category: 'CSV pair', name: 'a quoted newline before a bad domain (line counting)', send: importingCsv('id,name,type,domain\nx,"twee\nregels",werkgever,EZ\ny,Y,gemeente,ZORG\n', 'from,to,type\n'), code: BAD_INPUT, record: 'actors.csv line 4', field: 'domain', message: /unknown domain "ZORG"/ },
  { category: 'CSV pair', name: 'a party column', send: importingCsv('id,name,type,domain,party\nx,X,werkgever,EZ,Partij X\n', 'from,to,type\n'), code: BAD_INPUT, record: 'actors.csv line 2', field: 'party', message: /special category/ },
  { category: 'CSV pair', name: 'a Cypher fragment as a CSV link type', send: importingCsv(GOOD_ACTORS_CSV, `from,to,type\nx,y,"${BACKTICK}"\n`), code: BAD_INPUT, record: 'links.csv line 2', field: 'type', message: /unknown link type/ },
];

/** A stack frame (`at f (file.ts:1:2)`) or a Neo4j message in what a caller sees. */
const LEAK = /Neo4jError|Neo\.(?:Client|Transient|Database)Error|\bat (?:\S+ \()?[\w./:-]+\.(?:ts|js|mjs|cjs):\d+:\d+|"stack"\s*:/;

describe('hostile input is refused with its code and leaves the database unchanged', () => {
  it('has at least 110 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(110);
    expect(new Set(CASES.map((c) => `${c.category}: ${c.name}`)).size).toBe(CASES.length);
  });

  it.each(CASES)('$category: $name', async ({ send, code, status = 200, record, field, message }) => {
    const before = await dumper.dump();
    const response = await send();
    const first = response.body?.errors?.[0];
    const context = `${String(response.status)} ${response.text.slice(0, 600)}`;

    expect(response.status, context).toBe(status);
    if (code !== undefined) expect(first?.extensions?.code, context).toBe(code);
    expect(response.text, 'no stack trace or Neo4j message reaches the caller').not.toMatch(LEAK);
    // Nothing was answered as if it had worked: every root field is null or absent.
    for (const [key, value] of Object.entries(response.body?.data ?? {})) expect(value, `data.${key}`).toBeNull();

    if (record !== undefined || field !== undefined) {
      const problems = first?.extensions?.problems ?? [];
      const problem = problems.find((p) => (record === undefined || p.record === record) && (field === undefined || p.field === field));
      expect(problem, JSON.stringify(problems).slice(0, 600)).toBeDefined();
      if (message !== undefined) expect(problem?.message).toMatch(message);
    } else if (message !== undefined) {
      expect(first?.message, context).toMatch(message);
    }

    expect(await dumper.dump()).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile strings that are valid data: stored verbatim, nothing injected
// ---------------------------------------------------------------------------------------------

interface Counts {
  readonly nodes: number;
  readonly actors: number;
  readonly relationships: number;
}

interface DumpShape {
  readonly nodes: readonly { readonly labels: readonly string[] }[];
  readonly relationships: readonly unknown[];
}

async function counts(): Promise<Counts> {
  const dump = JSON.parse(await dumper.dump()) as DumpShape;
  return {
    nodes: dump.nodes.length,
    actors: dump.nodes.filter((node) => node.labels.includes('Actor')).length,
    relationships: dump.relationships.length,
  };
}

describe('hostile strings that are valid data are stored verbatim and inject nothing', () => {
  const HOSTILE_NAMES = [
    CYPHER,
    CYPHER_DQ,
    "O'Brien & Zn. \"De Vries\" `backtick` \\ back\\slash",
    'Gemeente `Leiden`]->(n) DETACH DELETE n //',
    `${SHELL} <script>alert(1)</script>`,
    '=HYPERLINK("http://evil") @SUM(1+1) -2 +3',
    '__proto__ constructor prototype toString',
    'Zoë – Ĳsselmonde 🚀 \u202Egnp.exe ‮ ',
  ] as const;

  it.each(HOSTILE_NAMES.map((name, index) => ({ name, id: `hostile-${String(index)}` })))('a name like $name', async ({ name, id }) => {
    const before = await counts();
    const created = await gql(UPSERT, { a: actor(id, { name: `  ${name}  `, description: `${name}\n${name}` }) });
    expect(created.body?.errors, created.text.slice(0, 400)).toBeUndefined();

    // Read back through the API and straight from Neo4j: the same text, trimmed only at the ends.
    const read = await gql('query($id: ID!) { actor(id: $id) { name description } }', { id });
    expect(read.body?.data?.['actor']).toEqual({ name: name.trim(), description: `${name}\n${name}`.trim() });
    const stored = JSON.parse(await dumper.dump()) as { nodes: { labels: string[]; props: { $map: [string, unknown][] } }[] };
    const node = stored.nodes.find((n) => n.labels.includes('Actor') && n.props.$map.some(([key, value]) => key === 'id' && value === id));
    expect(new Map(node?.props.$map).get('name')).toBe(name.trim());

    // Exactly one actor more, no relationship touched: the fragment ran as data, not as Cypher.
    const after = await counts();
    expect(after.actors).toBe(before.actors + 1);
    expect(after.relationships).toBe(before.relationships);
  });

  it('a link whose quote and source hold Cypher and backticks', async () => {
    const before = await counts();
    const quote = `"${BACKTICK}" ${CYPHER} $(n)`;
    const added = await gql(ADD_LINK, { l: link('vng', 'eiland', { quote, source: CYPHER_DQ }) });
    expect(added.body?.errors, added.text.slice(0, 400)).toBeUndefined();
    const read = await gql('{ actor(id: "eiland") { links { type quote source from { id } } } }');
    expect(read.body?.data?.['actor']).toEqual({ links: [{ type: 'samenwerking', quote, source: CYPHER_DQ, from: { id: 'vng' } }] });
    const after = await counts();
    expect(after.actors).toBe(before.actors);
    expect(after.relationships).toBe(before.relationships + 1);
  });

  it('a search text full of Lucene and Cypher syntax only finds, never fails', async () => {
    const before = await dumper.dump();
    for (const text of ['name:* OR *:*', '\\ AND ((( ~ ^2 /re/ [a TO z]', CYPHER, 'Gemeente`) DETACH', "O'Brien"]) {
      const found = await gql('query($t: String) { actors(filter: {text: $t}) { totalCount } }', { t: text });
      expect(found.body?.errors, `${text}: ${found.text.slice(0, 300)}`).toBeUndefined();
    }
    expect(await dumper.dump()).toBe(before);
  });
});
