/**
 * A load on the real server over loopback HTTP, shared by the short CI test
 * (test/integration/load.int.test.ts) and the long bench (test/bench/load.ts): `clients`
 * readers ask for actors, shortest paths and analytics (brokers, missing links, islands) as
 * fast as they are answered, while one editor creates actors, edits them with the version it
 * was given (expectedVersion) and links them. It stops by itself at a deadline or a request
 * budget. Afterwards every acknowledged write is read back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { seededRng } from '../../server/analytics/seeded-rng';
import type { App } from '../../server/app';
import { PROJECT_ROOT } from '../../server/config';

export const READ_KINDS = ['actors', 'paths', 'brokers', 'missingLinks', 'islands'] as const;
const WRITE_KINDS = ['upsertActor', 'addLink'] as const;
export type ReadKind = (typeof READ_KINDS)[number];
export type WriteKind = (typeof WRITE_KINDS)[number];
export type OperationKind = ReadKind | WriteKind;

export interface LoadOptions {
  /** Concurrent reading clients. */
  readonly clients: number;
  /** How long the load runs. */
  readonly seconds: number;
  /** At most this many read requests in all (the editor is bounded by time only). */
  readonly maxRequests: number;
  /** The editor's pause between two writes, in ms. */
  readonly writePauseMs: number;
  /** Marks what this run writes: actor ids and link sources start with it. */
  readonly runId: string;
  /** A request not answered within this many ms counts as an error. */
  readonly requestTimeoutMs?: number;
  /** Seeds the readers' choices, so two runs ask the same questions. */
  readonly seed?: number;
  /**
   * Ask each kind of read once before the clock starts (not counted), so a cold JVM and cold
   * caches do not make up the run. Default true.
   */
  readonly warmUp?: boolean;
}

export interface Failure {
  readonly kind: OperationKind;
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** A link as the editor sent it, and the key it has in an export. */
export interface AcknowledgedLink {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly source: string;
}

export interface Acknowledged {
  /** Each created actor with the name and version of the last acknowledged write. */
  readonly actors: Map<string, { name: string; version: number }>;
  readonly links: AcknowledgedLink[];
}

export interface LoadResult {
  readonly options: LoadOptions;
  readonly elapsedMs: number;
  /** Latencies (ms) of every request, answered or not, per kind. */
  readonly latencies: ReadonlyMap<OperationKind, readonly number[]>;
  readonly errors: number;
  readonly errorsByKind: ReadonlyMap<OperationKind, number>;
  /** The first failures, for the report. */
  readonly failures: readonly Failure[];
  readonly acknowledged: Acknowledged;
}

export interface Verification {
  readonly actorsChecked: number;
  readonly linksChecked: number;
  /** Acknowledged writes not found as acknowledged (absent, other name or version, or twice). */
  readonly problems: readonly string[];
}

interface SeedActor {
  readonly id: string;
  readonly region?: string;
}

interface SeedFile {
  readonly actors: readonly SeedActor[];
  readonly links: readonly { readonly from: string; readonly to: string }[];
}

/** The seed network's ids and regions: what the readers ask about. */
function seedFacts(): { linked: string[]; regions: string[] } {
  const seed = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'seeds', 'network.json'), 'utf8')) as SeedFile;
  const linked = new Set(seed.links.flatMap((link) => [link.from, link.to]));
  const perRegion = new Map<string, number>();
  for (const actor of seed.actors) if (actor.region !== undefined) perRegion.set(actor.region, (perRegion.get(actor.region) ?? 0) + 1);
  return {
    linked: seed.actors.map((actor) => actor.id).filter((id) => linked.has(id)),
    regions: [...perRegion].filter(([, count]) => count >= 10).map(([region]) => region),
  };
}

interface Answer<T> {
  readonly ms: number;
  readonly data: T | undefined;
  readonly failure: Omit<Failure, 'kind'> | undefined;
}

