/**
 * Survey tokens (issue 17): the key in a respondent's personal link. 256 random bits like an
 * access token, stored only as the same SHA-256 hash (tokens.ts), but with a prefix of their own
 * and in their own nodes: sent as `Authorization: Bearer` one is an unknown access token (401),
 * and it opens nothing but its respondent's form.
 */
import { randomBytes } from 'node:crypto';

export const newSurveyToken = (): string => `bks_${randomBytes(32).toString('base64url')}`;

/** The form's path in a personal link; the explorer puts its own address before it. */
export const formPath = (token: string): string => `/enquete/${token}`;
