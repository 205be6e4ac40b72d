/**
 * What the caller may do, from the role the server reported (server/auth/policy.ts is the
 * authority; these only decide what the explorer offers, so nobody fills a form the server
 * will refuse).
 */
import type { Me } from '../api/operations/session';

export type Session = Me;

export const ANONYMOUS: Session = { role: null, name: null, anonymousRead: true };

/** Editors and admins write: actors, links, accepted suggestions. */
export const canEdit = (session: Session): boolean => session.role === 'EDITOR' || session.role === 'ADMIN';

/** Only admins read the audit trail and undo. */
export const canAudit = (session: Session): boolean => session.role === 'ADMIN';

/** Whether anything can be read at all: a token, or a server that lets anonymous callers read. */
export const canRead = (session: Session): boolean => session.role !== null || session.anonymousRead;