/**
 * One GraphQL request over HTTP, timed; any non-200, GraphQL error, missing data or network
 * failure is a failure. Readers come without a token (the local default lets them read); the
 * editor sends its editor token.
 */
async function request<T>(app: App, query: string, variables: Record<string, unknown>, timeoutMs: number, token: string | null = null): Promise<Answer<T>> {
  const start = performance.now();
  try {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
    const ms = performance.now() - start;
    const error = body.errors?.[0];
    if (response.status !== 200 || error !== undefined || body.data === undefined || body.data === null) {
      return { ms, data: undefined, failure: { status: response.status, code: error?.extensions?.code ?? '(none)', message: error?.message ?? 'no data' } };
    }
    return { ms, data: body.data, failure: undefined };
  } catch (error) {
    const ms = performance.now() - start;
    const name = error instanceof Error ? error.name : 'Error';
    return { ms, data: undefined, failure: { status: 0, code: name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK', message: error instanceof Error ? error.message : String(error) } };
  }
}

const QUERIES: Readonly<Record<ReadKind, string>> = {
  actors: 'query($f: ActorFilter, $o: Int) { actors(filter: $f, offset: $o, limit: 50) { totalCount items { id name type domain degree region { id } } } }',
  paths: 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 6) { length paths { actors { id name } } intermediaries { actor { id } pathCount } } }',
  brokers: 'query($r: ID) { brokers(region: $r, top: 10) { actor { id name } degree betweenness szEzBridging brokerage { total } } }',
  missingLinks: 'query($r: ID) { missingLinks(region: $r, top: 10) { from { id } to { id } score sharedPartners { id } } }',
  islands: 'query($r: ID) { islands(region: $r) { modularity components { index size } islands { kind index reason { members eiIndex } } } }',
};

const UPSERT = 'mutation($a: ActorInput!, $v: Int) { upsertActor(actor: $a, expectedVersion: $v) { id name version } }';
const ADD_LINK = 'mutation($l: LinkInput!) { addLink(link: $l) { from { id } to { id } type source } }';

const TEXTS = ['gemeente', 'werk', 'ministerie', 'regio', 'fonds', 'programma', 'leiden', 'twente', 'onderwijs', 'uwv'];
const DOMAINS = ['SZ', 'EZ', 'ONDERWIJS', 'OVERIG'];

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
};

/** The variables of one read of `kind`, drawn from the seed network. */
function readVariables(kind: ReadKind, rng: Rng, facts: { linked: string[]; regions: string[] }): Record<string, unknown> {
  const regionOrAll = (): string | null => (rng() < 0.5 ? null : pick(rng, facts.regions));
  switch (kind) {
    case 'actors': {
      const draw = rng();
      const filter = draw < 0.3 ? { region: pick(rng, facts.regions) } : draw < 0.6 ? { text: pick(rng, TEXTS) } : draw < 0.8 ? { domains: [pick(rng, DOMAINS)] } : null;
      return { f: filter, o: filter === null ? Math.floor(rng() * 200) : 0 };
    }
    case 'paths':
      return { a: pick(rng, facts.linked), b: pick(rng, facts.linked) };
    case 'brokers':
    case 'missingLinks':
    case 'islands':
      return { r: regionOrAll() };
  }
}

class Recorder {
  readonly latencies = new Map<OperationKind, number[]>([...READ_KINDS, ...WRITE_KINDS].map((kind) => [kind, []]));
  readonly errorsByKind = new Map<OperationKind, number>();
  readonly failures: Failure[] = [];
  errors = 0;

