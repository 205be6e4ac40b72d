/**
 * The report as a PDF (issue 16), read back with poppler as a reader would see it: the server
 * started as the README starts it prints the report page in Debian's Chromium. For a seed
 * region with policy islands and suggested links and for a region without actors: pdftotext
 * finds the region, the top key figure, each section heading and a quote beside its document;
 * pdftoppm finds no blank page and a drawn map. Refusals come before any PDF, the HTML route
 * sends the caller to the page, the command line writes a PDF, and the server's Chromium ends
 * when the server is killed. Anonymous reading is off, as in production: every report is asked
 * for with a token, and the page reads what that token may read. The PDFs and page images stay
 * in test-results/report/ for the note.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from '../../server/config';
import { startBrugkaart, type RunningApp } from '../helpers/e2e';
import { isAlive } from '../helpers/faults';
import { freePort } from '../helpers/neo4j';
import { sharedTestNeo4j } from '../helpers/shared-neo4j';
import { decodePng, type DecodedPng } from './png';

const OUT = path.join(PROJECT_ROOT, 'test-results', 'report');
/** The day changes are reported from: before the seed's first dated record. */
const SINCE = '2015-01-01';

/** The headings of the report's parts, in Dutch, as the page's dictionary has them. */
const DUTCH = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'client', 'i18n', 'nl.json'), 'utf8')) as Record<string, string>;
const heading = (key: string): string => {
  const text = DUTCH[`report.${key}.title`];
  if (text === undefined) throw new Error(`no heading report.${key}.title in client/i18n/nl.json`);
  // "Wat veranderde van {since} tot {to}": the words before the first placeholder.
  return (text.split('{')[0] ?? '').trim();
};

interface RegionRow {
  readonly id: string;
  readonly name: string;
  readonly actorCount: number;
}

let app: RunningApp;
let regions: RegionRow[];
/** The first seed region (by id) with policy islands and suggested links. */
let richRegion: RegionRow;

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
const pdfText = (file: string): string => words(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
const pageText = (file: string, page: number): string => words(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }));

/** Each page as a 40 dpi PNG beside the PDF, in page order. */
function pageImages(file: string): { file: string; image: DecodedPng }[] {
  const prefix = file.replace(/\.pdf$/, '-page');
  execFileSync('pdftoppm', ['-r', '40', '-png', file, prefix]);
  const base = path.basename(prefix);
  return readdirSync(path.dirname(file))
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
    .map((name) => ({ file: path.join(path.dirname(file), name), image: decodePng(readFileSync(path.join(path.dirname(file), name))) }));
}

/** The spread of the grey values: 0 for a page of one colour. */
function greyVariance(image: DecodedPng): number {
  let sum = 0;
  let squares = 0;
  const count = image.width * image.height;
  for (let i = 0; i < count; i += 1) {
    const grey = ((image.rgba[i * 4] ?? 0) + (image.rgba[i * 4 + 1] ?? 0) + (image.rgba[i * 4 + 2] ?? 0)) / 3;
    sum += grey;
    squares += grey * grey;
  }
  const mean = sum / count;
  return squares / count - mean * mean;
}

/** Pixels with a clear colour (not white, grey or black): the map's nodes and edges, not its text. */
function colouredPixels(image: DecodedPng): number {
  let count = 0;
  for (let i = 0; i < image.width * image.height; i += 1) {
    const channels = [image.rgba[i * 4] ?? 0, image.rgba[i * 4 + 1] ?? 0, image.rgba[i * 4 + 2] ?? 0];
    if (Math.max(...channels) - Math.min(...channels) > 60) count += 1;
  }
  return count;
}

/** A GET with the app's admin token. */
const get = (pathAndQuery: string, init: RequestInit = {}): Promise<Response> =>
  fetch(new URL(pathAndQuery, app.url), { ...init, headers: { authorization: `Bearer ${app.adminToken}` } });

/** A GraphQL read with the app's admin token. */
async function graphqlRead<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(new URL('/graphql', app.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.data === undefined) throw new Error(body.errors?.[0]?.message ?? 'No data');
  return body.data;
}

/** Fetches a report and keeps it as test-results/report/<region>-<language>.pdf. */
async function fetchReport(region: string, language: 'nl' | 'en', query = ''): Promise<{ file: string; response: Response; body: Buffer }> {
  const response = await get(`/report/${region}.pdf?lang=${language}${query}`);
  const body = Buffer.from(await response.arrayBuffer());
  const file = path.join(OUT, `${region}-${language}.pdf`);
  writeFileSync(file, body);
  return { file, response, body };
}

