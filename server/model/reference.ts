/**
 * Reference data that is not part of a network file: the 35 arbeidsmarktregio's and the
 * sources links cite (seeds/regions.json, seeds/sources.json).
 */

export interface Region {
  readonly id: string;
  /** CBS code, AM01–AM38 (with gaps). */
  readonly code: string;
  readonly name: string;
  readonly centrumgemeente: string | null;
  readonly gemeenten: readonly string[];
}

export interface Source {
  readonly id: string;
  /** `document`: one of the five seed documents; `public`: a numbered public source. */
  readonly kind: string;
  readonly title: string;
  readonly author?: string;
  readonly date?: string;
  readonly file?: string;
  readonly reference?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the shape of seeds/regions.json; throws naming the entry that is wrong. */
export function parseRegions(value: unknown): Region[] {
  if (!Array.isArray(value)) throw new Error('regions: must be a list');
  return value.map((item: unknown, index) => {
    const ok =
      isRecord(item) &&
      typeof item['id'] === 'string' &&
      typeof item['code'] === 'string' &&
      typeof item['name'] === 'string' &&
      Array.isArray(item['gemeenten']);
    if (!ok) throw new Error(`regions[${String(index)}]: needs id, code, name and gemeenten`);
    return item as unknown as Region;
  });
}

/** Checks the shape of seeds/sources.json; throws naming the entry that is wrong. */
export function parseSources(value: unknown): Source[] {
  if (!Array.isArray(value)) throw new Error('sources: must be a list');
  return value.map((item: unknown, index) => {
    const ok = isRecord(item) && typeof item['id'] === 'string' && typeof item['kind'] === 'string' && typeof item['title'] === 'string';
    if (!ok) throw new Error(`sources[${String(index)}]: needs id, kind and title`);
    return item as unknown as Source;
  });
}