  record(kind: OperationKind, answer: Answer<unknown>): void {
    this.latencies.get(kind)?.push(answer.ms);
    if (answer.failure === undefined) return;
    this.errors += 1;
    this.errorsByKind.set(kind, (this.errorsByKind.get(kind) ?? 0) + 1);
    if (this.failures.length < 20) this.failures.push({ kind, ...answer.failure });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the load and returns what happened; never throws for a failed request. */
export async function runLoad(app: App, options: LoadOptions): Promise<LoadResult> {
  const facts = seedFacts();
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const recorder = new Recorder();
  const acknowledged: Acknowledged = { actors: new Map(), links: [] };
  if (options.warmUp ?? true) {
    const rng = seededRng(options.seed ?? 1);
    for (const kind of READ_KINDS) await request(app, QUERIES[kind], readVariables(kind, rng, facts), timeoutMs);
  }
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let issued = 0;
  const going = (): boolean => performance.now() < deadline;

  const reader = async (client: number): Promise<void> => {
    const rng = seededRng((options.seed ?? 1) * 7_919 + client);
    for (let turn = client; going() && issued < options.maxRequests; turn += 1) {
      issued += 1;
      const kind = READ_KINDS[turn % READ_KINDS.length] ?? 'actors';
      recorder.record(kind, await request(app, QUERIES[kind], readVariables(kind, rng, facts), timeoutMs));
    }
  };

  const { token } = await app.tokens.create(`load editor ${options.runId}`, 'editor');
  const editor = async (): Promise<void> => {
    const rng = seededRng((options.seed ?? 1) * 104_729);
    let previous: string | undefined;
    for (let index = 0; going(); index += 1) {
      const id = `${options.runId}-${String(index)}`;
      const actor = { id, name: `Belastingtest ${String(index)}`, type: 'programma', domain: 'OVERIG', region: pick(rng, facts.regions), illustrative: true };
      // Create (nothing there yet: version 0), then edit the version the create returned.
      const created = await request<{ upsertActor: { version: number } }>(app, UPSERT, { a: actor, v: 0 }, timeoutMs, token);
      recorder.record('upsertActor', created);
      if (created.data === undefined) continue;
      acknowledged.actors.set(id, { name: actor.name, version: created.data.upsertActor.version });
      await sleep(options.writePauseMs);

      const renamed = { ...actor, name: `${actor.name} (bewerkt)` };
      const edited = await request<{ upsertActor: { version: number } }>(app, UPSERT, { a: renamed, v: created.data.upsertActor.version }, timeoutMs, token);
      recorder.record('upsertActor', edited);
      if (edited.data !== undefined) acknowledged.actors.set(id, { name: renamed.name, version: edited.data.upsertActor.version });
      await sleep(options.writePauseMs);

      const targets = [pick(rng, facts.linked), ...(previous === undefined ? [] : [previous])];
      for (const [position, to] of targets.entries()) {
        const link = { from: id, to, type: position === 0 ? 'samenwerking' : 'financiering', source: options.runId };
        const added = await request(app, ADD_LINK, { l: link }, timeoutMs, token);
        recorder.record('addLink', added);
        if (added.data !== undefined) acknowledged.links.push(link);
        await sleep(options.writePauseMs);
      }
      previous = id;
    }
  };

  await Promise.all([editor(), ...Array.from({ length: options.clients }, (_, client) => reader(client))]);
  return { options, elapsedMs: performance.now() - started, latencies: recorder.latencies, errors: recorder.errors, errorsByKind: recorder.errorsByKind, failures: recorder.failures, acknowledged };
}

/**
 * Reads back every acknowledged write: each actor with the name and version of its last
 * acknowledged write (by id, 20 per request), each link exactly once (from one export), and no
 * actor of this run that was never acknowledged.
 */
export async function verifyAcknowledged(app: App, result: LoadResult): Promise<Verification> {
  const problems: string[] = [];
  const ids = [...result.acknowledged.actors.keys()];
  for (let start = 0; start < ids.length; start += 20) {
    const batch = ids.slice(start, start + 20);
    const query = `{ ${batch.map((id, index) => `a${String(index)}: actor(id: ${JSON.stringify(id)}) { id name version }`).join(' ')} }`;
    const answer = await request<Record<string, { id: string; name: string; version: number } | null>>(app, query, {}, 60_000);
    if (answer.data === undefined) throw new Error(`reading back actors failed: ${answer.failure?.message ?? ''}`);
    batch.forEach((id, index) => {
      const expected = result.acknowledged.actors.get(id);
      const found = answer.data?.[`a${String(index)}`];
      if (found === null || found === undefined) problems.push(`actor ${id} is missing`);
      else if (found.name !== expected?.name || found.version !== expected.version) {
        problems.push(`actor ${id} is "${found.name}" v${String(found.version)}, acknowledged "${expected?.name ?? ''}" v${String(expected?.version)}`);
      }
    });
  }
  const exported = await request<{ exportNetwork: { actors: { id: string }[]; links: { from: string; to: string; type: string; source?: string }[] } }>(app, '{ exportNetwork }', {}, 60_000);
  if (exported.data === undefined) throw new Error(`export failed: ${exported.failure?.message ?? ''}`);
  const { actors, links } = exported.data.exportNetwork;
  const prefix = `${result.options.runId}-`;
  for (const actor of actors) {
    if (actor.id.startsWith(prefix) && !result.acknowledged.actors.has(actor.id)) problems.push(`actor ${actor.id} exists but was never acknowledged`);
  }
  const key = (link: { from: string; to: string; type: string }): string => `${link.from}|${link.type}|${link.to}`;
  const stored = new Map<string, number>();
  for (const link of links) if (link.source === result.options.runId) stored.set(key(link), (stored.get(key(link)) ?? 0) + 1);
  const expected = new Set(result.acknowledged.links.map(key));
  for (const link of result.acknowledged.links) {
    const times = stored.get(key(link)) ?? 0;
    if (times !== 1) problems.push(`link ${key(link)} is stored ${String(times)} times`);
  }
  for (const [stray, times] of stored) if (!expected.has(stray)) problems.push(`link ${stray} is stored ${String(times)} times but was never acknowledged`);
  return { actorsChecked: ids.length, linksChecked: result.acknowledged.links.length, problems };
}

export interface SummaryRow {
  readonly operation: string;
  readonly requests: number;
  readonly errors: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** One row per operation kind, then all reads, all writes and everything. */
export function summarize(result: LoadResult): SummaryRow[] {
  const seconds = result.elapsedMs / 1000;
  const row = (operation: string, kinds: readonly OperationKind[]): SummaryRow => {
    const values = kinds.flatMap((kind) => result.latencies.get(kind) ?? []).sort((a, b) => a - b);
    return {
      operation,
      requests: values.length,
      errors: kinds.reduce((total, kind) => total + (result.errorsByKind.get(kind) ?? 0), 0),
      perSecond: values.length / seconds,
      p50: percentile(values, 50),
      p95: percentile(values, 95),
      p99: percentile(values, 99),
      max: values[values.length - 1] ?? Number.NaN,
    };
  };
  return [
    ...[...READ_KINDS, ...WRITE_KINDS].map((kind) => row(kind, [kind])),
    row('all reads', READ_KINDS),
    row('all writes', WRITE_KINDS),
    row('overall', [...READ_KINDS, ...WRITE_KINDS]),
  ];
}

/** A plain-text table of the summary, aligned for a terminal or a log. */
export function formatTable(rows: readonly SummaryRow[]): string {
  const header = ['operation', 'requests', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'];
  const ms = (value: number): string => (Number.isNaN(value) ? '–' : value.toFixed(1));
  const cells = rows.map((row) => [row.operation, String(row.requests), String(row.errors), row.perSecond.toFixed(1), ms(row.p50), ms(row.p95), ms(row.p99), ms(row.max)]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)));
  const line = (values: readonly string[]): string => values.map((value, column) => (column === 0 ? value.padEnd(widths[column] ?? 0) : value.padStart(widths[column] ?? 0))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const body = cells.map((values, index) => (rows[index]?.operation === 'all reads' ? `${rule}\n${line(values)}` : line(values)));
  return [line(header), rule, ...body].join('\n');
}
