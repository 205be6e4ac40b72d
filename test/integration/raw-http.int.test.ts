/**
 * Nothing a request sends stops the server: one table of malformed requests, each written byte
 * for byte to a raw socket (node:net), against the real app on a real Neo4j.
 *
 * After EACH case the test checks
 *  1. the answer: the status the table names, or, where the table says `closed`, that the
 *     server closed the connection without an answer (the reason is in the row);
 *  2. that nothing from outside the client build was sent: the app serves a small client build
 *     made in a temporary folder, beside a file that must never be served (and a symlink inside
 *     the build pointing at it), and no answer may hold that file, /etc/passwd or package.json;
 *  3. that the process is still up and answers `GET /graphql?query={__typename}` with 200.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { startTestApp } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

const INSIDE_INDEX = 'FAKE-CLIENT-INDEX-7f3a';
const INSIDE_ASSET = 'FAKE-CLIENT-ASSET-91c2';
const OUTSIDE_SECRET = 'OUTSIDE-THE-CLIENT-BUILD-d41e';
/** What would show that a file outside the build was read: ours, /etc/passwd, the project's or the folder's package.json. */
const LEAKS = [OUTSIDE_SECRET, 'root:', '"devDependencies"', '"name": "brugkaart"'];

let testNeo4j: SharedNeo4j;
let app: App;
let folder: string;
let port: number;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'brugkaart-raw-http-'));
  const clientDir = path.join(folder, 'client');
  mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
  writeFileSync(path.join(clientDir, 'index.html'), `<!doctype html><title>${INSIDE_INDEX}</title>`);
  writeFileSync(path.join(clientDir, 'assets', 'app.js'), `console.log('${INSIDE_ASSET}');`);
  writeFileSync(path.join(folder, 'secret.txt'), OUTSIDE_SECRET);
  writeFileSync(path.join(folder, 'package.json'), `{"name": "brugkaart", "devDependencies": {}, "secret": "${OUTSIDE_SECRET}"}`);
  symlinkSync(path.join(folder, 'secret.txt'), path.join(clientDir, 'assets', 'linked.txt'));
  testNeo4j = await sharedTestNeo4j();
  app = await startTestApp(testNeo4j, { seed: false, clientDir });
  port = Number(new URL(app.url).port);
});

afterAll(async () => {
  await app?.close();
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
});

interface RawAnswer {
  /** Everything the server sent, as latin1 so no byte is lost. */
  readonly text: string;
  /** The status of the first answer; undefined when none came. */
  readonly status: number | undefined;
  /** The server closed the connection (rather than the test giving up waiting). */
  readonly closed: boolean;
}

/**
 * Writes `chunks` to a fresh connection and reads until the server closes it or has been quiet
 * for `quietMs` after its first byte. `halfClose` ends the test's side after the last chunk,
 * as a client that has nothing more to send does.
 */
function send(chunks: readonly (string | Buffer)[], options: { halfClose?: boolean; quietMs?: number; timeoutMs?: number } = {}): Promise<RawAnswer> {
  const { halfClose = false, quietMs = 300, timeoutMs = 8_000 } = options;
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const received: Buffer[] = [];
    let quiet: NodeJS.Timeout | undefined;
    let finished = false;
    const finish = (closed: boolean): void => {
      if (finished) return;
      finished = true;
      clearTimeout(quiet);
      clearTimeout(overall);
      socket.destroy();
      const text = Buffer.concat(received).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      resolve({ text, status: status === undefined ? undefined : Number(status), closed });
    };
    const overall = setTimeout(() => finish(false), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      clearTimeout(quiet);
      quiet = setTimeout(() => finish(false), quietMs);
    });
    // The server may close while the test is still writing (EPIPE, ECONNRESET): that is an answer too.
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
      if (halfClose) socket.end();
    });
  });
}

