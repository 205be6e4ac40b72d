/**
 * Rows from Cypher turned into the domain's records and back, and the bulk writes every loading
 * path shares (import, seed, restore, undo).
 */
import { ACTOR_TYPES, type Actor, type ActorType, type Link, type LinkType, type Network } from '../model/network';
import * as Q from './queries';
import type { Row, Transaction } from './run';

/** An actor as stored: its fields and how many writes it has seen. */
export type StoredActor = Actor & { readonly version: number };

/** Rows per UNWIND statement: keeps each parameter list small while staying in one transaction. */
const BATCH = 5_000;

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

export function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) result.push(items.slice(start, start + BATCH));
  return result;
}

/** The whole network in contract form, sorted by id. */
export async function readNetwork(tx: Transaction): Promise<Network> {
  return {
    actors: (await tx.run(Q.EXPORT_ACTORS)).map((row) => withoutVersion(actorFromRow(row['actor']))),
    links: (await tx.run(Q.EXPORT_LINKS)).map(linkFromRow),
  };
}

/** Creates every actor (at version 1) and link of a network, in batches. */
export async function writeNetwork(tx: Transaction, network: Network): Promise<void> {
  for (const batch of chunks(network.actors)) {
    await tx.run(Q.CREATE_ACTORS, { actors: batch.map((actor) => ({ label: labelOf(actor.type), props: { ...actor } })) });
  }
  for (const batch of chunks(network.links)) {
    const rows = batch.map((link) => ({ from: link.from, to: link.to, relType: relationshipType(link.type), props: linkProps(link) }));
    await tx.run(Q.CREATE_LINKS, { links: rows });
  }
}
