/**
 * Both interface languages say the same things: the same keys, the same placeholders,
 * nothing empty; and every key the client asks for exists.
 */
import { describe, expect, it } from 'vitest';

import enSource from './en.json?raw';
import { formatNumber, formatPercent, parseDictionary, setLanguage, t, vocabulary } from './i18n';
import nlSource from './nl.json?raw';

const nl = parseDictionary(nlSource);
const en = parseDictionary(enSource);
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

/** Every `t('key'` in the client's sources (the unit project runs from the repository root). */
const sources = import.meta.glob<string>(['../**/*.ts', '!../**/*.test.ts'], { eager: true, query: '?raw', import: 'default' });

describe('i18n dictionaries', () => {
  it('nl.json and en.json have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('each key has the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(nl)) expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(text));
  });

  it('no text is empty', () => {
    for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('has every key the client uses', () => {
    const used = new Set<string>();
    for (const source of Object.values(sources)) {
      for (const match of source.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(match[1] ?? '');
      for (const match of source.matchAll(/\b(?:label|hint|question|answer): '([a-z]+\.[\w.]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(100);
    for (const key of used) expect(Object.hasOwn(nl, key), key).toBe(true);
  });

  it('names the vocabulary the API uses', () => {
    const types = ['gemeente', 'rol', 'wsp', 'uwv', 'oo-fonds', 'onderwijs', 'werkgever', 'uitzendbureau', 'economic-board', 'programma', 'overleg'];
    for (const type of types) expect(Object.hasOwn(nl, `type.${type}`), type).toBe(true);
    for (const domain of ['SZ', 'EZ', 'ONDERWIJS', 'OVERIG']) expect(Object.hasOwn(nl, `domain.${domain}`), domain).toBe(true);
  });
});

describe('t()', () => {
  it('speaks Dutch first, fills placeholders and formats numbers per language', () => {
    setLanguage('nl');
    expect(t('paths.summary', { count: 6, steps: 6 })).toBe('6 kortste verbindingen van 6 stappen');
    expect(formatNumber(0.4351)).toBe('0,44');
    expect(formatPercent(0.435)).toBe('43,5%');
    setLanguage('en');
    expect(t('paths.summary', { count: 6, steps: 6 })).toBe('6 shortest paths of 6 steps');
    expect(formatNumber(0.4351)).toBe('0.44');
    setLanguage('nl');
  });

  it('falls back to the id for a vocabulary word it does not know', () => {
    expect(vocabulary('type', 'gemeente')).toBe('Gemeente');
    expect(vocabulary('type', 'nieuw-type')).toBe('nieuw-type');
  });
});