const get = (target: string, extraHeaders = ''): string => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extraHeaders}Connection: close\r\n\r\n`;

const GRAPHQL_BODY = JSON.stringify({ query: '{ __typename }' });

/** The first bytes of a TLS 1.2 ClientHello, as a browser sends to https:// on this port. */
const TLS_CLIENT_HELLO = Buffer.from(
  '16030100a5010000a10303' + '00'.repeat(32) + '000020c02bc02fc02cc030cca9cca8c013c014009c009d002f0035000a0100005800000014001200000f3132372e302e302e31000b000403000102000a000a0008001d001700180019000d0018001604030503060308040805080604010501060102030201',
  'hex',
);

interface Case {
  readonly name: string;
  readonly chunks: readonly (string | Buffer)[];
  /** A status, or `closed`: the server ends the connection without an answer. */
  readonly answer: number | 'closed';
  /** Why this is the answer (who gives it: Node's parser through `clientError`, the front, yoga). */
  readonly why: string;
  readonly halfClose?: boolean;
}

const CASES: readonly Case[] = [
  // Undecodable percent-encodings, on every route: the front refuses them before routing.
  { name: 'GET /%', chunks: [get('/%')], answer: 400, why: 'front: the path does not decode (was: URIError outside every handler)' },
  { name: 'GET /graphql%zz', chunks: [get('/graphql%zz')], answer: 400, why: 'front: the path does not decode' },
  { name: 'GET /graphql?query=%E0%A4%A', chunks: [get('/graphql?query=%E0%A4%A')], answer: 400, why: 'front: the query does not decode' },
  { name: 'GET /export/network.json?persons=%', chunks: [get('/export/network.json?persons=%')], answer: 400, why: 'front: the query does not decode' },
  { name: 'GET /export/%ff.json', chunks: [get('/export/%ff.json')], answer: 400, why: 'front: %ff is not UTF-8' },
  { name: 'GET /assets/%E2%82.js', chunks: [get('/assets/%E2%82.js')], answer: 400, why: 'front: a truncated UTF-8 sequence' },
  { name: 'GET /assets/%00.js', chunks: [get('/assets/%00.js')], answer: 400, why: 'front: a NUL byte in the path' },
  // Traversal: climbing segments are refused, and nothing resolves outside the build.
  { name: 'GET /..%2f..%2fetc/passwd', chunks: [get('/..%2f..%2fetc/passwd')], answer: 400, why: 'front: a ".." segment once decoded' },
  { name: 'GET /%2e%2e/%2e%2e/etc/passwd', chunks: [get('/%2e%2e/%2e%2e/etc/passwd')], answer: 400, why: 'front: a ".." segment once decoded' },
  { name: 'GET /../../etc/passwd (not encoded)', chunks: [get('/../../etc/passwd')], answer: 400, why: 'front: Node passes the target unnormalised; ".." is refused' },
  { name: 'GET /%c0%ae%c0%ae/ (overlong UTF-8)', chunks: [get('/%c0%ae%c0%ae/')], answer: 400, why: 'front: overlong UTF-8 does not decode' },
  { name: 'GET /assets/..%5c..%5cpackage.json', chunks: [get('/assets/..%5c..%5cpackage.json')], answer: 400, why: 'front: a backslash in the decoded path' },
  { name: 'GET /assets/linked.txt (symlink out of the build)', chunks: [get('/assets/linked.txt')], answer: 404, why: 'front: its real path lies outside the build' },
  { name: 'GET http://x/../secret.txt (absolute form)', chunks: [get('http://127.0.0.1/%2e%2e/secret.txt')], answer: 404, why: 'front: the URL parser folds "%2e%2e" away; /secret.txt is then looked for inside the build only' },
  { name: 'GET * (asterisk form)', chunks: [get('*')], answer: 400, why: 'front: not a path' },
  // Sizes: Node's 16 kB header limit (the request line counts) answers 431 through clientError.
  { name: '60 kB path', chunks: [get(`/${'a'.repeat(60 * 1024)}`)], answer: 431, why: "Node's parser: headers over maxHeaderSize; clientError answers 431" },
  { name: '60 kB header', chunks: [get('/', `X-Big: ${'b'.repeat(60 * 1024)}\r\n`)], answer: 431, why: "Node's parser: headers over maxHeaderSize; clientError answers 431" },
  // Methods.
  { name: 'PROPFIND /', chunks: ['PROPFIND / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'], answer: 405, why: 'front: the explorer answers GET and HEAD' },
  { name: 'TRACE /graphql', chunks: ['TRACE /graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'], answer: 405, why: 'front: /graphql answers GET, POST, OPTIONS' },
  { name: 'DELETE /export/network.json', chunks: ['DELETE /export/network.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'], answer: 405, why: 'front: downloads answer GET' },
  { name: 'PUT /assets/app.js with a body', chunks: ['PUT /assets/app.js HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello'], answer: 405, why: 'front: the explorer answers GET and HEAD' },
  {
    name: 'CONNECT 127.0.0.1:22 (a proxy tunnel)',
    chunks: ['CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n'],
    answer: 'closed',
    why: "Node hands CONNECT to a 'connect' listener; there is none, so Node closes the socket unanswered",
  },
  { name: 'BREW / (no such method)', chunks: ['BREW / HTTP/1.1\r\nHost: x\r\n\r\n'], answer: 400, why: "Node's parser: unknown method; clientError answers 400" },
  // Bodies.
  {
    name: 'POST /graphql, chunked, broken chunk size',
    chunks: ['POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'],
    answer: 411,
    why: 'front: a body without Content-Length is refused before a byte of it is read',
  },
  {
    name: 'POST /graphql, chunked and Content-Length',
    chunks: ['POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'],
    answer: 400,
    why: "Node's parser: both framings at once (request smuggling); clientError answers 400",
  },
  {
    name: 'POST /graphql, Content-Length shorter than the body',
    chunks: [`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n${GRAPHQL_BODY}`],
    answer: 'closed',
    why: 'the bytes after the 10 declared are parsed at once as a next request, which is garbage; the first is still being answered, so a raw 400 would corrupt it and the socket is closed instead',
  },
  {
    name: 'POST /graphql, Content-Length longer than the body, then the client stops sending',
    chunks: [`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n${GRAPHQL_BODY}`],
    halfClose: true,
    answer: 'closed',
    why: 'the body ends early: the request is aborted and the socket closed; nothing is left to answer',
  },
  // Not HTTP/1.x at all.
  { name: 'TLS ClientHello on the HTTP port', chunks: [TLS_CLIENT_HELLO], answer: 400, why: "Node's parser: 0x16 is no method; clientError answers 400 in plain text" },
  { name: 'HTTP/9.9', chunks: ['GET / HTTP/9.9\r\nHost: x\r\n\r\n'], answer: 400, why: "Node's parser: an unknown HTTP version; clientError answers 400" },
  { name: 'garbage request line', chunks: ['\u0001\u0002garbage !! \u0000\r\n\r\n'], answer: 400, why: "Node's parser: clientError answers 400" },
];

async function stillServes(): Promise<void> {
  const answer = await send([get('/graphql?query={__typename}', 'Accept: application/json\r\n')]);
  expect(answer.status, answer.text).toBe(200);
  expect(answer.text).toContain('"__typename":"Query"');
}

describe('raw HTTP: malformed requests get a 4xx (or a closed connection) and the server stays up', () => {
  it('serves the known file inside the client build (so the refusals below are not blanket refusals)', async () => {
    const asset = await send([get('/assets/app.js')]);
    expect(asset.status).toBe(200);
    expect(asset.text).toContain(INSIDE_ASSET);
    const page = await send([get('/some/page')]);
    expect(page.status).toBe(200);
    expect(page.text).toContain(INSIDE_INDEX);
    const head = await send(['HEAD /assets/app.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n']);
    expect(head.status).toBe(200);
    expect(head.text).not.toContain(INSIDE_ASSET);
    expect((await send([get('/assets/missing.js')])).status).toBe(404);
  });

  it.each(CASES)('$name → $answer ($why)', async (testCase) => {
    const answer = await send(testCase.chunks, testCase.halfClose === true ? { halfClose: true } : {});
    if (testCase.answer === 'closed') {
      expect(answer.closed).toBe(true);
      expect(answer.status, answer.text).toBeUndefined();
    } else {
      expect(answer.status, answer.text.slice(0, 300)).toBe(testCase.answer);
    }
    for (const leak of LEAKS) expect(answer.text).not.toContain(leak);
    await stillServes();
  });
});
