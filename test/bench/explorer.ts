/**
 * The explorer at scale, on one generated network with the same positions, in one headless
 * Chromium, against bare pages measured in the same run:
 * - first frame: the time from the network's data being in the page to the first drawn frame,
 *   for the brugkaart explorer (the real client bundle), a bare Sigma page and Cytoscape.js;
 * - panning: frame times of a drag (in the notes);
 * - hover: frame times of a sweep of the pointer over 60 actors, one move per frame, against
 *   bare Sigma fading everything but the hovered neighbourhood with reducers (sigma's own
 *   example, and what the explorer did before its hover layer) and bare Sigma's default hover;
 * - layout: frame times during the first seconds of ForceAtlas2, against bare Sigma redrawing
 *   after every iteration of the same worker.
 *
 * - The pages are built once with vite (client/index.html and test/bench/pages/*.html, one
 *   production build) and served by `vite preview` on loopback.
 * - The explorer gets the network the way it always does, page by page over GraphQL, but the
 *   answers come from this bench (a playwright route), not from a server: Neo4j and the API are
 *   not what is measured. Its positions are the ones a finished layout would have kept in the
 *   browser (localStorage), so it draws them at once and starts no layout, as on a later visit.
 *   It marks `brugkaart:data` when the last page is parsed and `brugkaart:first-frame` at the
 *   animation frame after sigma's first render (client/main.ts).
 * - The bare pages fetch the same graph (same nodes, sizes, positions and edges) as one JSON
 *   document and mark the same two points (marks.ts).
 *
 * First frames: each page loads once to warm up, then `runs` times, the pages taking turns;
 * the figure is the median. Hover and layout: one sweep, resp. one window, per page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Page } from 'playwright-core';
import { createNormalizationFunction, matrixFromCamera, multiplyVec2 } from 'sigma/utils';
import { build, preview } from 'vite';

import { PROJECT_ROOT } from '../../server/config';
import { generateNetwork } from '../../server/generate/generate-network';
import type { Network } from '../../server/model/network';
import { parseRegions, type Region } from '../../server/model/reference';
import { freePort } from '../helpers/neo4j';
import { launchBrowser, VIEWPORT } from '../helpers/e2e';
import { BENCH_DATA_URL, DATA_MARK, FIRST_FRAME_MARK, type BenchGraph, type LayoutCounter } from './marks';
import { median, type Row } from './timing';

export interface ExplorerBenchOptions {
  readonly actors: number;
  readonly links: number;
  readonly seed: number;
  /** Timed loads per page, after one warm-up load. */
  readonly runs: number;
}

const DEFAULTS: ExplorerBenchOptions = { actors: 20_000, links: 100_000, seed: 1, runs: 5 };

/** The explorer's page size (client/api/load-network.ts). */
const PAGE = 200;
/** Iterations of one explorer layout run (client/render/layout.ts PLANNED_ITERATIONS). */
const PLANNED_ITERATIONS = 700;
/** Where the explorer keeps a finished layout (client/main.ts). */
const POSITIONS_KEY = 'brugkaart.positions.v1';
/** ForceAtlas2 iterations from the spiral start: enough to pull each region's actors together. */
const LAYOUT_ITERATIONS = 15;
const SIZE = { min: 4, max: 17 } as const;

/**
 * Positions for every actor, computed once: a golden-angle spiral in generator order (which
 * keeps each region's actors together), then a few Barnes–Hut ForceAtlas2 iterations.
 * Deterministic. Complexity: O(iterations · (n log n + m)).
 */
