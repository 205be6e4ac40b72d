/** Access tokens in Neo4j: create (shown once), look up by hash, list, revoke. */
import { hashToken, newToken } from '../auth/tokens';
import { isRole, type Caller, type Role } from '../auth/roles';
import { VerifiedTokens } from '../auth/verified-tokens';
import { badInput, BrugkaartError } from '../model/errors';
import * as Q from './queries';
import type { Database } from './run';

export interface TokenInfo {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly revokedAt?: string | null;
}

export class TokenStore {
  /** Tokens this process verified recently: the rate limiter's key for them, never a grant. */
  readonly verified = new VerifiedTokens();

  constructor(private readonly db: Database) {}

  /** A new token; the returned `token` is the only time it is seen in full. */
  async create(name: string, role: Role): Promise<{ token: string; info: TokenInfo }> {
    const label = name.trim();
    if (label === '' || label.length > 100) {
      throw badInput([{ record: 'createToken', field: 'name', message: 'must be 1 to 100 characters' }]);
    }
    const token = newToken();
    const [row] = await this.db.write((tx) => tx.run(Q.CREATE_TOKEN, { name: label, role, hash: hashToken(token) }));
    return { token, info: row?.['token'] as TokenInfo };
  }

  /** Who a token belongs to; `invalid` for an unknown or revoked one. Always asks the database. */
  async caller(token: string): Promise<Caller> {
    const [row] = await this.db.read((tx) => tx.run(Q.TOKEN_BY_HASH, { hash: hashToken(token) }));
    const found = row?.['token'] as { id: string; name: string; role: unknown } | undefined;
    if (found === undefined || !isRole(found.role)) {
      this.verified.forget(token);
      return { kind: 'invalid' };
    }
    this.verified.remember(token, found.id);
    return { kind: 'token', tokenId: found.id, name: found.name, role: found.role };
  }

  async list(): Promise<TokenInfo[]> {
    return (await this.db.read((tx) => tx.run(Q.LIST_TOKENS))).map((row) => row['token'] as TokenInfo);
  }

  async revoke(id: string): Promise<TokenInfo> {
    const [row] = await this.db.write((tx) => tx.run(Q.REVOKE_TOKEN, { id }));
    this.verified.forgetId(id);
    if (row === undefined) {
      throw new BrugkaartError('NOT_FOUND', `No token has id "${id}".`, [{ record: 'revokeToken', field: 'id', message: `no token has id "${id}"` }]);
    }
    return row['token'] as TokenInfo;
  }

  /**
   * Makes the first admin token when there is no active one, so a fresh installation can be
   * managed; returns it (to be shown once) or undefined when an admin token exists.
   */
  async ensureAdmin(name: string): Promise<string | undefined> {
    const [row] = await this.db.read((tx) => tx.run(Q.ACTIVE_ADMIN_TOKENS));
    if (Number(row?.['count'] ?? 0) > 0) return undefined;
    return (await this.create(name, 'admin')).token;
  }
}
