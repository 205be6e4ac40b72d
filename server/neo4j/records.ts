/**
 * Rows from Cypher turned into the domain's records and back, and the bulk writes every loading
 * path shares (import, seed, restore, undo).
 */
import { ACTOR_TYPES, type Actor, type ActorType, type Link, type LinkType, type Network } from '../model/network';
import { formatProblem, parseActor, parseLink, type Problem } from '../model/parse-network';
import * as Q from './queries';
import type { Row, Transaction } from './run';

/** An actor as stored: its fields and how many writes it has seen. */
export type StoredActor = Actor & { readonly version: number };

/**
 * Rows per UNWIND statement: keeps each parameter list small while staying in one transaction.
 */
export const BATCH = 5_000;

export const relationshipType = (type: LinkType): string => type.toUpperCase();
export const labelOf = (type: ActorType): string => ACTOR_TYPES[type].label;

/**
 * A stored record that breaks the format it was checked against on the way in: a fault of the
 * database (edited by hand, or written by another program), never of the caller.
 */
export class StoredRecordError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`The database holds a record that breaks the network format: ${problems.map(formatProblem).join('; ')}`);
    this.name = 'StoredRecordError';
  }
}

const isFields = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a stored record is named in a problem: by its id where it has one. */
const storedName = (kind: string, value: unknown, key: (fields: Readonly<Record<string, unknown>>) => unknown[]): string => {
  const parts = isFields(value) ? key(value).filter((part): part is string => typeof part === 'string') : [];
  return parts.length === 0 ? `stored ${kind}` : `stored ${kind} "${parts.join('" → "')}"`;
};

/**
 * A row's actor, checked field by field with the rules a file's actor meets (parseActor), and
 * its version: a whole number, 0 where the database has none.
 */
export function actorFromRow(value: unknown): StoredActor {
  const where = storedName('actor', value, (fields) => [fields['id']]);
  const parsed = parseActor(value, where);
  if (!parsed.ok) throw new StoredRecordError(parsed.problems);
  const version = isFields(value) ? (value['version'] ?? 0) : 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new StoredRecordError([{ record: where, field: 'version', message: `must be a whole number of writes, got ${String(version)}` }]);
  }
  return { ...parsed.value, version };
}

/** The contract's actor, without the version the database keeps. */
export const withoutVersion = ({ version: _version, ...actor }: StoredActor): Actor => actor;

/** A row's link (its ends, its type and the relationship's properties), checked field by field like a file's link (parseLink). */
export function linkFromRow(row: Row): Link {
  const props = row['props'] ?? {};
  if (!isFields(props)) throw new StoredRecordError([{ record: 'stored link', field: 'props', message: 'must be the properties of a relationship' }]);
  const fields = { ...props, from: row['from'], to: row['to'], type: row['type'] };
  const parsed = parseLink(fields, storedName('link', fields, (link) => [link['from'], link['to']]));
  if (!parsed.ok) throw new StoredRecordError(parsed.problems);
  return parsed.value;
}

export function linkProps(link: Link): Record<string, unknown> {
  const { from: _from, to: _to, type: _type, ...props } = link;
  return props;
}

export function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** The whole network in contract form, sorted by id. */
export async function readNetwork(tx: Transaction): Promise<Network> {
  return {
    actors: (await tx.run(Q.EXPORT_ACTORS)).map((row) => withoutVersion(actorFromRow(row['actor']))),
    links: (await tx.run(Q.EXPORT_LINKS)).map(linkFromRow),
  };
}

/** How far a bulk write has come: records written so far of each kind, of how many. */
export interface WriteProgress {
  readonly actors: number;
  readonly totalActors: number;
  readonly links: number;
  readonly totalLinks: number;
}

export interface WriteOptions {
  /** Records per statement; default `BATCH`. 1 is the one-record-per-query way the bench compares with. */
  readonly batchSize?: number;
  /** Called after each statement, so a long import can show how far it is. */
  readonly onProgress?: ((progress: WriteProgress) => void) | undefined;
}

/**
 * Creates every actor (at version 1) and link of a network: one UNWIND statement per batch,
 * all in the caller's transaction, so the import stays all or nothing.
 *
 * Complexity: ⌈n / batchSize⌉ + ⌈m / batchSize⌉ round trips; each link's ends are found through
 * the unique index on the actor id.
 */
export async function writeNetwork(tx: Transaction, network: Network, options: WriteOptions = {}): Promise<void> {
  const { batchSize = BATCH, onProgress } = options;
  const progress = { actors: 0, totalActors: network.actors.length, links: 0, totalLinks: network.links.length };
  for (const batch of chunks(network.actors, batchSize)) {
    await tx.run(Q.CREATE_ACTORS, { actors: batch.map((actor) => ({ label: labelOf(actor.type), props: { ...actor } })) });
    progress.actors += batch.length;
    onProgress?.({ ...progress });
  }
  for (const batch of chunks(network.links, batchSize)) {
    const rows = batch.map((link) => ({ from: link.from, to: link.to, relType: relationshipType(link.type), props: linkProps(link) }));
    await tx.run(Q.CREATE_LINKS, { links: rows });
    progress.links += batch.length;
    onProgress?.({ ...progress });
  }
}
