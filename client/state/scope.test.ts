/** The scope as the explorer keeps it: producers, keys, the pairs on offer and the API input. */
import { describe, expect, it } from 'vitest';

import { INITIAL_VIEW, withEmphasis, withScope } from './view-state';
import {
  countsLinkType,
  DEFAULT_SCOPE,
  downloadQuery,
  domainPairs,
  isDefaultScope,
  reportQuery,
  scopeFromQuery,
  scopeInput,
  scopeKey,
  withBetween,
  withForums,
  withIllustrativeCounted,
  withLinkTypeToggled,
  withAt,
  withUnconfirmedCounted,
} from './scope';

const TYPES = ['samenwerking', 'financiering', 'lidmaatschap'];

describe('the scope', () => {
  it('starts as the API’s default: forums as ties, everything counted, between SZ and EZ', () => {
    expect(INITIAL_VIEW.scope).toBe(DEFAULT_SCOPE);
    expect(scopeInput(DEFAULT_SCOPE)).toEqual({ forums: 'TIES', illustrative: true, unconfirmed: true, linkTypes: null, between: ['SZ', 'EZ'], at: null });
    expect(isDefaultScope(DEFAULT_SCOPE)).toBe(true);
  });

  it('gives every switch its own key, and equal scopes the same key', () => {
    const variants = [
      withForums(DEFAULT_SCOPE, 'NODES'),
      withIllustrativeCounted(DEFAULT_SCOPE, false),
      withUnconfirmedCounted(DEFAULT_SCOPE, false),
      withLinkTypeToggled(DEFAULT_SCOPE, 'financiering', TYPES),
      withBetween(DEFAULT_SCOPE, ['SZ', 'ONDERWIJS']),
    ];
    const keys = new Set([DEFAULT_SCOPE, ...variants].map(scopeKey));
    expect(keys.size).toBe(variants.length + 1);
    for (const variant of variants) expect(isDefaultScope(variant)).toBe(false);
    expect(scopeKey(withForums(withForums(DEFAULT_SCOPE, 'NODES'), 'TIES'))).toBe(scopeKey(DEFAULT_SCOPE));
  });

  it('switches link types off and on; all of them on again is every type (null)', () => {
    const without = withLinkTypeToggled(DEFAULT_SCOPE, 'financiering', TYPES);
    expect(without.linkTypes).toEqual(['samenwerking', 'lidmaatschap']);
    expect(countsLinkType(without, 'financiering')).toBe(false);
    expect(countsLinkType(without, 'samenwerking')).toBe(true);
    expect(withLinkTypeToggled(without, 'financiering', TYPES).linkTypes).toBeNull();
    const none = TYPES.reduce((scope, type) => withLinkTypeToggled(scope, type, TYPES), DEFAULT_SCOPE);
    expect(none.linkTypes).toEqual([]);
    expect(scopeInput(none).linkTypes).toEqual([]);
  });

  it('offers the pairs the documents ask about first, then every other pair once', () => {
    const pairs = domainPairs(['SZ', 'EZ', 'ONDERWIJS', 'OVERIG']);
    expect(pairs.slice(0, 3)).toEqual([
      ['SZ', 'EZ'],
      ['SZ', 'ONDERWIJS'],
      ['EZ', 'ONDERWIJS'],
    ]);
    expect(pairs).toHaveLength(6);
    expect(new Set(pairs.map((pair) => [...pair].sort().join('+'))).size).toBe(6);
  });

  it('a new scope drops the emphasis a mode computed in the old one; the same scope changes nothing', () => {
    const emphasised = withEmphasis(INITIAL_VIEW, { nodes: ['a'], edges: [], primary: ['a'] });
    const changed = withScope(emphasised, withBetween(DEFAULT_SCOPE, ['EZ', 'ONDERWIJS']));
    expect(changed.emphasis).toBeNull();
    expect(changed.scope.between).toEqual(['EZ', 'ONDERWIJS']);
    expect(withScope(emphasised, emphasised.scope)).toBe(emphasised);
  });
});

describe('downloadQuery', () => {
  it('sends the filters that choose the data, and nothing for the default scope or for how figures are measured', () => {
    expect(downloadQuery(DEFAULT_SCOPE)).toBe('');
    expect(downloadQuery(withBetween(withForums(DEFAULT_SCOPE, 'NODES'), ['SZ', 'ONDERWIJS']))).toBe('');
    const filtered = withLinkTypeToggled(withUnconfirmedCounted(withIllustrativeCounted(DEFAULT_SCOPE, false), false), 'financiering', TYPES);
    expect(downloadQuery(filtered)).toBe('?illustrative=false&unconfirmed=false&linkTypes=samenwerking%2Clidmaatschap');
  });

  it('sends the timeline\'s day, so a download holds what the map shows on it', () => {
    expect(downloadQuery(withAt(DEFAULT_SCOPE, '2019-06-30'))).toBe('?at=2019-06-30');
    expect(withAt(withAt(DEFAULT_SCOPE, '2019-06-30'), null)).toEqual(DEFAULT_SCOPE);
  });
});

describe('reportQuery and scopeFromQuery', () => {
  it('names only the language for the default scope, and reads it back as the default', () => {
    expect(reportQuery(DEFAULT_SCOPE, 'nl')).toBe('?lang=nl');
    expect(scopeFromQuery(new URLSearchParams('lang=nl'))).toEqual(DEFAULT_SCOPE);
  });

  it('carries the data filters, how figures are measured and the day, and reads them back', () => {
    const scope = { ...withBetween(withForums(withIllustrativeCounted(DEFAULT_SCOPE, false), 'NODES'), ['SZ', 'ONDERWIJS']), linkTypes: ['samenwerking'], at: '2021-06-30' };
    const query = reportQuery(scope, 'en');
    expect(query).toBe('?lang=en&at=2021-06-30&illustrative=false&linkTypes=samenwerking&forums=NODES&between=SZ%2CONDERWIJS');
    expect(scopeFromQuery(new URLSearchParams(query))).toEqual(scope);
  });

  it('refuses a malformed parameter naming it', () => {
    expect(() => scopeFromQuery(new URLSearchParams('forums=ALL'))).toThrow(/forums must be TIES or NODES, got "ALL"/);
    expect(() => scopeFromQuery(new URLSearchParams('between=SZ'))).toThrow(/between must name two domains/);
    expect(() => scopeFromQuery(new URLSearchParams('illustrative=nee'))).toThrow(/illustrative must be true or false/);
  });
});
