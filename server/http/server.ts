/**
 * The HTTP front: refuses oversized bodies before anything reads them, hands /graphql and
 * /export/* to yoga, and serves the built explorer (dist/client) for everything else.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';

import type { BrugkaartYoga } from '../graphql/yoga';
import { RateLimiter, type RateLimit } from './rate-limit';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface HttpOptions {
  readonly yoga: BrugkaartYoga;
  readonly maxBodyBytes: number;
  readonly clientDir: string;
  readonly rateLimit: RateLimit;
}

function refuse(response: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
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

function serveClient(request: IncomingMessage, response: ServerResponse, clientDir: string): void {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
  const requested = path.normalize(path.join(clientDir, pathname));
  const insideClient = requested.startsWith(clientDir + path.sep);
  const file = insideClient && existsSync(requested) && statSync(requested).isFile() ? requested : path.join(clientDir, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>brugkaart</title><p>De verkenner is niet gebouwd. GraphiQL: <a href="/graphql">/graphql</a></p>');
    return;
  }
  response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
}

/** A client is its bearer token when it sends one (so one office's users do not share a limit), else its address. */
const clientOf = (request: IncomingMessage): string => request.headers.authorization ?? request.socket.remoteAddress ?? 'unknown';

export function createHttpServer(options: HttpOptions): Server {
  const limiter = new RateLimiter(options.rateLimit);
  return createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    if (pathname.startsWith('/graphql') || pathname.startsWith('/export/')) {
      const wait = limiter.take(clientOf(request));
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
      void options.yoga(request, response);
      return;
    }
    serveClient(request, response, options.clientDir);
  });
}