const refusalMessage = async (response: Response): Promise<string> => ((await response.json()) as { errors: { message: string }[] }).errors[0]?.message ?? '';

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  // startBrugkaart passes this process's environment to `npm start`; this file runs in its own worker.
  process.env['BRUGKAART_ANONYMOUS_READ'] = 'false';
  try {
    app = await startBrugkaart();
  } finally {
    delete process.env['BRUGKAART_ANONYMOUS_READ'];
  }
  regions = (await graphqlRead<{ regions: RegionRow[] }>('{ regions { id name actorCount } }')).regions;
  for (const region of [...regions].sort((a, b) => a.id.localeCompare(b.id)).filter((row) => row.actorCount > 0)) {
    const found = await graphqlRead<{ islands: { islands: unknown[] }; missingLinks: unknown[] }>(
      'query ($region: ID!) { islands(region: $region) { islands { kind } } missingLinks(region: $region, top: 1) { score } }',
      { region: region.id },
    );
    if (found.islands.islands.length > 0 && found.missingLinks.length > 0) {
      richRegion = region;
      break;
    }
  }
  if (richRegion === undefined) throw new Error('no seed region has both policy islands and suggested links');
});

afterAll(async () => {
  await app?.stop();
});

describe('the report as a PDF', () => {
  it('of a region with islands and suggestions: its name, the top key figure, every part, a quote with its document, no blank page, a drawn map', async () => {
    const region = richRegion;
    const api = await graphqlRead<{
      brokers: { actor: { name: string } }[];
      islands: { islands: unknown[] };
      missingLinks: unknown[];
      forums: unknown[];
      compare: { actorsCame: unknown[]; actorsWent: unknown[]; linksCame: unknown[]; linksWent: unknown[] };
      actors: { items: { links: { quote: string | null; document: { kind: string; title: string } | null }[] }[] };
    }>(
      `query ($region: ID!, $since: String!, $to: String!) {
        brokers(region: $region, top: 1) { actor { name } }
        islands(region: $region) { islands { kind } }
        missingLinks(region: $region) { score }
        forums(region: $region) { members }
        compare(from: $since, to: $to, region: $region) { actorsCame { id } actorsWent { id } linksCame { type } linksWent { type } }
        actors(filter: { region: $region }, limit: 500) { items { links { quote document { kind title } } } }
      }`,
      { region: region.id, since: SINCE, to: new Date().toISOString().slice(0, 10) },
    );
    expect(api.islands.islands.length).toBeGreaterThan(0);
    expect(api.missingLinks.length).toBeGreaterThan(0);
    const topName = api.brokers[0]?.actor.name ?? '';
    const quoted = api.actors.items.flatMap((actor) => actor.links).find((link) => link.quote !== null && link.document?.kind === 'document');
    expect(quoted).toBeDefined();

    const { file, response, body } = await fetchReport(region.id, 'nl', `&since=${SINCE}`);
    expect(response.status, body.toString().slice(0, 300)).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="brugkaart-rapport-${region.id}-\\d{4}-\\d{2}-\\d{2}\\.pdf"$`));

    const text = pdfText(file);
    expect(text).toContain(region?.name);
    expect(text).toContain(topName);
    const parts = ['map', 'scorecard', 'keyFigures', 'islands', 'suggestions', 'sources', 'methods'];
    if (api.forums.length > 0) parts.push('forums');
    const { actorsCame, actorsWent, linksCame, linksWent } = api.compare;
    if (actorsCame.length + actorsWent.length + linksCame.length + linksWent.length > 0) parts.push('changes');
    for (const part of parts) expect(text, `the heading of ${part}`).toContain(heading(part));
    // A quote with its document: both in the text (quotes may break over lines; compare their start).
    expect(text).toContain(words(quoted?.quote ?? '').slice(0, 40));
    expect(text).toContain(words(quoted?.document?.title ?? ''));
    // The footer's page numbers.
    expect(text).toMatch(/pagina 1 van \d+/);

    const pages = pageImages(file);
    expect(pages.length).toBeGreaterThan(1);
    for (const [index, page] of pages.entries()) expect(greyVariance(page.image), `page ${String(index + 1)} is blank`).toBeGreaterThan(20);
    const mapPage = pages.findIndex((_, index) => pageText(file, index + 1).includes(heading('map')));
    expect(mapPage).toBeGreaterThanOrEqual(0);
    const map = pages[mapPage]?.image;
    // The map draws actors in their domain's colours; a page of text has hardly a coloured pixel.
    expect(map === undefined ? 0 : colouredPixels(map)).toBeGreaterThan(500);
  });

  it('of a region without actors: a short report that says so and how to start', async () => {
    const empty = regions.find((row) => row.actorCount === 0);
    expect(empty).toBeDefined();
    const { file, response } = await fetchReport(empty?.id ?? '', 'nl');
    expect(response.status).toBe(200);
    const text = pdfText(file);
    expect(text).toContain(empty?.name);
    expect(text).toContain(words(DUTCH['report.empty.title'] ?? 'no report.empty.title'));
    expect(text).not.toContain(heading('keyFigures'));
    const pages = pageImages(file);
    expect(pages.length).toBeLessThanOrEqual(3);
    for (const [index, page] of pages.entries()) expect(greyVariance(page.image), `page ${String(index + 1)} is blank`).toBeGreaterThan(20);
  });

  it('in English on request', async () => {
    const { file, response } = await fetchReport(richRegion.id, 'en');
    expect(response.status).toBe(200);
    expect(pdfText(file)).toMatch(/page 1 of \d+/);
  });

  it('refuses a caller without a token (401), an unknown region (404) and a bad day or language (400) with a sentence, and sends the HTML route to the page', async () => {
    const bare = await fetch(new URL(`/report/${richRegion.id}.pdf`, app.url));
    expect(bare.status).toBe(401);
    expect(await refusalMessage(bare)).toBe('report needs a token with the role viewer.');

    const unknown = await get('/report/atlantis.pdf');
    expect(unknown.status).toBe(404);
    expect(await refusalMessage(unknown)).toBe('No arbeidsmarktregio "atlantis": use a region id as { regions { id } } lists them, or "all" for the whole network.');

    const badDay = await get(`/report/${richRegion.id}.pdf?at=2026-02-30`);
    expect(badDay.status).toBe(400);
    expect(await refusalMessage(badDay)).toBe('The report was refused: scope.at must be a real day as YYYY-MM-DD, got "2026-02-30".');

    const badSince = await get(`/report/${richRegion.id}.pdf?since=gisteren&lang=fr`);
    expect(badSince.status).toBe(400);
    expect(await refusalMessage(badSince)).toBe('The report was refused: lang must be nl or en, got "fr"; since must be a real day as YYYY-MM-DD, got "gisteren".');

    const html = await get(`/report/${richRegion.id}.html?lang=en&at=2024-01-01&unknown=1`, { redirect: 'manual' });
    expect(html.status).toBe(302);
    expect(html.headers.get('location')).toBe(`/report.html?region=${richRegion.id}&lang=en&at=2024-01-01`);
  });

  it('from the command line: one region to DIR/brugkaart-rapport-<id>-<day>.pdf, with progress, on a brugkaart it starts itself with a token of its own', async () => {
    const database = await sharedTestNeo4j();
    const out = path.join(OUT, 'cli');
    rmSync(out, { recursive: true, force: true });
    const empty = regions.find((row) => row.actorCount === 0);
    const { stderr } = await promisify(execFile)('npm', ['run', '--silent', 'report', '--', '--region', empty?.id ?? '', '--out', out], {
      cwd: PROJECT_ROOT,
      // A port nothing answers on: the command starts its own app on the test database, which
      // asks for a token as the file's app does.
      env: { ...process.env, BRUGKAART_ANONYMOUS_READ: 'false', PORT: String(await freePort()), NEO4J_URI: database.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: database.password },
    });
    expect(stderr).toMatch(new RegExp(`^1/1 ${empty?.id ?? ''} \\d+\\.\\d s$`, 'm'));
    const written = readdirSync(out);
    expect(written).toEqual([expect.stringMatching(new RegExp(`^brugkaart-rapport-${empty?.id ?? ''}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`))]);
    expect(pdfText(path.join(out, written[0] ?? ''))).toContain(empty?.name);
  });

  it('without Chromium: the command fails with what to install and where the HTML report is', async () => {
    const database = await sharedTestNeo4j();
    const empty = regions.find((row) => row.actorCount === 0);
    const failed = await promisify(execFile)('npm', ['run', '--silent', 'report', '--', '--region', empty?.id ?? '', '--lang', 'en', '--out', path.join(OUT, 'no-chromium')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', PORT: String(await freePort()), NEO4J_URI: database.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: database.password },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      `report: ${empty?.id ?? ''}: No Chromium at /nonexistent/chromium. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH. The HTML report is at /report.html?region=${empty?.id ?? ''}&lang=en`,
    );
  });

  it('leaves no Chromium behind when the server is killed', async () => {
    // The server is the process listening on the app's port; its Chromium is its child.
    const port = new URL(app.url).port;
    const listening = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
    const serverPid = Number(/pid=(\d+)/.exec(listening)?.[1]);
    expect(serverPid).toBeGreaterThan(0);
    const browsers = (): number[] =>
      execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(serverPid)], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes('chromium'))
        .map((line) => Number(line.trim().split(/\s+/)[0]));
    const chromium = browsers();
    expect(chromium.length).toBe(1);
    process.kill(serverPid, 'SIGKILL');
    await expect.poll(() => chromium.filter(isAlive).length, { timeout: 20_000 }).toBe(0);
  });
});
