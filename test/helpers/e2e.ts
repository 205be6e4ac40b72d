/**
 * End-to-end plumbing: the app started as the README starts it against an external Neo4j
 * (`npm start` with PORT and NEO4J_URI), here the test run's shared Neo4j emptied for the
 * file (test/helpers/shared-neo4j.ts), so the app seeds it as on a first start and prints its
 * first admin token; Debian's Chromium driven through playwright-core (never a downloaded
 * browser), and the explorer's read-only test hook, which only a test build has: `npm start`
 * builds the client with VITE_BRUGKAART_TEST_HOOK=true. Reading pixels of a screenshot:
 * test/e2e/png.ts.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { PROJECT_ROOT } from '../../server/config';
import { freePort } from './neo4j';
import { sharedTestNeo4j } from './shared-neo4j';

const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'test-results', 'screenshots');
export const VIEWPORT = { width: 1280, height: 800 } as const;

export interface RunningApp {
  readonly url: string;
  /** The first admin token, which `npm start` prints once on an empty database. */
  readonly adminToken: string;
  /** Everything the app printed, for failure messages. */
  output(): string;
  /** SIGTERM, then waits for the app to exit. */
  stop(): Promise<void>;
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

/** Whether any process of a group is still alive (signal 0 only checks). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until every process of the group is gone: npm exits first, the server after it. */
async function groupExited(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pgid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !groupAlive(pgid);
}

const ADMIN_TOKEN = /First admin token[^\n]*\n\s*(\S+)\n/;

/**
 * Starts brugkaart as the README does and resolves once it prints "brugkaart is running". One
 * per file: it empties the shared database, which a second app would take from the first.
 */
