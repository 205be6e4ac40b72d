/**
 * The interface's words. Dutch first (nl.json), English (en.json) with the same keys; a
 * unit test keeps them in step. `t(key, params)` fills `{name}` placeholders. Vocabulary ids
 * from the API (actor types, domains, link types) are looked up as `type.<id>`,
 * `domain.<id>` and `link.<id>`, falling back to the id itself for ids the dictionaries do
 * not know yet. Numbers are formatted the way each language writes them (0,42 vs 0.42).
 */
// Read as text: client/tsconfig.json compiles *.ts only, so JSON modules are not in its program.
import enSource from './en.json?raw';
import nlSource from './nl.json?raw';

/**
 * A key of nl.json. Plain strings, because the dictionaries are read as text; the unit test
 * checks that every key the client uses exists in both files.
 */
export type MessageKey = string;

export type Language = 'nl' | 'en';

type Dictionary = Readonly<Record<string, string>>;

/** Parses a dictionary file: a flat object of strings. */
export function parseDictionary(source: string): Dictionary {
  const parsed: unknown = JSON.parse(source);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('A dictionary is a JSON object');
  const entries = Object.entries(parsed as Record<string, unknown>);
  for (const [key, value] of entries) if (typeof value !== 'string') throw new Error(`Dictionary entry ${key} is not a string`);
  return Object.fromEntries(entries) as Dictionary;
}

const nl = parseDictionary(nlSource);
const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { nl, en: parseDictionary(enSource) };

let current: Language = 'nl';

export function setLanguage(language: Language): void {
  current = language;
}

export const getLanguage = (): Language => current;

function fill(text: string, params: Readonly<Record<string, string | number>> | undefined): string {
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The text for a key in the current language. */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return fill(DICTIONARIES[current][key] ?? nl[key] ?? key, params);
}

export type VocabularyGroup = 'type' | 'domain' | 'link' | 'measure' | 'role' | 'status' | 'islandKind' | 'modeName' | 'modeQuestion' | 'domainShort';

/** The name of a vocabulary id (actor type, domain, link type …), or the id itself. */
export function vocabulary(group: VocabularyGroup, id: string): string {
  const key = `${group}.${id}`;
  return DICTIONARIES[current][key] ?? nl[key] ?? id;
}

/** The BCP 47 locale of the interface language, for every Intl formatter. */
export const locale = (): string => (current === 'nl' ? 'nl-NL' : 'en-GB');

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(digits: number): Intl.NumberFormat {
  const key = `${current}:${String(digits)}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formatters.set(key, format);
  }
  return format;
}

/** A number as the current language writes it; whole numbers without decimals. */
export function formatNumber(value: number, digits = 2): string {
  return formatter(Number.isInteger(value) ? 0 : digits).format(value);
}

/** A share (0–1) as a percentage. */
export function formatPercent(value: number | null, digits = 1): string {
  if (value === null) return '–';
  return `${formatter(digits).format(value * 100)}%`;
}

/** A measure with a fixed number of decimals, or a dash for null. */
export function formatMeasure(value: number | null, digits = 3): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: Number.isInteger(value) ? 0 : Math.min(2, digits) }).format(value);
}

/** A month (YYYY-MM) as the current language names it: "juni 2021", "June 2021". */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A day (YYYY-MM-DD) as the current language writes it: "30 juni 2021", "30 June 2021". */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