function positions(network: Network): Map<string, { x: number; y: number }> {
  const graph = new UndirectedGraph<{ x: number; y: number }>();
  network.actors.forEach((actor, index) => {
    const angle = index * 2.399963229728653;
    const radius = 10 * Math.sqrt(index + 1);
    graph.addNode(actor.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  for (const link of network.links) if (!graph.hasEdge(link.from, link.to)) graph.addEdge(link.from, link.to);
  forceAtlas2.assign(graph, { iterations: LAYOUT_ITERATIONS, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true } });
  return new Map(graph.mapNodes((id, { x, y }) => [id, { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 }] as const));
}

/** The bare pages' graph: the explorer's start sizes (square root of the degree) and one colour per domain. */
function benchGraph(network: Network, placed: ReadonlyMap<string, { x: number; y: number }>): BenchGraph {
  const degree = new Map<string, number>();
  for (const link of network.links) {
    degree.set(link.from, (degree.get(link.from) ?? 0) + 1);
    degree.set(link.to, (degree.get(link.to) ?? 0) + 1);
  }
  const maxDegree = Math.max(1, ...degree.values());
  const colour = { SZ: '#d9480f', EZ: '#1c5fb8', ONDERWIJS: '#2b8a3e', OVERIG: '#6b7280' } as const;
  return {
    nodes: network.actors.map((actor) => ({
      key: actor.id,
      attributes: {
        ...(placed.get(actor.id) ?? { x: 0, y: 0 }),
        size: SIZE.min + (SIZE.max - SIZE.min) * Math.sqrt((degree.get(actor.id) ?? 0) / maxDegree),
        color: colour[actor.domain],
        label: actor.name,
      },
    })),
    edges: network.links.map((link) => ({ source: link.from, target: link.to })),
  };
}

/** The GraphQL answers the explorer asks for before its first frame, as response bodies. */
function graphqlAnswers(network: Network, regions: readonly Region[]): { me: string; reference: string; pages: Map<number, string> } {
  const linksOf = new Map<string, object[]>();
  for (const link of network.links) {
    const wire = { from: { id: link.from }, to: { id: link.to }, type: link.type, illustrative: link.illustrative === true, unconfirmed: false };
    // The API lists a link under both its ends.
    for (const end of [link.from, link.to]) {
      const listed = linksOf.get(end);
      if (listed === undefined) linksOf.set(end, [wire]);
      else listed.push(wire);
    }
  }
  const items = network.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    type: actor.type,
    domain: actor.domain,
    domains: actor.domains ?? [actor.domain],
    region: actor.region === undefined ? null : { id: actor.region },
    gemeente: null,
    illustrative: actor.illustrative === true,
    unconfirmed: false,
    links: linksOf.get(actor.id) ?? [],
  }));
  const pages = new Map<number, string>();
  for (let offset = 0; offset < Math.max(1, items.length); offset += PAGE) {
    pages.set(offset, JSON.stringify({ data: { actors: { totalCount: items.length, items: items.slice(offset, offset + PAGE) } } }));
  }
  const actorCount = new Map<string, number>();
  for (const actor of network.actors) if (actor.region !== undefined) actorCount.set(actor.region, (actorCount.get(actor.region) ?? 0) + 1);
  const reference = {
    vocabulary: { actorTypes: [], domains: ['SZ', 'EZ', 'ONDERWIJS', 'OVERIG'], linkTypes: [] },
    regions: regions.map((region) => ({ id: region.id, code: region.code, name: region.name, centrumgemeente: region.centrumgemeente, actorCount: actorCount.get(region.id) ?? 0 })),
    sources: [],
  };
  return {
    me: JSON.stringify({ data: { me: { role: null, name: null, anonymousRead: true } } }),
    reference: JSON.stringify({ data: reference }),
    pages,
  };
}