export async function startBrugkaart(timeoutMs = 240_000): Promise<RunningApp> {
  const port = await freePort();
  const database = await sharedTestNeo4j();
  // Its own process group, so SIGTERM reaches npm, tsx and the server it started, and nothing else.
  const child = spawn('npm', ['start'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      NEO4J_URI: database.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: database.password,
      NEO4J_DATABASE: 'neo4j',
      VITE_BRUGKAART_TEST_HOOK: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async (): Promise<void> => {
    const pgid = child.pid;
    if (pgid !== undefined && groupAlive(pgid)) {
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {
        // already gone
      }
      await exited(child);
      if (!(await groupExited(pgid, 60_000))) {
        // Last resort, only for the processes this helper started.
        try {
          process.kill(-pgid, 'SIGKILL');
        } catch {
          // already gone
        }
        await groupExited(pgid, 10_000);
      }
    }
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`brugkaart did not start within ${String(timeoutMs / 1000)} s:\n${output}`)), timeoutMs);
      const check = (): void => {
        // An emptied database always gets a first admin token, printed right after the ready line.
        if (output.includes('brugkaart is running') && ADMIN_TOKEN.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`brugkaart exited with ${String(code)} before it was running:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const adminToken = ADMIN_TOKEN.exec(output)?.[1] ?? '';
  return { url: `http://127.0.0.1:${String(port)}/`, adminToken, output: () => output, stop };
}

/** Debian's Chromium: its path at run time, installed by the project's script when missing. */
export function chromiumPath(): string {
  const which = (): string => execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  try {
    return which();
  } catch {
    execFileSync('bash', [path.join(PROJECT_ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
    return which();
  }
}

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors seen so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile and software WebGL, one 1280×800 page. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'brugkaart-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the explorer's test hook reports (client/test-hook.ts). */
export interface HookState {
  readonly status: string;
  readonly networkVersion: number;
  readonly measuresReady: boolean;
  readonly mode: string;
  readonly side: string;
  readonly selection: string | null;
  readonly region: string | null;
  /** The regions map is on the stage instead of the actors. */
  readonly regionOverview: boolean;
  readonly language: string;
  readonly colourBy: string;
  readonly showSuggestions: boolean;
  readonly emphasis: { readonly nodes: string[]; readonly edges: string[]; readonly primary: string[] } | null;
  readonly layout: { readonly running: boolean; readonly iterations: number; readonly planned: number } | null;
  readonly role: string | null;
}

export interface HookStats {
  readonly nodes: number;
  readonly edges: number;
  readonly visibleNodes: number;
  readonly highlightedNodes: string[];
  readonly strongEdges: string[];
  readonly suggestedEdgesShown: number;
  readonly camera: { readonly x: number; readonly y: number; readonly ratio: number };
}

/** What the regions map reports (client/render/region-map.ts): node positions in pixels of its container. */
export interface HookRegionMap {
  readonly shown: boolean;
  readonly nodes: number;
  readonly edges: number;
  readonly regions: readonly { readonly id: string; readonly actors: number; readonly x: number; readonly y: number }[];
}

interface HookWindow {
  readonly __brugkaart?: { readonly ready: Promise<void>; state(): HookState | null; stats(): HookStats | null; regionMap(): HookRegionMap | null };
}

export const hookState = async (page: Page): Promise<HookState> => {
  const state = await page.evaluate(() => (globalThis as unknown as HookWindow).__brugkaart?.state() ?? null);
  if (state === null) throw new Error('The explorer is not ready');
  return state;
};

export const hookStats = async (page: Page): Promise<HookStats> => {
  const stats = await page.evaluate(() => (globalThis as unknown as HookWindow).__brugkaart?.stats() ?? null);
  if (stats === null) throw new Error('The explorer is not ready');
  return stats;
};

export const hookRegionMap = async (page: Page): Promise<HookRegionMap> => {
  const map = await page.evaluate(() => (globalThis as unknown as HookWindow).__brugkaart?.regionMap() ?? null);
  if (map === null) throw new Error('The explorer is not ready');
  return map;
};

/** Waits until a condition on the hook's state holds. */
export async function waitForState(page: Page, predicate: (state: HookState) => boolean, timeoutMs = 30_000): Promise<HookState> {
  const deadline = Date.now() + timeoutMs;
  let last: HookState | null = null;
  while (Date.now() < deadline) {
    last = await hookState(page).catch(() => null);
    if (last !== null && predicate(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`The explorer did not reach the expected state; last: ${JSON.stringify(last)}`);
}

/** Opens the explorer and waits until the network is drawn, measured and laid out. */
export async function openExplorer(page: Page, url: string): Promise<HookState> {
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as unknown as HookWindow).__brugkaart !== undefined);
  await page.evaluate(() => (globalThis as unknown as HookWindow).__brugkaart?.ready);
  return waitForState(page, (state) => state.status === 'ready' && state.measuresReady && state.layout?.running === false, 90_000);
}

/** What most e2e files run against: a brugkaart, a Chromium page, and the explorer open on it. */
export interface ExplorerSession {
  readonly app: RunningApp;
  readonly browser: Browser;
  readonly page: Page;
}

/** Starts a brugkaart and a browser and opens the explorer; stops what it started if a step fails. */
export async function startExplorer(): Promise<ExplorerSession> {
  const app = await startBrugkaart();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    await openExplorer(browser.page, app.url);
    return { app, browser, page: browser.page };
  } catch (error) {
    await browser?.close();
    await app.stop();
    throw error;
  }
}

/** Stops a session's browser and brugkaart; either is missing when the file's start failed. */
export async function stopExplorer(browser: Browser | undefined, app: RunningApp | undefined): Promise<void> {
  await browser?.close();
  await app?.stop();
}

/** Saves a 1280×800 screenshot of the whole page under test-results/screenshots. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Posts a GraphQL query to the running app (to compare the page with the API's answer). */
export async function graphqlAt<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(new URL('/graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors !== undefined || body.data === undefined) throw new Error(body.errors?.map((error) => error.message).join('; ') ?? 'No data');
  return body.data;
}
