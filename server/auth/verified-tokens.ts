/**
 * Tokens this process verified against the database in the last few seconds, keyed by the
 * token's hash. The rate limiter uses it to give a verified token a bucket of its own (keyed
 * by the token's id); anything else is limited by its address, so a flood of made-up tokens
 * shares one bucket instead of each getting a fresh one.
 *
 * It never grants access: every request that needs a role still looks its token up in Neo4j.
 * A cache that answered for authorization would let a token revoked by another brugkaart
 * process (behind a load balancer) through until its entry expired; this one can at worst
 * give such a token its own bucket for `ttlMs`, while every request it makes is refused.
 */
import { hashToken } from './tokens';

interface Entry {
  readonly tokenId: string;
  readonly expires: number;
}

/** How long a verification keys the token's bucket without being renewed. */
const TTL_MS = 10_000;
/** A bound on memory; only verified tokens get in, so an operator's own token count. */
const MAX_ENTRIES = 10_000;

export class VerifiedTokens {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number = TTL_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The id of `token` when this process verified it within the TTL; undefined otherwise. */
  idOf(token: string): string | undefined {
    const hash = hashToken(token);
    const entry = this.entries.get(hash);
    if (entry === undefined) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry.tokenId;
  }

  /** Records a successful lookup; renews the TTL of a token in use. */
  remember(token: string, tokenId: string): void {
    const hash = hashToken(token);
    // Re-inserting keeps the map in order of last verification, so the first entry is the stalest.
    this.entries.delete(hash);
    if (this.entries.size >= MAX_ENTRIES) this.dropStalest();
    this.entries.set(hash, { tokenId, expires: this.now() + this.ttlMs });
  }

  /** A lookup that found the token unknown or revoked. */
  forget(token: string): void {
    this.entries.delete(hashToken(token));
  }

  /** A revocation: every entry of that token id goes at once. */
  forgetId(tokenId: string): void {
    for (const [hash, entry] of this.entries) if (entry.tokenId === tokenId) this.entries.delete(hash);
  }

  private dropStalest(): void {
    const stalest = this.entries.keys().next();
    if (stalest.done !== true) this.entries.delete(stalest.value);
  }
}