/** Builds the explorer and the bench pages into a temporary folder and serves them. */
async function servePages(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'brugkaart-bench-pages-'));
  await build({
    root: PROJECT_ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: {
          explorer: path.join(PROJECT_ROOT, 'client', 'index.html'),
          sigma: path.join(PROJECT_ROOT, 'test', 'bench', 'pages', 'sigma.html'),
          cytoscape: path.join(PROJECT_ROOT, 'test', 'bench', 'pages', 'cytoscape.html'),
        },
      },
    },
  });
  const port = await freePort();
  const server = await preview({ root: PROJECT_ROOT, configFile: false, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Loads a page and returns the milliseconds between its data and first-frame marks. */
async function firstFrame(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_FRAME_MARK, { timeout: 300_000, polling: 100 });
  return page.evaluate(([data, frame]) => performance.measure('bench:first-frame', data, frame).duration, [DATA_MARK, FIRST_FRAME_MARK] as const);
}

/**
 * One warm-up load of each page, then `runs` rounds of one timed load each, the pages taking
 * turns so that a change in the machine's load (other processes) falls on all of them alike.
 * Returns the samples per page, in page order.
 */
async function interleaved(page: Page, pages: readonly { readonly url: string; readonly viewport: { width: number; height: number } }[], runs: number): Promise<number[][]> {
  const load = async (item: (typeof pages)[number]): Promise<number> => {
    await page.setViewportSize(item.viewport);
    return firstFrame(page, item.url);
  };
  for (const item of pages) await load(item);
  const timed: number[][] = pages.map(() => []);
  for (let run = 0; run < runs; run += 1) {
    for (const [index, item] of pages.entries()) timed[index]?.push(await load(item));
  }
  return timed;
}

interface FrameWindow {
  benchFrames?: { readonly at: number; readonly ms: number }[];
}

/** From now on the page logs every animation frame: when it began and how long after the previous one. */
async function logFrames(page: Page): Promise<void> {
  // As source text: tsx names inner functions with a helper (`__name`) the page does not have.
  await page.evaluate(`(() => {
    const frames = [];
    let last = performance.now();
    const tick = (now) => {
      frames.push({ at: now, ms: now - last });
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    globalThis.benchFrames = frames;
  })()`);
}

/** Durations of the frames that began in (from, to] (page clock). */
async function framesBetween(page: Page, from: number, to: number): Promise<number[]> {
  const frames = await page.evaluate(() => (globalThis as FrameWindow).benchFrames ?? []);
  return frames.filter((frame) => frame.at > from && frame.at <= to).map((frame) => frame.ms);
}

const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** Resolves at the page's next animation frame, after the frames already asked for (a redraw). */
const nextFrame = (page: Page): Promise<void> => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

async function mapBox(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not on the page`);
  return box;
}

/**
 * Drags the map across its centre in 30 steps, as a user pans, and returns the duration of
 * every animation frame during the drag (the frame after the release, which draws the edges
 * again, is not panning and is left out).
 */
async function panFrames(page: Page, selector: string): Promise<number[]> {
  const box = await mapBox(page, selector);
  await logFrames(page);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  // A node under the pointer is hovered first; that redraw is hover, not panning: let it pass.
  await page.waitForTimeout(1_500);
  await page.mouse.down();
  const from = await pageNow(page);
  for (let step = 1; step <= 30; step += 1) await page.mouse.move(x + step * 6, y + step * 3);
  const to = await pageNow(page);
  await page.mouse.up();
  return framesBetween(page, from, to);
}

/** Pointer moves of the hover sweep, one actor each. */
const HOVER_MOVES = 60;
/** The explorer's stage padding (client/render/renderer.ts) and sigma's default. */
const PADDING = { explorer: 24, sigma: 30 } as const;

/**
 * Where `count` actors are on the page before the camera moves, spread from left to right
 * across the middle of the map: the actor nearest the map's middle line in each of `count`
 * equal slices of its width (the inner 80 %). Sigma's own transformation (sigma/utils) with
 * its starting camera. O(n).
 */
function sweepTargets(placed: ReadonlyMap<string, { x: number; y: number }>, box: { x: number; y: number; width: number; height: number }, padding: number, count: number): { x: number; y: number }[] {
  const points = [...placed.values()];
  const extent = {
    x: [Math.min(...points.map((point) => point.x)), Math.max(...points.map((point) => point.x))] as [number, number],
    y: [Math.min(...points.map((point) => point.y)), Math.max(...points.map((point) => point.y))] as [number, number],
  };
  const normalise = createNormalizationFunction(extent);
  const viewport = { width: box.width, height: box.height };
  const matrix = matrixFromCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, viewport, { width: extent.x[1] - extent.x[0] || 1, height: extent.y[1] - extent.y[0] || 1 }, padding);
  const slices: ({ x: number; y: number; off: number } | undefined)[] = Array.from({ length: count }, () => undefined);
  for (const point of points) {
    const clip = multiplyVec2(matrix, normalise(point));
    const x = ((1 + clip.x) * box.width) / 2;
    const y = ((1 - clip.y) * box.height) / 2;
    const slice = Math.floor(((x - box.width * 0.1) / (box.width * 0.8)) * count);
    if (slice < 0 || slice >= count) continue;
    const off = Math.abs(y - box.height / 2);
    if ((slices[slice]?.off ?? Number.POSITIVE_INFINITY) > off) slices[slice] = { x: box.x + x, y: box.y + y, off };
  }
  return slices.flatMap((slice) => (slice === undefined ? [] : [{ x: slice.x, y: slice.y }]));
}

/**
 * Moves the pointer onto each target in turn, one move per animation frame as a pointer's
 * events come, and returns for each move the longest frame until the next move (the frame
 * that shows the hover, and any it delays), and how many moves ended over a node (the map's
 * cursor says so).
 */
async function hoverFrames(page: Page, targets: readonly { x: number; y: number }[]): Promise<{ frames: number[]; onNode: number }> {
  await page.evaluate(`(() => {
    const moves = [];
    window.addEventListener('mousemove', () => moves.push(performance.now()), { capture: true });
    globalThis.benchMoves = moves;
  })()`);
  await logFrames(page);
  let onNode = 0;
  for (const target of targets) {
    await page.mouse.move(target.x, target.y);
    await nextFrame(page);
    if (await page.evaluate(() => document.getElementById('graph')?.style.cursor === 'pointer')) onNode += 1;
  }
  await nextFrame(page);
  const end = await pageNow(page);
  await page.mouse.move(0, 0);
  const moves = await page.evaluate(() => (globalThis as { benchMoves?: number[] }).benchMoves ?? []);
  const frames = await page.evaluate(() => (globalThis as FrameWindow).benchFrames ?? []);
  const longestBetween = (from: number, to: number): number => Math.max(0, ...frames.filter((frame) => frame.at > from && frame.at <= to).map((frame) => frame.ms));
  return { frames: moves.slice(0, targets.length).map((at, index) => longestBetween(at, moves[index + 1] ?? end)), onNode };
}

/** Loads a page, waits for its first frame and for what follows it (the explorer redraws once its measures are in), then sweeps. */
async function hoverSweep(page: Page, url: string, placed: ReadonlyMap<string, { x: number; y: number }>, padding: number): Promise<{ frames: number[]; onNode: number }> {
  await firstFrame(page, url);
  await page.waitForTimeout(2_000);
  await nextFrame(page);
  const targets = sweepTargets(placed, await mapBox(page, '#graph'), padding, HOVER_MOVES);
  const sweep = await hoverFrames(page, targets);
  if (sweep.onNode < targets.length / 2) throw new Error(`${url}: only ${String(sweep.onNode)} of ${String(targets.length)} moves of the hover sweep ended over a node`);
  return sweep;
}

/** How long the layout rows watch a running layout. */
const LAYOUT_WINDOW_MS = 10_000;

interface LayoutWatch {
  readonly frames: number[];
  /** Iterations done in the window. */
  readonly iterations: number;
  /** Changes of the layout's progress text in the window (explorer only). */
  readonly progressUpdates: number;
}

/**
 * The explorer laying the network out: loaded without kept positions, it starts ForceAtlas2
 * once its measures are asked for. Watches frames and progress for {@link LAYOUT_WINDOW_MS}
 * from the moment the progress bar runs.
 */
async function explorerLayout(page: Page, url: string): Promise<LayoutWatch> {
  await page.evaluate((key) => localStorage.removeItem(key), POSITIONS_KEY);
  await firstFrame(page, url);
  await page.waitForSelector('.layout-progress.running', { timeout: 120_000 });
  await page.evaluate(`(() => {
    const status = document.querySelector('[data-testid="layout-status"]');
    globalThis.benchProgress = 0;
    new MutationObserver(() => (globalThis.benchProgress += 1)).observe(status, { childList: true, characterData: true, subtree: true });
  })()`);
  const percent = (): Promise<number> => page.evaluate(() => Number(document.querySelector('.layout-progress')?.getAttribute('aria-valuenow') ?? 0));
  await logFrames(page);
  const from = await pageNow(page);
  const startPercent = await percent();
  await page.waitForTimeout(LAYOUT_WINDOW_MS);
  const to = await pageNow(page);
  const endPercent = await percent();
  const progressUpdates = await page.evaluate(() => (globalThis as { benchProgress?: number }).benchProgress ?? 0);
  return { frames: await framesBetween(page, from, to), iterations: Math.round(((endPercent - startPercent) / 100) * PLANNED_ITERATIONS), progressUpdates };
}

/** Bare Sigma with ForceAtlas2 in its worker on the drawn graph (pages/sigma.ts `?layout=worker`). */
async function sigmaLayout(page: Page, url: string): Promise<LayoutWatch> {
  await firstFrame(page, url);
  const iterations = (): Promise<number> => page.evaluate(() => (globalThis as LayoutCounter).layoutIterations ?? 0);
  await page.waitForFunction(() => ((globalThis as LayoutCounter).layoutIterations ?? 0) > 0, undefined, { timeout: 120_000, polling: 50 });
  await logFrames(page);
  const from = await pageNow(page);
  const before = await iterations();
  await page.waitForTimeout(LAYOUT_WINDOW_MS);
  const to = await pageNow(page);
  return { frames: await framesBetween(page, from, to), iterations: (await iterations()) - before, progressUpdates: 0 };
}

/** Samples as whole milliseconds, for the notes. */
const list = (values: readonly number[]): string => values.map((value) => value.toFixed(0)).join(', ');

/** The first-frame section of the bench: explorer against bare Sigma and against Cytoscape.js. */
export async function explorerSection(options: Partial<ExplorerBenchOptions> = {}): Promise<{ rows: Row[]; notes: string[] }> {
  const { actors, links, seed, runs } = { ...DEFAULTS, ...options };
  const regions = parseRegions(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'seeds', 'regions.json'), 'utf8')));
  const network = generateNetwork({ actors, links, seed, regions });
  const placed = positions(network);
  const graphBody = JSON.stringify(benchGraph(network, placed));
  const answers = graphqlAnswers(network, regions);
  const kept = JSON.stringify(Object.fromEntries([...placed].map(([id, { x, y }]) => [id, [x, y]])));

  const server = await servePages();
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    await page.route(`**${BENCH_DATA_URL}`, (route) => route.fulfill({ contentType: 'application/json', body: graphBody }));
    await page.route('**/graphql', (route) => {
      const request = JSON.parse(route.request().postData() ?? '{}') as { operationName?: string; variables?: { offset?: number } };
      const body =
        request.operationName === 'Me'
          ? answers.me
          : request.operationName === 'ReferenceData'
            ? answers.reference
            : request.operationName === 'NetworkPage'
              ? answers.pages.get(request.variables?.offset ?? 0)
              : undefined;
      // Measures, scorecards and the rest come after the first frame; they are not part of it.
      return route.fulfill({ contentType: 'application/json', body: body ?? JSON.stringify({ errors: [{ message: 'not part of the bench', extensions: { code: 'NOT_FOUND' } }] }) });
    });
    // The positions a finished layout keeps in this browser (same origin as the explorer).
    await page.goto(`${server.url}/test/bench/pages/sigma.html`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [POSITIONS_KEY, kept] as const);

    // The bare pages draw into a window the size of the explorer's map, so all draw the same pixels.
    await page.goto(`${server.url}/client/index.html`);
    const map = await page.locator('#graph').boundingBox();
    if (map === null) throw new Error('The explorer shows no map');
    const column = { width: Math.round(map.width), height: Math.round(map.height) };
    const [explorer = [], sigma = [], cytoscape = []] = await interleaved(
      page,
      [
        { url: `${server.url}/client/index.html`, viewport: VIEWPORT },
        { url: `${server.url}/test/bench/pages/sigma.html`, viewport: column },
        { url: `${server.url}/test/bench/pages/cytoscape.html`, viewport: column },
      ],
      runs,
    );
    // Panning after the first frame: the explorer hides edges (and, this large, labels) while
    // the camera moves; bare Sigma's defaults keep drawing both.
    await page.setViewportSize(VIEWPORT);
    await firstFrame(page, `${server.url}/client/index.html`);
    const explorerPan = await panFrames(page, '#graph');
    await page.setViewportSize(column);
    await firstFrame(page, `${server.url}/test/bench/pages/sigma.html`);
    const sigmaPan = await panFrames(page, '#graph');

    // Hover: the same sweep over the same actors in each page, the explorer in its own window.
    await page.setViewportSize(VIEWPORT);
    const explorerHover = await hoverSweep(page, `${server.url}/client/index.html`, placed, PADDING.explorer);
    await page.setViewportSize(column);
    const sigmaHover = await hoverSweep(page, `${server.url}/test/bench/pages/sigma.html`, placed, PADDING.sigma);
    const fadingHover = await hoverSweep(page, `${server.url}/test/bench/pages/sigma.html?hover=reducers`, placed, PADDING.sigma);

    // Layout last: the explorer runs it when it has no kept positions, which this takes away.
    await page.setViewportSize(VIEWPORT);
    const explorerRun = await explorerLayout(page, `${server.url}/client/index.html`);
    await page.setViewportSize(column);
    const sigmaRun = await sigmaLayout(page, `${server.url}/test/bench/pages/sigma.html?layout=worker`);

    const input = `generated (${actors.toLocaleString('en')} actors, ${network.links.length.toLocaleString('en')} links, seed ${String(seed)}), median of ${String(runs)} in Chromium`;
    const figure = 'explorer first frame (data in page → first drawn frame)';
    const sweepInput = `generated (${actors.toLocaleString('en')} actors, ${network.links.length.toLocaleString('en')} links, seed ${String(seed)}), ${String(HOVER_MOVES)}-actor hover sweep in Chromium`;
    const layoutInput = `generated (${actors.toLocaleString('en')} actors, ${network.links.length.toLocaleString('en')} links, seed ${String(seed)}), first ${String(LAYOUT_WINDOW_MS / 1000)} s of ForceAtlas2 in Chromium`;
    const fading = 'bare Sigma, reducers fade all but the neighbourhood, refresh per hover (the explorer before)';
    const summary = (frames: readonly number[], unit = 'frames'): string => `${median(frames).toFixed(0)} / ${Math.max(...frames).toFixed(0)} over ${String(frames.length)} ${unit}`;
    return {
      rows: [
        { figure, input, ms: median(explorer), baseline: 'bare Sigma, default settings', baselineMs: median(sigma) },
        { figure, input, ms: median(explorer), baseline: 'Cytoscape.js, preset layout', baselineMs: median(cytoscape) },
        { figure: 'explorer hover sweep, median frame', input: sweepInput, ms: median(explorerHover.frames), baseline: fading, baselineMs: median(fadingHover.frames) },
        { figure: 'explorer hover sweep, longest frame', input: sweepInput, ms: Math.max(...explorerHover.frames), baseline: fading, baselineMs: Math.max(...fadingHover.frames) },
        { figure: 'explorer hover sweep, median frame', input: sweepInput, ms: median(explorerHover.frames), baseline: 'bare Sigma, default hover (the node alone)', baselineMs: median(sigmaHover.frames) },
        { figure: 'explorer frames while the layout runs, median', input: layoutInput, ms: median(explorerRun.frames), baseline: 'bare Sigma, layout worker on the drawn graph (redraw per iteration)', baselineMs: median(sigmaRun.frames) },
        { figure: 'explorer frames while the layout runs, longest', input: layoutInput, ms: Math.max(...explorerRun.frames), baseline: 'bare Sigma, layout worker on the drawn graph (redraw per iteration)', baselineMs: Math.max(...sigmaRun.frames) },
      ],
      notes: [
        `first frame, ms per run — explorer: ${list(explorer)}; bare Sigma: ${list(sigma)}; Cytoscape.js: ${list(cytoscape)} (after one warm-up load each, pages taking turns)`,
        'targets: explorer / bare Sigma ≤ 1.3×; Cytoscape.js / explorer ≥ 5×',
        `panning (30-step drag), frame ms median / longest — explorer: ${summary(explorerPan)}; bare Sigma: ${summary(sigmaPan)}`,
        `hover sweep (${String(HOVER_MOVES)} moves, one per frame, onto actors across the middle of the map), longest frame after each move, ms median / longest — explorer: ${summary(explorerHover.frames, 'moves')}, ${String(explorerHover.onNode)} ended over a node; bare Sigma, default hover: ${summary(sigmaHover.frames, 'moves')}, ${String(sigmaHover.onNode)} over a node; bare Sigma, fading reducers: ${summary(fadingHover.frames, 'moves')}, ${String(fadingHover.onNode)} over a node`,
        'target: hover sweep median frame ≤ 50 ms and longest ≤ 200 ms',
        `layout, first ${String(LAYOUT_WINDOW_MS / 1000)} s, frame ms median / longest — explorer: ${summary(explorerRun.frames)}, ≈${String(explorerRun.iterations)} iterations, ${String(explorerRun.progressUpdates)} progress updates, frames over 100 ms: ${list(explorerRun.frames.filter((ms) => ms > 100))}; bare Sigma: ${summary(sigmaRun.frames)}, ${String(sigmaRun.iterations)} iterations, frames over 100 ms: ${list(sigmaRun.frames.filter((ms) => ms > 100))}`,
        'headless Chromium with software WebGL (SwiftShader); the explorer at 1280×800 draws into its map column, the bare pages into a window of that column’s size',
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
