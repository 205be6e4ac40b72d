/**
 * Erasing a person (AVG/GDPR art. 17): their name leaves every value it appears in. A
 * `person` field that holds exactly the name is removed; any other text has the name
 * replaced, so a description or an audit record keeps its sense without the person.
 */

export const ERASED = '[gewist]';

/** True when `value`, however deeply nested, mentions `name`. O(size of value). */
export function mentions(value: unknown, name: string): boolean {
  if (typeof value === 'string') return value.includes(name);
  if (Array.isArray(value)) return value.some((item) => mentions(item, name));
  if (value !== null && typeof value === 'object') return Object.values(value).some((item) => mentions(item, name));
  return false;
}

/**
 * A copy of `value` without `name`: `person: name` fields dropped, the name replaced by
 * ERASED in every other string. O(size of value).
 */
export function erasePersonFrom(value: unknown, name: string): unknown {
  if (typeof value === 'string') return value.split(name).join(ERASED);
  if (Array.isArray(value)) return value.map((item) => erasePersonFrom(item, name));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, item]) => !(key === 'person' && item === name))
        .map(([key, item]) => [key, erasePersonFrom(item, name)]),
    );
  }
  return value;
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
