import { describe, expect, it } from 'vitest';

import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  it('knows a verified token until its TTL passes; use renews it', () => {
    let now = 0;
    const verified = new VerifiedTokens(10_000, () => now);
    expect(verified.idOf('bk_a')).toBeUndefined();
    verified.remember('bk_a', 'id-a');
    now = 9_999;
    expect(verified.idOf('bk_a')).toBe('id-a');
    verified.remember('bk_a', 'id-a');
    now = 19_998;
    expect(verified.idOf('bk_a')).toBe('id-a');
    now = 19_999;
    expect(verified.idOf('bk_a')).toBeUndefined();
  });

  it('forgets a token refused by a lookup, and every entry of a revoked id', () => {
    const verified = new VerifiedTokens(10_000, () => 0);
    verified.remember('bk_a', 'id-a');
    verified.remember('bk_b', 'id-b');
    verified.forget('bk_a');
    expect(verified.idOf('bk_a')).toBeUndefined();
    expect(verified.idOf('bk_b')).toBe('id-b');
    verified.forgetId('id-b');
    expect(verified.idOf('bk_b')).toBeUndefined();
  });
});
