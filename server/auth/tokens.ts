/**
 * Tokens: 256 random bits, shown once, stored only as their SHA-256 hash (a hash is enough:
 * the token is random, not a password a person chose).
 */
import { createHash, randomBytes } from 'node:crypto';

import { ANONYMOUS, type Caller } from './roles';

export const newToken = (): string => `bk_${randomBytes(32).toString('base64url')}`;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The token of an `Authorization: Bearer …` header; undefined when there is none. */
export function bearerToken(header: string | null | undefined): string | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? '';
}

/** Who holds a token: its caller, or `invalid` for an unknown or revoked one (neo4j/token-store.ts). */
export interface TokenLookup {
  caller(token: string): Promise<Caller>;
}

/** The caller a request's Authorization header names; a malformed header is an invalid token. */
export function callerOf(tokens: TokenLookup, header: string | null | undefined): Promise<Caller> {
  const token = bearerToken(header);
  if (token === undefined) return Promise.resolve(ANONYMOUS);
  return token === '' ? Promise.resolve({ kind: 'invalid' }) : tokens.caller(token);
}
