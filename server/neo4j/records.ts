/**
 * Rows from Cypher turned into the domain's records and back, and the bulk writes every loading
 * path shares (import, seed, restore, undo).
 */
import { ACTOR_TYPES, type Actor, type ActorType, type Link, type LinkType, type Network } from '../model/network';
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

export const actorFromRow = (value: unknown): StoredActor => {
  const actor = value as Actor & { version?: number };
  return { ...actor, version: actor.version ?? 0 };
};

/** The contract's actor, without the version the database keeps. */
export const withoutVersion = ({ version: _version, ...actor }: StoredActor): Actor => actor;

export function linkFromRow(row: Row): Link {
  const props = (row['props'] ?? {}) as Record<string, unknown>;
  return { ...props, from: row['from'], to: row['to'], type: row['type'] } as Link;
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
