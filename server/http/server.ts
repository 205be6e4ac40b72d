/**
 * The HTTP front: refuses oversized bodies before anything reads them, hands /graphql to yoga,
 * /export/* to the downloads (downloads.ts) and /report/* to the reports (server/report), and serves the built explorer (dist/client)
 * for everything else, the survey form (enquete.html) for /enquete/<token>.
 *
 * Nothing a request sends may stop the process: a request line or header the parser refuses
 * is answered on the socket (`clientError`), a path that does not decode or leaves the client
 * build is refused with a 4xx, and any failure of a handler (yoga included) becomes a 500.
 */
import { realpath, readFile, stat } from 'node:fs/promises';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import path from 'node:path';

import { bearerToken } from '../auth/tokens';
import type { RateLimit } from '../config';
import type { BrugkaartYoga } from '../graphql/yoga';
import type { Reports } from '../report/report-route';
import type { Downloads } from './downloads';
import { RateLimiter } from './rate-limit';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The methods each kind of route answers; anything else is 405. */
const METHODS = {
  graphql: ['GET', 'POST', 'OPTIONS'],
  export: ['GET'],
  report: ['GET'],
  client: ['GET', 'HEAD'],
} as const;

/**
 * Socket limits. Headers (request line included) stay at Node's default of 16 kB, answered
 * with 431; a client gets 10 s to send its headers and 60 s for the whole request (an upload
 * of the largest body on a slow line), so a slow sender cannot hold a socket for ever.
 */
const LIMITS = {
  maxHeaderSize: 16 * 1024,
  headersTimeout: 10_000,
  requestTimeout: 60_000,
  keepAliveTimeout: 5_000,
} as const;

/** Which tokens this process verified recently (server/auth/verified-tokens.ts). */
export interface VerifiedTokenIds {
  idOf(token: string): string | undefined;
}

export interface HttpOptions {
  readonly yoga: BrugkaartYoga;
  readonly downloads: Downloads;
  readonly reports: Reports;
  readonly maxBodyBytes: number;
  readonly clientDir: string;
  readonly rateLimit: RateLimit;
  readonly verifiedTokens: VerifiedTokenIds;
}

type RefusalCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR';

