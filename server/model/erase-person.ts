/**
 * Erasing a person (AVG/GDPR art. 17): their name leaves every text it appears in. A
 * `person` field that holds exactly the name is removed; the free-text fields (FREE_TEXT) have
 * the name replaced, so a description or an audit record keeps its sense without the person.
 * Identifiers and vocabulary values (id, type, domain, region, …) are never touched: a name
 * that happens to equal an id must not rename an actor.
 */

export const ERASED = '[gewist]';

/** Fields whose text may name a person. */
export const FREE_TEXT: ReadonlySet<string> = new Set(['person', 'name', 'description', 'quote', 'note', 'source', 'gemeente']);

/** True when a free-text field in `value`, however deeply nested, mentions `name`. O(size of value). */
export function mentions(value: unknown, name: string): boolean {
  if (Array.isArray(value)) return value.some((item) => mentions(item, name));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => (typeof item === 'string' ? FREE_TEXT.has(key) && item.includes(name) : mentions(item, name)));
  }
  return false;
}

/**
 * A copy of `value` without `name`: `person: name` fields dropped, the name replaced by
 * ERASED in the other free-text fields, at any depth. O(size of value).
 */
export function erasePersonFrom(value: unknown, name: string): unknown {
  if (Array.isArray(value)) return value.map((item) => erasePersonFrom(item, name));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => !(key === 'person' && item === name))
      .map(([key, item]) => [key, typeof item === 'string' ? (FREE_TEXT.has(key) ? item.split(name).join(ERASED) : item) : erasePersonFrom(item, name)]),
  );
}

/**
 * The property changes that erase `name` from one stored record: null removes a property
 * (Neo4j's `SET n += {key: null}`), a string replaces it.
 */
export function erasureUpdate(props: Readonly<Record<string, unknown>>, name: string): Record<string, unknown> {
  const erased = erasePersonFrom(props, name) as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(props).flatMap((key): [string, unknown][] => {
      if (!(key in erased)) return [[key, null]];
      return JSON.stringify(erased[key]) === JSON.stringify(props[key]) ? [] : [[key, erased[key]]];
    }),
  );
}
