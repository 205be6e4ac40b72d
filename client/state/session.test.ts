import { describe, expect, it } from 'vitest';

import { ANONYMOUS, canAudit, canEdit, canRead, type Session } from './session';

const as = (role: Session['role'], anonymousRead = false): Session => ({ role, name: role === null ? null : 'test', anonymousRead });

describe('what the explorer offers per role (mirrors the server policy: writes need an editor, the audit trail an admin)', () => {
  it('offers editing to editors and admins only', () => {
    expect([as(null, true), as('VIEWER'), as('EDITOR'), as('ADMIN')].map(canEdit)).toEqual([false, false, true, true]);
  });

  it('offers the history and undo to admins only', () => {
    expect([as(null, true), as('VIEWER'), as('EDITOR'), as('ADMIN')].map(canAudit)).toEqual([false, false, false, true]);
  });

  it('reads without a token only where the server allows it', () => {
    expect(canRead(ANONYMOUS)).toBe(true);
    expect(canRead(as(null, false))).toBe(false);
    expect(canRead(as('VIEWER', false))).toBe(true);
  });
});