function refuse(response: ServerResponse, status: number, code: RefusalCode, message: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close', ...headers });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** A body with no declared length could be endless; one declared too long is refused unread. */
function bodyProblem(request: IncomingMessage, maxBodyBytes: number): { status: number; message: string } | undefined {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return undefined;
  const declared = request.headers['content-length'];
  if (declared === undefined) return { status: 411, message: 'A request body needs a Content-Length header.' };
  const length = Number(declared);
  if (!Number.isFinite(length) || length > maxBodyBytes) {
    return { status: 413, message: `The request body is ${declared} bytes; at most ${String(maxBodyBytes)} are accepted.` };
  }
  return undefined;
}

/**
 * The path and query of a request target, still percent-encoded; undefined for a target that
 * is not a path (`*`, garbage). An absolute-form target (`http://host/path`) counts by its path.
 */
function splitTarget(target: string): { path: string; query: string } | undefined {
  let pathAndQuery = target;
  if (!target.startsWith('/')) {
    try {
      const url = new URL(target);
      pathAndQuery = url.pathname + url.search;
    } catch {
      return undefined;
    }
  }
  const [withoutFragment = ''] = pathAndQuery.split('#', 1);
  const queryAt = withoutFragment.indexOf('?');
  return queryAt < 0 ? { path: withoutFragment, query: '' } : { path: withoutFragment.slice(0, queryAt), query: withoutFragment.slice(queryAt + 1) };
}

/** The decoded text; undefined when its percent-encoding is not UTF-8 (overlong forms included) or holds a NUL. */
function decoded(encoded: string): string | undefined {
  try {
    const text = decodeURIComponent(encoded);
    return text.includes('\0') ? undefined : text;
  } catch {
    return undefined;
  }
}

/** Segments that climb or alias (`..`, `.`), or a backslash a Windows path would split on. */
const CLIMBS = /(^|\/)\.\.?(\/|$)|\\/;

/** A respondent's personal link: one segment after /enquete/, the survey token (base64url, no dot). */
const SURVEY_FORM_PATH = /^\/enquete\/[^/.]*$/;

/**
 * The survey token is in the form's URL: no Referer may carry it to another site, and no cache
 * (a shared computer's, a proxy's) may keep the page under it.
 */
const SURVEY_FORM_HEADERS = { 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' } as const;

/** The explorer, one file at a time: only regular files whose real path lies inside the client build. */
async function serveClient(request: IncomingMessage, response: ServerResponse, pathname: string, clientDir: string): Promise<void> {
  if (CLIMBS.test(pathname)) {
    refuse(response, 400, 'BAD_USER_INPUT', 'The path may not contain "." or ".." segments or backslashes.');
    return;
  }
  const root = await realpath(clientDir).catch(() => undefined);
  if (root === undefined) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : '<!doctype html><title>brugkaart</title><p>De verkenner is niet gebouwd. GraphiQL: <a href="/graphql">/graphql</a></p>');
    return;
  }
  // A path without a file extension is a page of the explorer: index.html answers it, and the
  // survey form's enquete.html answers /enquete/<token>.
  const isSurveyForm = SURVEY_FORM_PATH.test(pathname);
  const page = isSurveyForm ? 'enquete.html' : 'index.html';
  const wanted = path.extname(pathname) === '' ? path.join(root, page) : path.join(root, pathname);
  const file = await realpath(wanted).catch(() => undefined);
  const isInside = file !== undefined && file.startsWith(root + path.sep) && (await stat(file)).isFile();
  if (!isInside) {
    refuse(response, 404, 'NOT_FOUND', 'No such file in the explorer.');
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': String(body.length),
    ...(isSurveyForm ? SURVEY_FORM_HEADERS : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * The rate limit's client: a token this process has verified is its own client (its id), so
 * one office's users do not share a limit; everything else, made-up tokens included, is its
 * address until a lookup has verified the token.
 */
function clientOf(request: IncomingMessage, verified: VerifiedTokenIds): string {
  const token = bearerToken(request.headers.authorization);
  const tokenId = token === undefined || token === '' ? undefined : verified.idOf(token);
  return tokenId !== undefined ? `token ${tokenId}` : `address ${request.socket.remoteAddress ?? 'unknown'}`;
}

function refuseMethod(response: ServerResponse, allowed: readonly string[]): void {
  refuse(response, 405, 'BAD_USER_INPUT', `This path answers ${allowed.join(', ')} only.`, { allow: allowed.join(', ') });
}

/** Answers a socket whose request the parser refused, unless a response is already on its way. */
function answerClientError(error: Error & { code?: string }, socket: Duplex, responding: WeakSet<Duplex>): void {
  if (!socket.writable || responding.has(socket) || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = `${STATUS_CODES[status] ?? 'Bad Request'}\n`;
  socket.end(
    `HTTP/1.1 ${String(status)} ${STATUS_CODES[status] ?? ''}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${String(Buffer.byteLength(body))}\r\nconnection: close\r\n\r\n${body}`,
    () => socket.destroy(),
  );
}

export function createHttpServer(options: HttpOptions): Server {
  const limiter = new RateLimiter(options.rateLimit);
  /** Sockets with a response in progress: a raw error answer there would corrupt it. */
  const responding = new WeakSet<Duplex>();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const target = splitTarget(request.url ?? '');
    const pathname = target === undefined ? undefined : decoded(target.path);
    // The query is checked here too, so no route reads a parameter that does not decode.
    if (target === undefined || pathname === undefined || decoded(target.query) === undefined) {
      request.resume();
      refuse(response, 400, 'BAD_USER_INPUT', 'The request target is not a path with valid percent-encoded UTF-8.');
      return;
    }
    const route = pathname === '/graphql' ? 'graphql' : pathname.startsWith('/export/') ? 'export' : pathname.startsWith('/report/') ? 'report' : 'client';
    const method = request.method ?? '';
    if (!(METHODS[route] as readonly string[]).includes(method)) {
      request.resume();
      refuseMethod(response, METHODS[route]);
      return;
    }
    if (route === 'client') {
      await serveClient(request, response, pathname, options.clientDir);
      return;
    }
    const wait = limiter.take(clientOf(request, options.verifiedTokens));
    if (wait > 0) {
      request.resume();
      refuse(response, 429, 'RATE_LIMITED', `Too many requests; try again in ${String(wait)} s.`, { 'retry-after': String(wait) });
      return;
    }
    const problem = bodyProblem(request, options.maxBodyBytes);
    if (problem !== undefined) {
      request.resume();
      refuse(response, problem.status, 'PAYLOAD_TOO_LARGE', problem.message);
      return;
    }
    if (route === 'export') {
      const answer = await options.downloads(pathname.slice('/export/'.length), new URLSearchParams(target.query), request.headers.authorization);
      response.writeHead(answer.status, { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)) });
      response.end(answer.body);
      return;
    }
    if (route === 'report') {
      // The whole answer (a PDF included) is made before the first byte is sent.
      const answer = await options.reports(pathname.slice('/report/'.length), new URLSearchParams(target.query), request.headers.authorization);
      response.writeHead(answer.status, { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)) });
      response.end(answer.body);
      return;
    }
    await options.yoga(request, response);
  };

  const server = createServer(LIMITS, (request, response) => {
    responding.add(request.socket);
    response.once('close', () => responding.delete(request.socket));
    // A client that hangs up mid-request makes these streams fail; that ends the request, not the process.
    request.on('error', () => request.destroy());
    response.on('error', () => response.destroy());
    handle(request, response).catch((error: unknown) => {
      console.error('brugkaart: a request failed:', error instanceof Error ? error.message : error);
      if (response.headersSent) response.destroy();
      else refuse(response, 500, 'INTERNAL_SERVER_ERROR', 'The server failed to answer this request.');
    });
  });
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => answerClientError(error, socket, responding));
  return server;
}
