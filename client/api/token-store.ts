/**
 * The caller's token, kept in this browser only (localStorage): the explorer sends it as
 * `Authorization: Bearer …` with every request. A browser that refuses storage still works
 * for the session, the token just is not remembered.
 */
const TOKEN_KEY = 'brugkaart.token';

let current: string | null = null;

export function readToken(): string | null {
  if (current !== null) return current;
  try {
    current = localStorage.getItem(TOKEN_KEY);
  } catch {
    current = null;
  }
  return current;
}

/** Keeps a token (null forgets it). */
export function writeToken(token: string | null): void {
  current = token;
  try {
    if (token === null) localStorage.removeItem(TOKEN_KEY);
    else localStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage off: kept for this page only.
  }
}
