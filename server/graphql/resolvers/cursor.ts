/**
 * The `after` cursor of `actors`: the sort key of a page's last actor as base64url JSON. Opaque
 * to clients; it holds nothing the page did not already show (name, id, match score).
 */
import { badInput } from '../../model/errors';
import type { ActorPosition } from '../../neo4j/network-store';

export function encodeCursor(position: ActorPosition): string {
  const key = position.score === undefined ? [position.name, position.id] : [position.name, position.id, position.score];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The position a cursor names, or a BAD_USER_INPUT naming the `after` argument. */
export function decodeCursor(cursor: string): ActorPosition {
  const refuse = (why: string) => badInput([{ record: 'actors', field: 'after', message: `${why}; pass a page's pageInfo.endCursor unchanged` }], 'The arguments of actors were refused');
  if (!/^[A-Za-z0-9_-]{1,4000}$/.test(cursor)) throw refuse('is not a cursor (base64url text expected)');
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse('is not a cursor this server made');
  }
  if (!Array.isArray(key) || (key.length !== 2 && key.length !== 3)) throw refuse('is not a cursor this server made');
  const [name, id, score] = key as unknown[];
  if (typeof name !== 'string' || typeof id !== 'string' || (key.length === 3 && (typeof score !== 'number' || !Number.isFinite(score)))) {
    throw refuse('is not a cursor this server made');
  }
  return { name, id, score: key.length === 3 ? (score as number) : undefined };
}
