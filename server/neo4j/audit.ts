/**
 * The audit trail: one (:Change) per write, created in the write's own transaction, so a write
 * without its record, or a record without its write, cannot exist.
 */
import { int } from 'neo4j-driver';

import * as Q from './queries';
import type { Transaction } from './run';

/** One entry of the audit trail. */
export interface Change {
  readonly id: string;
  readonly at: string;
  readonly who: string;
  readonly operation: string;
  readonly target: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Who makes a write, for the audit trail. */
export interface Editor {
  readonly who: string;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** Records one write; `actors` are the actors whose history should show it. */
export async function recordChange(
  tx: Transaction,
  editor: Editor,
  operation: string,
  target: string,
  actors: readonly string[],
  before: unknown,
  after: unknown,
): Promise<void> {
  await tx.run(Q.RECORD_CHANGE, { who: editor.who, operation, target, actors, before: json(before), after: json(after) });
}

const parseValue = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : null);

export function changeFromRow(value: unknown): Change {
  const change = value as Record<string, unknown>;
  return { ...(change as unknown as Change), before: parseValue(change['before']), after: parseValue(change['after']) };
}

/** The audit trail of one actor, newest first. */
export async function readHistory(tx: Transaction, id: string, limit: number): Promise<Change[]> {
  return (await tx.run(Q.CHANGES_OF_ACTOR, { id, limit: int(limit) })).map((row) => changeFromRow(row['change']));
}
