/**
 * `npm run --silent report -- --region ID | --all [--lang en] [--at D] [--since D] --out DIR [--url URL]`:
 * writes DIR/brugkaart-rapport-<id>-<day>.pdf for one arbeidsmarktregio or for all 35 (the empty ones too),
 * with a line of progress per report on standard error.
 *
 * The PDFs are the server's (GET /report/<id>.pdf), so they are the ones the explorer gives.
 * The server is `--url`'s, else a brugkaart answering at HOST:PORT (a running `npm start`),
 * else one started here for the run: the embedded Neo4j on the data folder (or NEO4J_URI's
 * database) and the app on a free port of 127.0.0.1, both stopped at the end. A server that
 * asks for a token gets BRUGKAART_TOKEN; the one started here makes a viewer token for the
 * run and revokes it after.
 *
 * Exit codes: 0 done, 1 a report failed (its sentence on standard error), 2 wrong arguments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { startApp, type App } from '../app';
import { readConfig, type Config } from '../config';
import { notADay } from '../model/dates';
import type { DriverTarget } from '../neo4j/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/embedded';

const USAGE = 'usage: npm run --silent report -- --region ID | --all [--lang nl|en] [--at YYYY-MM-DD] [--since YYYY-MM-DD] --out DIR [--url URL]\n';

interface ReportArguments {
  /** One region id, or undefined for every region. */
  readonly region: string | undefined;
  readonly query: URLSearchParams;
  readonly out: string;
  readonly url: string | undefined;
}

/** The arguments, or the reason they are wrong. */
function readArguments(argv: readonly string[]): ReportArguments | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        region: { type: 'string' },
        all: { type: 'boolean' },
        lang: { type: 'string' },
        at: { type: 'string' },
        since: { type: 'string' },
        out: { type: 'string' },
        url: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if ((values.region === undefined) === (values.all !== true)) return 'give either --region ID or --all';
  if (values.out === undefined || values.out === '') return '--out DIR is missing';
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') return `--lang must be nl or en, got "${values.lang}"`;
  const query = new URLSearchParams();
  if (values.lang !== undefined) query.set('lang', values.lang);
  for (const name of ['at', 'since'] as const) {
    const day = values[name];
    if (day === undefined) continue;
    const wrong = notADay(day);
    if (wrong !== undefined) return `--${name} ${wrong}`;
    query.set(name, day);
  }
  return { region: values.region, query, out: values.out, url: values.url };
}

/** A brugkaart the reports are asked of, and what to stop when done. */
interface ReportServer {
  readonly url: string;
  readonly authorization: string | undefined;
  close(): Promise<void>;
}

const headerOf = (token: string | undefined): string | undefined => (token === undefined || token === '' ? undefined : `Bearer ${token}`);

/** Whether a brugkaart answers GraphQL at `url` (a running `npm start`). */
async function answersGraphql(url: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/graphql?query=%7B__typename%7D', url), { signal: AbortSignal.timeout(2_000) });
    const body = (await response.json()) as { data?: { __typename?: string } };
    return body.data?.__typename === 'Query';
  } catch {
    return false;
  }
}

/** The app of this run, on the configured database; stops what it started. */
async function startHere(config: Config): Promise<ReportServer> {
  let neo4j: EmbeddedNeo4j | undefined;
  let app: App | undefined;
  let revoke = (): Promise<void> => Promise.resolve();
  const close = async (): Promise<void> => {
    try {
      await revoke();
      await app?.close();
    } finally {
      await neo4j?.stop();
    }
  };
  try {
    let target: DriverTarget;
    if (config.neo4j.kind === 'embedded') {
      process.stderr.write(`report: starting the embedded Neo4j (data in ${config.neo4j.embedded.home}) …\n`);
      neo4j = await startEmbeddedNeo4j(config.neo4j.embedded);
      target = { uri: neo4j.uri, user: 'neo4j', password: neo4j.password };
    } else {
      target = config.neo4j.external;
    }
    const started = await startApp({ ...config, target, host: '127.0.0.1', port: 0 });
    app = started;
    let authorization: string | undefined;
    if (!config.anonymousRead) {
      const { token, info } = await started.tokens.create('npm run report', 'viewer');
      authorization = headerOf(token);
      revoke = async () => {
        await started.tokens.revoke(info.id);
      };
    }
    return { url: started.url, authorization, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function chooseServer(config: Config, url: string | undefined): Promise<ReportServer> {
  const token = headerOf(process.env['BRUGKAART_TOKEN']);
  const nothingToStop = (): Promise<void> => Promise.resolve();
  if (url !== undefined) return { url, authorization: token, close: nothingToStop };
  const running = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${String(config.port)}`;
  if (await answersGraphql(running)) {
    process.stderr.write(`report: using the brugkaart running at ${running}\n`);
    return { url: running, authorization: token, close: nothingToStop };
  }
  return startHere(config);
}

/** The first error's message of a refused request, or its status. */
async function refusalOf(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { errors?: { message?: string }[] };
    return body.errors?.[0]?.message ?? `HTTP ${String(response.status)}`;
  } catch {
    return `HTTP ${String(response.status)}: ${text.slice(0, 200)}`;
  }
}

async function regionIds(server: ReportServer): Promise<string[]> {
  const response = await fetch(new URL('/graphql', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(server.authorization === undefined ? {} : { authorization: server.authorization }) },
    body: JSON.stringify({ query: '{ regions { id } }' }),
  });
  const body = (await response.json()) as { data?: { regions: { id: string }[] }; errors?: { message: string }[] };
  if (body.data === undefined) throw new Error(`the regions could not be read: ${body.errors?.[0]?.message ?? `HTTP ${String(response.status)}`}`);
  return body.data.regions.map((region) => region.id);
}

async function writeReports(server: ReportServer, wanted: ReportArguments): Promise<void> {
  const regions = wanted.region === undefined ? await regionIds(server) : [wanted.region];
  mkdirSync(wanted.out, { recursive: true });
  const runStarted = performance.now();
  for (const [index, region] of regions.entries()) {
    const started = performance.now();
    const response = await fetch(new URL(`/report/${encodeURIComponent(region)}.pdf?${wanted.query.toString()}`, server.url), {
      headers: server.authorization === undefined ? {} : { authorization: server.authorization },
    });
    if (!response.ok) throw new Error(`${region}: ${await refusalOf(response)}`);
    // The server names the file (region and day), as the explorer's download is named.
    const named = /filename="([^"/\\]+\.pdf)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
    const file = path.join(wanted.out, named ?? `brugkaart-rapport-${region}.pdf`);
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    process.stderr.write(`${String(index + 1)}/${String(regions.length)} ${region} ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  process.stderr.write(`report: ${String(regions.length)} PDF${regions.length === 1 ? '' : 's'} in ${wanted.out} after ${((performance.now() - runStarted) / 1000).toFixed(1)} s\n`);
}

const wanted = readArguments(process.argv.slice(2));
if (typeof wanted === 'string') {
  process.stderr.write(`report: ${wanted}\n${USAGE}`);
  process.exit(2);
}
let server: ReportServer | undefined;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void (server?.close() ?? Promise.resolve()).finally(() => process.exit(1));
  });
}
try {
  server = await chooseServer(readConfig(), wanted.url);
  await writeReports(server, wanted);
  stopping = true;
  await server.close();
} catch (error) {
  process.stderr.write(`report: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!stopping) {
    stopping = true;
    await server?.close();
  }
  process.exit(1);
}
